import ReportOutline

/// Turns the facts of the reports of one genre into a `GenreProfile`.
struct GenreLearner {
  typealias Model = StructureModel

  var reports: [ReportFacts]
  var classifier: TopicClassifier

  func profile(_ genre: ReportGenre) -> Model.GenreProfile {
    guard !reports.isEmpty else { return Model.GenreProfile(genre: genre) }
    let present = PartRole.allCases.filter { role in reports.contains { $0.roleFacts[role.rank] != nil } }
    let ranks = Dictionary(uniqueKeysWithValues: present.map { ($0, medianRank($0)) })
    let order = usualOrder(present, ranks: ranks)
    let coverage = topicCoverage()
    let parts = order.enumerated().map { index, role in
      partProfile(role, order: index + 1, medianRank: ranks[role]!, coverage: coverage)
    }
    return Model.GenreProfile(genre: genre, reportCount: reports.count, parts: parts, numbering: numbering())
  }

  // MARK: - Parts

  private func partProfile(
    _ role: PartRole, order: Int, medianRank: Double, coverage: [PartRole: [Int]]
  ) -> Model.PartProfile {
    var sections: [Double] = []
    var shares: [Double] = []
    for report in reports {
      guard let facts = report.roleFacts[role.rank] else { continue }
      sections.append(Double(facts.sections))
      if report.bodyBytes > 0 { shares.append(Model.rounded(Double(facts.bytes) / Double(report.bodyBytes))) }
    }
    let topics = ReportTopic.assignable.enumerated().compactMap { t, topic in
      let count = coverage[role]?[t] ?? 0
      return count > 0 ? Model.TopicCount(topic: topic, reportCount: count) : nil
    }
    return Model.PartProfile(
      role: role, reportCount: sections.count,
      reportShare: Model.rounded(Double(sections.count) / Double(reports.count)), medianRank: medianRank,
      order: order, sectionCount: Model.Spread(of: sections), textShare: Model.Spread(of: shares),
      topics: topics, openingPhrases: GenreLearner.phraseCounts(reports, role))
  }

  private func medianRank(_ role: PartRole) -> Double {
    let ranks = reports.compactMap { report in report.roles.firstIndex(of: role).map { Double($0 + 1) } }
    return Model.Spread(of: ranks).median
  }

  /// Roles in their usual order: a role goes before another when it does so in more of the reports
  /// that have both; among roles that nothing left must precede, the lowest median rank (then the
  /// lowest `PartRole.rank`) goes first. A cycle of majorities is broken the same way.
  private func usualOrder(_ roles: [PartRole], ranks: [PartRole: Double]) -> [PartRole] {
    var before = [[Int]](repeating: [Int](repeating: 0, count: roles.count), count: roles.count)
    for report in reports {
      let positions = roles.map { report.roles.firstIndex(of: $0) }
      for a in roles.indices {
        for b in roles.indices where a != b {
          if let pa = positions[a], let pb = positions[b], pa < pb { before[a][b] += 1 }
        }
      }
    }
    var remaining = Array(roles.indices)
    var result: [PartRole] = []
    func key(_ i: Int) -> (Double, Int) { (ranks[roles[i]]!, roles[i].rank) }
    while !remaining.isEmpty {
      let free = remaining.filter { b in !remaining.contains { a in before[a][b] > before[b][a] } }
      let pool = free.isEmpty ? remaining : free
      let next = pool.min { key($0) < key($1) }!
      result.append(roles[next])
      remaining.removeAll { $0 == next }
    }
    return result
  }

  // MARK: - Topics, numbering, phrases

  /// For each role, the number of reports in which a unit of that role has each assignable topic.
  private func topicCoverage() -> [PartRole: [Int]] {
    var coverage: [PartRole: [Int]] = [:]
    for report in reports {
      var covered: [PartRole: Set<Int>] = [:]
      for unit in report.units {
        let topic = classifier.topic(ofScalars: unit.scalars)
        if let t = ReportTopic.assignable.firstIndex(of: topic) { covered[unit.role, default: []].insert(t) }
      }
      for (role, topics) in covered {
        for t in topics { coverage[role, default: Array(repeating: 0, count: ReportTopic.assignable.count)][t] += 1 }
      }
    }
    return coverage
  }

  private func numbering() -> [Model.DepthNumbering] {
    var counts: [Int: [String: Int]] = [:]
    for report in reports {
      for use in report.numbering { counts[use.depth, default: [:]][use.style, default: 0] += 1 }
    }
    return counts.keys.sorted().map { depth in
      let styles = counts[depth]!.map { Model.StyleCount(style: $0.key, count: $0.value) }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.style < $1.style }
      return Model.DepthNumbering(depth: depth, styles: styles)
    }
  }

  /// Opening phrases of `role` used in at least two of `reports`, most frequent first.
  static func phraseCounts(_ reports: [ReportFacts], _ role: PartRole) -> [Model.PhraseCount] {
    var counts: [String: Int] = [:]
    for report in reports {
      for phrase in report.phrases[role.rank] { counts[phrase, default: 0] += 1 }
    }
    return counts.filter { $0.value >= 2 }.map { Model.PhraseCount(phrase: $0.key, reportCount: $0.value) }
      .sorted { $0.reportCount != $1.reportCount ? $0.reportCount > $1.reportCount : $0.phrase < $1.phrase }
  }
}

import ReportText
import ReportOutline

extension StructureModel {
  /// A readable Chinese summary: per genre, a table of parts (order, occurrence, median position,
  /// sections, share of text), the numbering styles per depth, the topics per part and the stock
  /// opening phrases; then the cue words of each topic. Columns are aligned by display width.
  public func summary() -> String {
    var out = "结构模型（格式版本 \(version)，共 \(sources.count) 篇）\n"
    let levels = GovernmentLevel.allCases.compactMap { level -> String? in
      let count = sources.filter { $0.level == level }.count
      return count > 0 ? "\(level.chineseName) \(count) 篇" : nil
    }
    let unknown = sources.filter { $0.level == nil }.count
    if !levels.isEmpty || unknown > 0 {
      out += "参考报告的层级：" + (levels + (unknown > 0 ? ["未能判断 \(unknown) 篇"] : [])).joined(separator: "，") + "\n"
    }
    for profile in genres where profile.reportCount > 0 {
      out += "\n" + genreSummary(profile)
    }
    out += "\n主题提示词\n"
    var table = TextTable(indent: 2, header: ["主题", "小节数", "习得提示词"])
    for topic in topics {
      table.append([topic.name, "\(topic.sectionCount)", topic.learnedCues.joined(separator: " ")])
    }
    out += table.render()
    return out
  }

  private func genreSummary(_ profile: GenreProfile) -> String {
    var out = "\(profile.genre.chineseName)（\(profile.genre.rawValue)）：\(profile.reportCount) 篇\n"
    var parts = TextTable(indent: 2, header: ["顺序", "部分", "出现", "中位次序", "小节数 少/中/多", "篇幅占比 少/中/多"])
    for part in profile.parts {
      parts.append([
        "\(part.order)", part.role.chineseName,
        "\(part.reportCount)/\(profile.reportCount)（\(StructureModel.percent(part.reportShare, digits: 0))）",
        StructureModel.number(part.medianRank),
        [part.sectionCount.min, part.sectionCount.median, part.sectionCount.max].map(StructureModel.number)
          .joined(separator: "/"),
        [part.textShare.min, part.textShare.median, part.textShare.max]
          .map { StructureModel.percent($0, digits: 1) }.joined(separator: "/"),
      ])
    }
    out += parts.render()
    out += "  编号（用该样式的部分数）\n"
    var numbering = TextTable(indent: 4)
    for depth in profile.numbering {
      numbering.append([
        depth.depth == 0 ? "部分标题" : "第\(depth.depth)层",
        depth.styles.map { "\($0.style) \($0.count)" }.joined(separator: " · "),
      ])
    }
    out += numbering.render()
    out += "  主题（覆盖该主题的报告篇数）\n"
    var topics = TextTable(indent: 4)
    for part in profile.parts where !part.topics.isEmpty {
      topics.append([
        part.role.chineseName,
        part.topics.map { "\($0.topic.chineseName) \($0.reportCount)" }.joined(separator: " · "),
      ])
    }
    out += topics.render()
    let phrased = profile.parts.filter { !$0.openingPhrases.isEmpty }
    if !phrased.isEmpty {
      out += "  开头用语（使用的报告篇数）\n"
      var phrases = TextTable(indent: 4)
      for part in phrased {
        phrases.append([
          part.role.chineseName,
          part.openingPhrases.map { "“\($0.phrase)” \($0.reportCount)" }.joined(separator: " · "),
        ])
      }
      out += phrases.render()
    }
    return out
  }

  /// `3`, `2.5`: a whole number without decimals, else one decimal.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
  }

  /// `83%` or `12.5%`, computed with integers so the text is the same on every platform.
  static func percent(_ fraction: Double, digits: Int) -> String {
    if digits == 0 { return "\(Int((fraction * 100).rounded()))%" }
    let tenths = Int((fraction * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}

import Foundation
import ReportModel
import ReportOutline

/// A draft's structure set beside its references: parts, sections, topics, shares, numbering, the nearest
/// reference and a similarity score, and the differences that matter most, in Chinese.
public struct Comparison: Sendable {
  public var draft: ReportShape
  /// Chinese: what the draft was compared with.
  public var referenceDescription: String
  public var referenceCount: Int
  /// True when the references are reports (not a model).
  public var hasReferenceReports: Bool
  /// Reports (of the draft's genre only, or all) or a model.
  public var referenceKind: ReferenceSet.Kind
  public var parts: [PartRow]
  public var topics: [TopicRow]
  public var sections: [SectionMatch]
  public var numbering: [NumberingRow]
  /// Similarity to each reference report, highest first (then by name); empty for a model.
  public var similarities: [ReferenceScore]
  public var nearest: ReferenceScore?
  /// 0–100: the mean similarity to the references, or the similarity to the model (see `Similarity`).
  public var score: Int
  /// Most important first.
  public var differences: [Difference]

  /// One role: in the draft and in the references.
  public struct PartRow: Sendable, Hashable {
    public var role: PartRole
    /// 1-based position among the draft's roles, nil when the draft lacks it.
    public var draftPosition: Int?
    /// 1-based position in the references' usual order, nil when no reference has it.
    public var usualPosition: Int?
    public var draftSections: Int?
    public var draftShare: Double?
    /// The line the role starts on in the draft.
    public var draftLine: Int?
    /// How many references have it.
    public var referencePresence: Int
    public var sectionRange: StructureModel.Spread?
    public var shareRange: StructureModel.Spread?
    public var status: [Status]

    public enum Status: String, Sendable, Hashable, CaseIterable {
      case missing, extra
      case outOfOrder = "out-of-order"
      case fewSections = "few-sections"
      case
        manySections = "many-sections"
      case shareLow = "share-low"
      case shareHigh = "share-high"
    }
  }

  /// One topic of one role: how many of the draft's sections speak to it, and how many references do.
  public struct TopicRow: Sendable, Hashable {
    public var role: PartRole
    public var topic: ReportTopic
    public var draftSections: Int
    public var referenceCount: Int
  }

  /// A draft section with its topic and the reference sections closest to it.
  public struct SectionMatch: Sendable, Hashable {
    public var role: PartRole
    public var title: String
    public var line: Int
    public var topic: ReportTopic
    /// How many references have a section of this topic in this role.
    public var referenceCount: Int
    /// Up to three reference sections of the same role and topic, closest first.
    public var closest: [ReferenceSection]
  }

  public struct ReferenceSection: Sendable, Hashable {
    public var report: String
    public var title: String
  }

  /// The heading styles at one depth.
  public struct NumberingRow: Sendable, Hashable {
    public var depth: Int
    public var draftStyles: [String]
    /// Each style with the number of references (reports, or a model's parts) that use it; most first.
    public var referenceStyles: [StructureModel.StyleCount]
  }

  public struct ReferenceScore: Sendable, Hashable {
    public var report: String
    public var score: Int
  }

  public struct Difference: Sendable, Hashable {
    public var kind: Kind
    public var role: PartRole?
    /// Chinese.
    public var message: String
    /// Higher is more important.
    public var weight: Double

    public enum Kind: String, Sendable, Hashable {
      case missingPart = "missing-part"
      case partOrder = "part-order"
      case share, sections, topic
      case extraPart = "extra-part"
      case numbering
    }
  }

  // MARK: - Computing

  public init(draft: ReportShape, references: ReferenceSet) {
    self.draft = draft
    referenceDescription = references.description
    referenceCount = references.reportCount
    hasReferenceReports = references.kind != .model
    referenceKind = references.kind
    let n = max(1, references.reportCount)
    let usual = references.usualOrder

    // Parts: the references' usual order, then roles only the draft has.
    var roles = usual
    for r in draft.roles where !roles.contains(r.role) { roles.append(r.role) }
    let draftRoles = draft.roles.map(\.role)
    parts = roles.map { role in
      let mine = draft.role(role)
      let profile = references.profile.part(role)
      let presence = references.presence(of: role)
      var status: [PartRow.Status] = []
      if mine == nil, presence * 2 >= n, presence > 0 { status.append(.missing) }
      if mine != nil, presence * 2 < n { status.append(.extra) }
      if let mine, let profile, presence * 2 >= n {
        // One or two references give no spread: section counts are then not judged, and shares only when far off.
        let few = references.reportCount < Self.referencesForSpread
        if !few, Double(mine.sectionCount) < profile.sectionCount.min { status.append(.fewSections) }
        if !few, Double(mine.sectionCount) > profile.sectionCount.max { status.append(.manySections) }
        let tolerance = few ? Self.fewReferencesShareTolerance : Self.shareTolerance
        if mine.share < profile.textShare.min - tolerance { status.append(.shareLow) }
        if mine.share > profile.textShare.max + tolerance { status.append(.shareHigh) }
      }
      return PartRow(
        role: role, draftPosition: draftRoles.firstIndex(of: role).map { $0 + 1 },
        usualPosition: usual.firstIndex(of: role).map { $0 + 1 }, draftSections: mine?.sectionCount,
        draftShare: mine?.share, draftLine: mine?.line, referencePresence: presence,
        sectionRange: profile?.sectionCount, shareRange: profile?.textShare, status: status)
    }
    let outOfOrder = Self.outOfOrder(draftRoles.filter { usual.contains($0) }, usual: usual)
    for k in parts.indices where outOfOrder.contains(parts[k].role) { parts[k].status.append(.outOfOrder) }

    // Topics of the roles the draft or the references give sections to.
    var topicRows: [TopicRow] = []
    for role in roles {
      let counts = Dictionary(
        (draft.role(role)?.sections ?? []).map { ($0.topic, 1) }, uniquingKeysWith: +)
      for topic in ReportTopic.assignable {
        let refs = references.profile.part(role)?.reportCount(covering: topic) ?? 0
        let mine = counts[topic] ?? 0
        if refs > 0 || mine > 0 {
          topicRows.append(TopicRow(role: role, topic: topic, draftSections: mine, referenceCount: refs))
        }
      }
    }
    topics = topicRows

    sections = draft.roles.flatMap { r in
      r.sections.map { section in
        SectionMatch(
          role: r.role, title: section.title, line: section.line, topic: section.topic,
          referenceCount: references.profile.part(r.role)?.reportCount(covering: section.topic) ?? 0,
          closest: Self.closest(section, role: r.role, in: references.shapes))
      }
    }

    let depths = Set(draft.numbering.keys).union(references.profile.numbering.map(\.depth)).sorted()
    numbering = depths.map { depth in
      NumberingRow(
        depth: depth, draftStyles: draft.numbering[depth] ?? [],
        referenceStyles: references.profile.numbering.first { $0.depth == depth }?.styles ?? [])
    }

    if references.reportCount == 0 {
      // Nothing to compare with: no similarity can be claimed.
      similarities = []
      nearest = nil
      score = 0
    } else if references.shapes.isEmpty {
      similarities = []
      nearest = nil
      score = Similarity.percent(Similarity.similarity(draft, Similarity.target(of: references)))
    } else {
      let values = references.shapes.map { ($0.name, Similarity.similarity(draft, Similarity.target(of: $0))) }
      let mean = values.map(\.1).reduce(0, +) / Double(values.count)
      score = Similarity.percent(mean)
      similarities = values.map { ReferenceScore(report: $0.0, score: Similarity.percent($0.1)) }
        .enumerated().sorted { a, b in
          a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
      nearest = similarities.first
    }
    differences = []
    differences = Self.differences(self, references)
  }

  /// How far (as a share of the text) a part may lie outside the references' range before it is reported: a
  /// few references give a narrow range.
  public static let shareTolerance = 0.05
  /// With fewer references than this, section counts are not judged and shares only beyond
  /// `fewReferencesShareTolerance`.
  public static let referencesForSpread = 3
  public static let fewReferencesShareTolerance = 0.15

  /// The roles of `order` that stand against the usual order: those left out of a longest run that keeps it.
  static func outOfOrder(_ order: [PartRole], usual: [PartRole]) -> Set<PartRole> {
    let ranks = order.map { usual.firstIndex(of: $0)! }
    guard ranks.count > 1 else { return [] }
    // Longest increasing subsequence, quadratic in the handful of roles.
    var length = [Int](repeating: 1, count: ranks.count)
    var previous = [Int](repeating: -1, count: ranks.count)
    for i in ranks.indices {
      for j in 0..<i where ranks[j] < ranks[i] && length[j] + 1 > length[i] {
        length[i] = length[j] + 1
        previous[i] = j
      }
    }
    var k = length.indices.max { (length[$0], -$0) < (length[$1], -$1) }!
    var kept: Set<Int> = []
    while k >= 0 {
      kept.insert(k)
      k = previous[k]
    }
    return Set(order.indices.filter { !kept.contains($0) }.map { order[$0] })
  }

  /// Up to three sections of the same role and topic in the references, closest by their cue hits.
  static func closest(_ section: ReportShape.SectionShape, role: PartRole, in shapes: [ReportShape])
    -> [ReferenceSection]
  {
    guard section.topic != .other else { return [] }
    var candidates: [(section: ReferenceSection, similarity: Double, order: Int)] = []
    for shape in shapes {
      for s in shape.role(role)?.sections ?? [] where s.topic == section.topic {
        candidates.append(
          (ReferenceSection(report: shape.name, title: s.title), cosine(section.hits, s.hits), candidates.count))
      }
    }
    return candidates.sorted { a, b in a.similarity != b.similarity ? a.similarity > b.similarity : a.order < b.order }
      .prefix(3).map(\.section)
  }

  static func cosine(_ a: [Int], _ b: [Int]) -> Double {
    let dot = zip(a, b).reduce(0) { $0 + Double($1.0 * $1.1) }
    let na = a.reduce(0) { $0 + Double($1 * $1) }.squareRoot()
    let nb = b.reduce(0) { $0 + Double($1 * $1) }.squareRoot()
    return na == 0 || nb == 0 ? 0 : dot / (na * nb)
  }
}

extension Comparison {
  /// The columns of the one-row-per-draft table that several drafts give (the same in every format).
  public struct SummaryRow: Sendable, Hashable {
    public var draft: String
    public var genre: ReportGenre
    public var score: Int
    public var nearest: ReferenceScore?
    /// Roles most references have and the draft lacks.
    public var missing: [PartRole]
    /// Share of the review, problems and plan (nil when absent).
    public var reviewShare: Double?
    public var problemsShare: Double?
    public var planShare: Double?
    public var differenceCount: Int
    /// The most important difference, if any.
    public var firstDifference: String?
  }

  public var summaryRow: SummaryRow {
    SummaryRow(
      draft: draft.name, genre: draft.genre, score: score, nearest: nearest,
      missing: parts.filter { $0.status.contains(.missing) }.map(\.role), reviewShare: draft.role(.review)?.share,
      problemsShare: draft.role(.problems)?.share, planShare: draft.role(.plan)?.share,
      differenceCount: differences.count, firstDifference: differences.first?.message)
  }
}

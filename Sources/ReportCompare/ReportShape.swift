import Foundation
import ReportModel
import ReportOutline

/// The structure of one report as a comparison sees it: its roles in order, with their length, share and
/// sections, and the heading styles per depth.
///
/// Lengths, shares, section counts and numbering are counted exactly as the structure model counts them
/// (`ReportFacts`), so a draft can be set beside a learned model as well as beside reference reports.
public struct ReportShape: Sendable, Hashable {
  /// The file name (without folders).
  public var name: String
  public var genre: ReportGenre
  /// The bytes of all parts.
  public var bodyBytes: Int
  /// One entry per role, in the order the roles first appear.
  public var roles: [RoleShape]
  /// Heading styles per depth (0 for part headings), each once.
  public var numbering: [Int: [String]]

  /// A role of the report: its text, its sections and their topics.
  public struct RoleShape: Sendable, Hashable {
    public var role: PartRole
    public var bytes: Int
    /// `bytes` over the report's `bodyBytes`, 0…1.
    public var share: Double
    /// The h1 sections, or the run-in paragraphs of a part without sections.
    public var sections: [SectionShape]
    /// The number of h1 sections (0 when the part has only run-in paragraphs).
    public var sectionCount: Int
    /// The line the role starts on.
    public var line: Int
  }

  /// A section as a comparison uses it: its title, its topic and its topic cue hits.
  public struct SectionShape: Sendable, Hashable {
    public var title: String
    public var topic: ReportTopic
    public var line: Int
    /// Cue hits per topic (`ReportTopic.assignable` order), for matching sections of one topic.
    public var hits: [Int]
  }

  public init(outline: Outline, classifier: TopicClassifier) {
    self.init(outline: outline, facts: ReportFacts(outline: outline), classifier: classifier)
  }

  /// The shape of `outline` whose facts are already counted (a reference set counts them once for both).
  public init(outline: Outline, facts: ReportFacts, classifier: TopicClassifier) {
    name = URL(fileURLWithPath: outline.source.path).lastPathComponent
    genre = facts.source.genre
    bodyBytes = facts.bodyBytes
    var sectionsByRole: [PartRole: [SectionShape]] = [:]
    var lineByRole: [PartRole: Int] = [:]
    for part in outline.parts {
      for role in [part.role] + part.alsoRoles where lineByRole[role] == nil {
        lineByRole[role] = part.range.lowerBound.line
      }
      var sections: [SectionShape] = []
      var runIns: [SectionShape] = []
      for block in part.blocks {
        switch block {
        case .section(let section):
          let text = TopicClassifier.classificationText(of: section)
          sections.append(Self.section(section.heading.title, text, section.heading.range.lowerBound.line, classifier))
        case .paragraph(let paragraph):
          if let role = paragraph.role, lineByRole[role] == nil { lineByRole[role] = paragraph.range.lowerBound.line }
          if let runIn = paragraph.runIn {
            runIns.append(Self.section(runIn.text, runIn.text, paragraph.range.lowerBound.line, classifier))
          }
        }
      }
      sectionsByRole[part.role, default: []] += sections.isEmpty ? runIns : sections
    }
    let body = max(1, facts.bodyBytes)
    roles = facts.roles.map { role in
      let roleFacts = facts.facts(role)!
      return RoleShape(
        role: role, bytes: roleFacts.bytes, share: Double(roleFacts.bytes) / Double(body),
        sections: sectionsByRole[role] ?? [], sectionCount: roleFacts.sections, line: lineByRole[role] ?? 1)
    }
    var numbering: [Int: Set<String>] = [:]
    for use in facts.numbering { numbering[use.depth, default: []].insert(use.style) }
    self.numbering = numbering.mapValues { $0.sorted() }
  }

  /// The entry of `role`, if the report has it.
  public func role(_ role: PartRole) -> RoleShape? { roles.first { $0.role == role } }

  /// The position of `role` among the roles (0-based), if present.
  public func position(of role: PartRole) -> Int? { roles.firstIndex { $0.role == role } }

  /// The topics of a role's sections, without `other`.
  public func topics(of role: PartRole) -> Set<ReportTopic> {
    Set((self.role(role)?.sections ?? []).map(\.topic).filter { $0 != .other })
  }

  private static func section(_ title: String, _ text: String, _ line: Int, _ classifier: TopicClassifier)
    -> SectionShape
  {
    let counts = classifier.hits(in: text)
    return SectionShape(
      title: title, topic: classifier.topic(of: text), line: line,
      hits: ReportTopic.assignable.map { counts[$0] ?? 0 })
  }
}

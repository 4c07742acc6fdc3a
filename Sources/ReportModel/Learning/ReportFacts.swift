import Foundation
import ReportOutline

/// What one report contributes to a model, read in one pass over its outline.
///
/// Only parts, sections and the first paragraphs of parts are visited; lengths come from the byte
/// offsets of ranges, so the cost does not grow with the number of paragraphs' characters.
public struct ReportFacts: Sendable {
  /// One thing a role does in the report: its bytes and h1 sections.
  public struct RoleFacts: Sendable, Hashable {
    public internal(set) var bytes = 0
    public internal(set) var sections = 0
  }

  /// A unit of topic classification: an h1 section, or a run-in paragraph of a part without sections.
  public struct TopicUnit: Sendable, Hashable {
    public var role: PartRole
    public var scalars: [UInt32]
  }

  public internal(set) var source: StructureModel.Source
  /// Roles in order of first appearance.
  public internal(set) var roles: [PartRole] = []
  /// Facts per role, indexed by `PartRole.rank`; nil when the role does not occur.
  public internal(set) var roleFacts: [RoleFacts?] = Array(repeating: nil, count: PartRole.allCases.count)
  /// Bytes of all parts.
  public internal(set) var bodyBytes = 0
  /// `(depth, style name)` once per part that uses the style at the depth.
  public internal(set) var numbering: [NumberingUse] = []
  /// Opening phrases per role, indexed by `PartRole.rank`, without repeats.
  var phrases: [[String]] = Array(repeating: [], count: PartRole.allCases.count)
  public internal(set) var units: [TopicUnit] = []

  public struct NumberingUse: Sendable, Hashable {
    public var depth: Int
    public var style: String
  }

  public init(outline: Outline) {
    let file = URL(fileURLWithPath: outline.source.path).lastPathComponent
    source = StructureModel.Source(
      file: file, genre: ReportGenre(detecting: outline), bytes: outline.source.bytes.count,
      level: GovernmentLevel(detecting: outline))
    for part in outline.parts { add(part, of: outline) }
  }

  // MARK: - Parts

  private mutating func add(_ part: Part, of outline: Outline) {
    let bytes = part.range.upperBound.offset - part.range.lowerBound.offset
    bodyBytes += bytes
    let h1 = part.blocks.reduce(0) { count, block in
      if case .section = block { count + 1 } else { count }
    }
    for role in [part.role] + part.alsoRoles { note(role, bytes: bytes, sections: h1) }
    if let opening = outline.openingParagraph(of: part) {
      var continuation: String?
      if part.blocks.count > 1, case .paragraph(let next) = part.blocks[1] {
        continuation = outline.prefixText(of: next.range, maxScalars: 40)
      }
      let text = outline.prefixText(of: opening.range, maxScalars: 40)
      addPhrases(OpeningPhrase.phrases(opening: text, continuation: continuation), for: part.role)
    }
    var partNumbering: Set<NumberingUse> = []
    if let heading = part.heading { partNumbering.insert(NumberingUse(depth: 0, style: heading.style.name)) }
    var runIns: [TopicUnit] = []
    for block in part.blocks {
      switch block {
      case .section(let section):
        collectNumbering(section, into: &partNumbering)
        let text = TopicClassifier.classificationText(of: section)
        units.append(TopicUnit(role: part.role, scalars: text.unicodeScalars.map(\.value)))
      case .paragraph(let paragraph):
        if let role = paragraph.role {
          note(role, bytes: paragraph.range.upperBound.offset - paragraph.range.lowerBound.offset, sections: 0)
          let text = outline.prefixText(of: paragraph.range, maxScalars: 40)
          addPhrases(OpeningPhrase.phrases(opening: text), for: role)
        }
        if h1 == 0, let runIn = paragraph.runIn {
          runIns.append(TopicUnit(role: part.role, scalars: runIn.text.unicodeScalars.map(\.value)))
        }
      }
    }
    units += runIns
    numbering += partNumbering.sorted { ($0.depth, $0.style) < ($1.depth, $1.style) }
  }

  /// The facts of `role`, if the report has it.
  public func facts(_ role: PartRole) -> RoleFacts? { roleFacts[role.rank] }

  private mutating func note(_ role: PartRole, bytes: Int, sections: Int) {
    if roleFacts[role.rank] == nil {
      roleFacts[role.rank] = RoleFacts()
      roles.append(role)
    }
    roleFacts[role.rank]!.bytes += bytes
    roleFacts[role.rank]!.sections += sections
  }

  private mutating func addPhrases(_ new: [String], for role: PartRole) {
    for phrase in new where !phrases[role.rank].contains(phrase) { phrases[role.rank].append(phrase) }
  }

  private func collectNumbering(_ section: Section, into set: inout Set<NumberingUse>) {
    set.insert(NumberingUse(depth: section.heading.depth, style: section.heading.style.name))
    for case .section(let sub) in section.blocks { collectNumbering(sub, into: &set) }
  }
}

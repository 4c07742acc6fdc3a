import ReportText

/// The structure of one report as a county reviewer reads it: a title block, then parts with roles,
/// each holding sections (headings with their numbering) and paragraphs, every node with its range.
///
/// An outline never fails to exist: parsing a human report records what it had to work around as
/// `recoveries` and keeps going.
public struct Outline: Sendable {
  /// The text the outline was read from; node ranges point into it.
  public let source: SourceText
  /// Title, subtitle and speaker lines at the top, if the report has them.
  public var titleBlock: TitleBlock?
  /// The parts in the order they appear.
  public var parts: [Part]
  /// What the parser worked around: noise markers, advertising, wrong markers, skipped numbers.
  public var recoveries: [Recovery]

  public init(source: SourceText, titleBlock: TitleBlock?, parts: [Part], recoveries: [Recovery]) {
    self.source = source
    self.titleBlock = titleBlock
    self.parts = parts
    self.recoveries = recoveries
  }
}

/// The lines above the salutation: title, subtitle ("——…在…会议上") and speaker.
public struct TitleBlock: Sendable, Hashable {
  public var title: TextSpan?
  public var subtitle: TextSpan?
  public var speaker: TextSpan?
  public var range: TextRange

  public init(title: TextSpan?, subtitle: TextSpan?, speaker: TextSpan?, range: TextRange) {
    self.title = title
    self.subtitle = subtitle
    self.speaker = speaker
    self.range = range
  }
}

/// A piece of text with the range it came from. `text` is cleaned of noise markers.
public struct TextSpan: Sendable, Hashable {
  public var text: String
  public var range: TextRange

  public init(text: String, range: TextRange) {
    self.text = text
    self.range = range
  }
}

/// The role a part plays in the standard structure of a work report.
public enum PartRole: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case preamble, review, thanks, problems, plan, guidance, targets, closing

  /// The usual order of the roles in a report.
  public var rank: Int { PartRole.allCases.firstIndex(of: self)! }

  public static func < (lhs: PartRole, rhs: PartRole) -> Bool { lhs.rank < rhs.rank }

  /// The Chinese name used in messages and tables.
  public var chineseName: String {
    switch self {
    case .preamble: "开头"
    case .review: "工作回顾"
    case .thanks: "致谢"
    case .problems: "问题与不足"
    case .plan: "工作安排"
    case .guidance: "指导思想"
    case .targets: "主要目标"
    case .closing: "结束语"
    }
  }
}

/// One part of a report: the preamble, the review, the plan and so on.
///
/// `guidance` and `targets` are usually paragraphs inside the plan; they appear as paragraphs with
/// a `role` there, and as parts of their own only when they have a heading of their own.
public struct Part: Sendable, Hashable {
  public var role: PartRole
  /// Further roles the same text plays, e.g. a thanks paragraph that goes on to name the problems.
  public var alsoRoles: [PartRole]
  /// True when this part goes on with the part before it under a top-level heading of its own, as a
  /// plan set out as "二、…总体要求和主要目标", "三、…重点工作", "四、…政府自身建设". Such a part is one
  /// part with the one before it; writers list the part once.
  public var continuesPrevious: Bool
  /// The part's own heading ("一、2023年工作回顾"), if it has one.
  public var heading: Heading?
  /// The sections and paragraphs of the part, in order.
  public var blocks: [Block]
  /// From the heading (or first paragraph) to the end of the last block.
  public var range: TextRange

  public init(
    role: PartRole, alsoRoles: [PartRole] = [], continuesPrevious: Bool = false, heading: Heading?, blocks: [Block],
    range: TextRange
  ) {
    self.role = role
    self.alsoRoles = alsoRoles
    self.continuesPrevious = continuesPrevious
    self.heading = heading
    self.blocks = blocks
    self.range = range
  }
}

/// A block of a part or section.
public indirect enum Block: Sendable, Hashable {
  case section(Section)
  case paragraph(Paragraph)

  public var range: TextRange {
    switch self {
    case .section(let section): section.range
    case .paragraph(let paragraph): paragraph.range
    }
  }
}

/// A heading with everything under it up to the next heading of the same or a higher level.
public struct Section: Sendable, Hashable {
  public var heading: Heading
  public var blocks: [Block]
  public var range: TextRange

  public init(heading: Heading, blocks: [Block], range: TextRange) {
    self.heading = heading
    self.blocks = blocks
    self.range = range
  }
}

/// A section heading.
public struct Heading: Sendable, Hashable {
  /// Depth below the part: 1 for the first level of sections in a part (`h1`), 2 below it, and so on.
  /// A part's own heading has depth 0.
  public var depth: Int
  /// How the heading is marked.
  public var style: HeadingStyle
  /// The numbering marker as written, if any.
  public var marker: NumberingMarker?
  /// The heading's words without the marker and, for a run-on heading, without the text after it.
  public var title: String
  /// True when the paragraph goes on after the heading's first sentence.
  public var isRunOn: Bool
  /// The whole line or paragraph.
  public var range: TextRange

  public init(
    depth: Int, style: HeadingStyle, marker: NumberingMarker?, title: String, isRunOn: Bool, range: TextRange
  ) {
    self.depth = depth
    self.style = style
    self.marker = marker
    self.title = title
    self.isRunOn = isRunOn
    self.range = range
  }
}

/// The kinds of heading a report uses.
public enum HeadingStyle: Sendable, Hashable {
  /// Led by a numbering marker (一、 （一） 1. （1） ①).
  case numbered(NumberingStyle)
  /// Led by an em dash: "——全力抓项目、促发展，…".
  case dash
  /// One of a run of parallel one-sentence paragraphs that open sections ("过去一年，我们…。").
  case lead
  /// A short line of its own without a marker.
  case plain
  /// A Markdown `#` heading of the given level.
  case markdown(Int)

  /// A stable name for dumps and JSON: `一、`, `（一）`, `dash`, `lead`, `plain`, `markdown2`.
  public var name: String {
    switch self {
    case .numbered(let style): style.rawValue
    case .dash: "dash"
    case .lead: "lead"
    case .plain: "plain"
    case .markdown(let level): "markdown\(level)"
    }
  }
}

/// A paragraph: one line of a plain-text report, or one Markdown paragraph.
public struct Paragraph: Sendable, Hashable {
  public var range: TextRange
  /// The paragraph's opening short sentence when it reads as a run-in heading ("环境治理有效推进。").
  public var runIn: TextSpan?
  /// The enumeration word that opens it ("一是", "其次"), with its ordinal.
  public var enumeration: Enumeration?
  /// Set when the paragraph plays a role of its own inside a part (guidance, targets, problems named in the plan).
  public var role: PartRole?
  /// Further roles the same paragraph plays: a guidance paragraph that goes on to give the targets.
  public var alsoRoles: [PartRole]

  public init(
    range: TextRange, runIn: TextSpan? = nil, enumeration: Enumeration? = nil, role: PartRole? = nil,
    alsoRoles: [PartRole] = []
  ) {
    self.range = range
    self.runIn = runIn
    self.enumeration = enumeration
    self.role = role
    self.alsoRoles = alsoRoles
  }

  /// `role` followed by `alsoRoles`.
  public var roles: [PartRole] { (role.map { [$0] } ?? []) + alsoRoles }
}

/// An enumeration word at the start of a paragraph: 一是/二是…, 首先/其次/再次/最后, 第一/第二….
public struct Enumeration: Sendable, Hashable {
  /// The word as written.
  public var text: String
  /// Its position in its series (一是 → 1, 其次 → 2); 0 when the word gives none (最后).
  public var ordinal: Int
  public var range: TextRange

  public init(text: String, ordinal: Int, range: TextRange) {
    self.text = text
    self.ordinal = ordinal
    self.range = range
  }
}

/// Something the parser found in the text and worked around.
public struct Recovery: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// `##paidbegin##`, `##paidend##` and similar collection markers.
    case noiseMarker
    /// `[bookmark: _GoBack]` and other word-processor leftovers.
    case bookmark
    /// Advertising and download-site lines.
    case advertisement
    /// Page numbers left between paragraphs ("- 3 -", "第3页").
    case pageNumber
    /// A numbering marker of another form than its siblings ("3、" among 一、二、).
    case wrongMarker
    /// A number skipped or repeated within one level (一、二、四、).
    case numberSequence
    /// Text of the web page a report was copied from: navigation, page metadata ("来源：", "发布时间："), font size,
    /// print and share links, credits ("责任编辑："), photo captions, a news agency's dateline.
    case webFurniture
    /// What follows the closing and is not the report's own text: 附件, 名词解释, 注释, tables of 民生实事.
    case appendix
    /// The report, or its title block and opening, set out a second time after its end.
    case repeatedText
  }

  public var kind: Kind
  public var range: TextRange
  /// What was found and what the parser did, in Chinese.
  public var message: String

  public init(kind: Kind, range: TextRange, message: String) {
    self.kind = kind
    self.range = range
    self.message = message
  }
}

extension Outline {
  /// Every role the outline gives, in order of first appearance: the parts' roles and further roles, and the
  /// roles of paragraphs inside parts (guidance, targets, problems named in the plan).
  public var roles: [PartRole] {
    var out: [PartRole] = []
    func add(_ role: PartRole) { if !out.contains(role) { out.append(role) } }
    func walk(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let paragraph): paragraph.roles.forEach(add)
        case .section(let section): walk(section.blocks)
        }
      }
    }
    for part in parts {
      add(part.role)
      part.alsoRoles.forEach(add)
      walk(part.blocks)
    }
    return out
  }

  /// The text of a range of the source, noise markers included.
  public func text(of range: TextRange) -> String {
    source.text(range.lowerBound.offset..<range.upperBound.offset)
  }

  /// Every heading in document order, part headings (depth 0) included.
  public var headings: [Heading] {
    var out: [Heading] = []
    func walk(_ blocks: [Block]) {
      for case .section(let section) in blocks {
        out.append(section.heading)
        walk(section.blocks)
      }
    }
    for part in parts {
      if let heading = part.heading { out.append(heading) }
      walk(part.blocks)
    }
    return out
  }
}

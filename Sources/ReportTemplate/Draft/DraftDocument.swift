/// A rendered draft as blocks: the title block, headings with their level, and paragraphs.
///
/// Templates write a light Markdown: `% ` lines at the top for the title block (title, subtitle,
/// speaker), `#` … `####` headings WITHOUT numbers (a trailing ` {-}` marks a heading that takes no
/// number, such as "上半年工作回顾"), and one paragraph per line, optionally opening with a bold run-in
/// heading `**环境治理有效推进。**`. The writers number headings per GB/T 9704, so reordering or
/// dropping a section can never break numbering.
public struct DraftDocument: Sendable, Hashable {
  /// Title block lines in order: title, then subtitle and speaker lines.
  public var titleLines: [String]
  public var blocks: [DraftBlock]

  public init(titleLines: [String], blocks: [DraftBlock]) {
    self.titleLines = titleLines
    self.blocks = blocks
  }
}

/// One block of a draft.
public enum DraftBlock: Sendable, Hashable {
  case heading(DraftHeading)
  case paragraph(DraftParagraph)
}

/// A heading as the template wrote it.
public struct DraftHeading: Sendable, Hashable {
  /// 1 for `#`, 2 for `##`, and so on.
  public var level: Int
  public var text: String
  /// False for headings written with ` {-}`: they take no number and do not count as a level of
  /// numbering for the headings below them.
  public var isNumbered: Bool
  /// The line of the rendered text the heading came from.
  public var line: Int

  public init(level: Int, text: String, isNumbered: Bool, line: Int) {
    self.level = level
    self.text = text
    self.isNumbered = isNumbered
    self.line = line
  }
}

/// A paragraph, with its run-in heading split off.
public struct DraftParagraph: Sendable, Hashable {
  /// The bold words that open the paragraph ("环境治理有效推进。"), if any.
  public var runIn: String?
  /// The rest of the paragraph.
  public var text: String
  public var line: Int

  public init(runIn: String?, text: String, line: Int) {
    self.runIn = runIn
    self.text = text
    self.line = line
  }
}

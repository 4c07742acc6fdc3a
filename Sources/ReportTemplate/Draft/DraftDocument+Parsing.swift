import Foundation

extension DraftDocument {
  /// Reads rendered template output into blocks.
  ///
  /// - `% text` lines before any other content form the title block;
  /// - `#`…`######` followed by a space is a heading; a trailing `{-}` or `{.unnumbered}` takes its
  ///   number away;
  /// - every other non-blank line is a paragraph; leading spaces, full-width spaces included, are
  ///   dropped (the writers indent), and a leading `**…**` is the paragraph's run-in heading.
  public init(rendered text: String) {
    var titleLines: [String] = []
    var blocks: [DraftBlock] = []
    var lineNumber = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = raw.trimmingSpaces()
      if line.isEmpty { continue }
      if blocks.isEmpty, line.hasPrefix("%") {
        let title = line.dropFirst().trimmingSpaces()
        if !title.isEmpty { titleLines.append(String(title)) }
        continue
      }
      if let heading = DraftDocument.heading(line, line: lineNumber) {
        blocks.append(.heading(heading))
        continue
      }
      blocks.append(.paragraph(DraftDocument.paragraph(line, line: lineNumber)))
    }
    self.init(titleLines: titleLines, blocks: blocks)
  }

  /// The heading the reader takes `line` (one line of rendered text) for, or nil when it is not a heading line.
  package static func heading(inLine line: String, line number: Int) -> DraftHeading? {
    heading(Substring(line).trimmingSpaces(), line: number)
  }

  package static func heading(_ line: Substring, line number: Int) -> DraftHeading? {
    var level = 0
    var rest = line[...]
    while rest.first == "#" {
      level += 1
      rest = rest.dropFirst()
    }
    guard level >= 1, level <= 6, rest.first == " " else { return nil }
    var text = rest.trimmingSpaces()
    var numbered = true
    for mark in [" {-}", " {.unnumbered}", "{-}", "{.unnumbered}"] where text.hasSuffix(mark) {
      text = text.dropLast(mark.count).trimmingSpaces()
      numbered = false
      break
    }
    return DraftHeading(level: level, text: String(text), isNumbered: numbered, line: number)
  }

  static func paragraph(_ line: Substring, line number: Int) -> DraftParagraph {
    if line.hasPrefix("**") {
      let afterOpen = line.dropFirst(2)
      if let close = afterOpen.range(of: "**") {
        let runIn = afterOpen[afterOpen.startIndex..<close.lowerBound]
        let rest = afterOpen[close.upperBound...].trimmingSpaces()
        if !runIn.isEmpty { return DraftParagraph(runIn: String(runIn), text: String(rest), line: number) }
      }
    }
    return DraftParagraph(runIn: nil, text: String(line), line: number)
  }
}

extension Substring {
  /// Without leading and trailing ASCII spaces, tabs, full-width spaces and no-break spaces.
  package func trimmingSpaces() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{00A0}" || $0 == "\r" }
    var s = self
    while let first = s.first, isSpace(first) { s = s.dropFirst() }
    while let last = s.last, isSpace(last) { s = s.dropLast() }
    return s
  }
}

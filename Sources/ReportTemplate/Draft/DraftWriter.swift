import Foundation
import ReportText

/// The output formats of a draft.
public enum DraftFormat: String, Sendable, CaseIterable {
  /// Plain text in the conventions of Chinese official documents: the title block centred, headings
  /// and paragraphs indented by two full-width spaces, no markup.
  case text
  /// Markdown: `#` title, `##` headings carrying their numbers, bold run-ins.
  case markdown
}

/// Writes a draft in a format, numbering its headings.
public struct DraftWriter: Sendable {
  public var format: DraftFormat
  /// Characters per line for centring the title block in plain text (GB/T 9704: 28).
  public var lineWidth: Int

  public init(format: DraftFormat, lineWidth: Int = 28) {
    self.format = format
    self.lineWidth = lineWidth
  }

  public func write(_ draft: DraftDocument) -> String {
    switch format {
    case .text: plainText(draft)
    case .markdown: markdown(draft)
    }
  }

  private static let indent = "\u{3000}\u{3000}"

  private func plainText(_ draft: DraftDocument) -> String {
    var lines: [String] = []
    for line in draft.titleLines { lines.append(centred(line)) }
    if !draft.titleLines.isEmpty { lines.append("") }
    var numbering = HeadingNumbering()
    for block in draft.blocks {
      switch block {
      case .heading(let heading):
        let number = numbering.next(heading) ?? ""
        lines.append(DraftWriter.indent + number + DraftWriter.plain(heading.text))
      case .paragraph(let paragraph):
        lines.append(DraftWriter.indent + DraftWriter.plain((paragraph.runIn ?? "") + paragraph.text))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func markdown(_ draft: DraftDocument) -> String {
    var chunks: [String] = []
    for (k, line) in draft.titleLines.enumerated() { chunks.append(k == 0 ? "# \(line)" : line) }
    var numbering = HeadingNumbering()
    for block in draft.blocks {
      switch block {
      case .heading(let heading):
        let number = numbering.next(heading) ?? ""
        chunks.append(String(repeating: "#", count: min(6, heading.level + 1)) + " " + number + heading.text)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          chunks.append(Self.boldRunIn(runIn) + paragraph.text)
        } else {
          chunks.append(paragraph.text)
        }
      }
    }
    return chunks.joined(separator: "\n\n") + "\n"
  }

  /// A title line padded with full-width spaces to stand in the middle of a `lineWidth` line.
  private func centred(_ line: String) -> String {
    let text = DraftWriter.plain(line)
    let cells = displayWidth(text)
    let padding = max(0, lineWidth * 2 - cells) / 2
    return String(repeating: "\u{3000}", count: padding / 2) + (padding % 2 == 1 ? " " : "") + text
  }

  /// A run-in heading in bold as CommonMark reads it: the marks at its end stand outside the bold words
  /// ("**项目建设提速增效**。", "**项目建设（一期**）"), since a closing "**" after a punctuation mark and before a
  /// Chinese character is not right-flanking and would not close.
  static func boldRunIn(_ runIn: String) -> String {
    var words = Substring(runIn)
    var stops = ""
    while let last = words.unicodeScalars.last, isPunctuation(last) {
      stops = String(last) + stops
      words = words.dropLast()
    }
    return words.isEmpty ? "**\(runIn)**" : "**\(words)**\(stops)"
  }

  /// Whether CommonMark counts `s` as punctuation: Unicode categories P and S (the spec's "Unicode punctuation").
  static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      true
    default: false
    }
  }


  /// The text without Markdown emphasis marks.
  static func plain(_ text: String) -> String {
    text.contains("**") ? text.replacingOccurrences(of: "**", with: "") : text
  }
}

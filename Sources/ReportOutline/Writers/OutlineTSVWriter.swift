import ReportText

/// Writes an outline as `LINE<TAB>KIND<TAB>TEXT` rows, the format of the gold outlines.
///
/// KIND is a part role (`title`, `preamble`, `review`, …), `h1`, `h2`, … for headings by depth below
/// their part, or `runin` for run-in headings and enumerations. TEXT is the start of the line.
public struct OutlineTSVWriter: Sendable {
  /// Scalars of the line's text printed in the third column.
  public var textLength: Int

  public init(textLength: Int = 30) {
    self.textLength = textLength
  }

  public func write(_ outline: Outline) -> String {
    var out = ""
    func row(_ range: TextRange, _ kind: String) {
      let line = range.lowerBound.line
      let text = outline.source.text(ofLine: line)
      var start = text.unicodeScalars.startIndex
      let skip = max(0, range.lowerBound.column - 1)
      start = text.unicodeScalars.index(start, offsetBy: skip, limitedBy: text.unicodeScalars.endIndex) ?? start
      let head = String(String.UnicodeScalarView(text.unicodeScalars[start...].prefix(textLength)))
      let clean = head.replacingTabs()
      out += "\(line)\t\(kind)\t\(clean)\n"
    }
    if let title = outline.titleBlock?.title { row(title.range, "title") }
    for part in outline.parts {
      if !part.continuesPrevious {
        row(part.range, part.role.rawValue)
        for role in part.alsoRoles { row(part.range, role.rawValue) }
      }
      walk(part.blocks, row)
    }
    return out
  }

  private func walk(_ blocks: [Block], _ row: (TextRange, String) -> Void) {
    for block in blocks {
      switch block {
      case .section(let section):
        row(section.heading.range, "h\(section.heading.depth)")
        walk(section.blocks, row)
      case .paragraph(let paragraph):
        for role in paragraph.roles { row(paragraph.range, role.rawValue) }
        if paragraph.runIn != nil || paragraph.enumeration != nil { row(paragraph.range, "runin") }
      }
    }
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
  }
}

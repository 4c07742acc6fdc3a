/// Prints diagnostics in gcc style, with the source line and a caret under the range.
///
/// ```
/// 报告.txt:12:9: warning: 序号“三、”之后应为“四、” [numbering.sequence]
/// 　　五、狠抓项目建设
///     ^~~~
///   = 帮助：把“五、”改为“四、”。
/// ```
///
/// The caret is placed by display width: a Chinese character or the ideographic space "　" takes two cells, so
/// the caret stands under the right character in a terminal. Tabs are expanded to `tabWidth`; control
/// characters are shown as `?` so the input cannot send escape sequences to the terminal. Lines wider than
/// `maximumLineWidth` cells are cut around the range and marked with `...`. Colour is off unless asked for; the
/// renderer never looks at the environment.
public struct DiagnosticRenderer: Sendable {
  /// Whether to wrap parts of the output in ANSI colour escapes.
  public var usesColor: Bool
  /// Cells between tab stops.
  public var tabWidth: Int
  /// The widest source line shown, in cells; at least 20.
  public var maximumLineWidth: Int

  public init(usesColor: Bool = false, tabWidth: Int = 4, maximumLineWidth: Int = 240) {
    self.usesColor = usesColor
    self.tabWidth = max(1, tabWidth)
    self.maximumLineWidth = max(20, maximumLineWidth)
  }

  // MARK: - Rendering

  /// The diagnostic as text ending in a newline: the header, then the source line and caret when `source` is
  /// given and holds the line, then the help line.
  public func render(_ diagnostic: Diagnostic, source: SourceText? = nil) -> String {
    var out = renderHeader(
      severity: diagnostic.severity, path: diagnostic.path, location: diagnostic.range.lowerBound,
      message: diagnostic.message, ruleID: diagnostic.ruleID)
    if let source, let snippet = snippet(for: diagnostic.range, in: source) {
      out += "\n" + snippet.line + "\n" + paint(snippet.caret, Style.caret)
    }
    if let help = diagnostic.help {
      out += "\n  = " + paint("帮助：", Style.bold) + help
    }
    return out + "\n"
  }

  /// Every diagnostic rendered in order, concatenated.
  public func render(_ diagnostics: [Diagnostic], source: SourceText? = nil) -> String {
    diagnostics.map { render($0, source: source) }.joined()
  }

  /// One header line without a newline: `path:line:column: severity: message [rule.id]`.
  ///
  /// For located errors with no source text at hand (a file that could not be read, a bad argument). Without a
  /// location the line is `path: severity: message`.
  public func renderHeader(
    severity: Diagnostic.Severity, path: String, location: TextLocation?, message: String, ruleID: String? = nil
  ) -> String {
    let place = location.map { "\(path):\($0.line):\($0.column):" } ?? "\(path):"
    var out = paint(place, Style.bold) + " " + paint(severity.rawValue + ":", Style.severity(severity)) + " "
    out += paint(message, Style.bold)
    if let ruleID { out += " [\(ruleID)]" }
    return out
  }

  // MARK: - Snippet

  /// The source line of `range`'s start as shown, and the caret line under the range (no colour).
  ///
  /// A range that runs past the end of its first line is underlined to the end of that line. `nil` when the
  /// line is not in `source`.
  public func snippet(for range: TextRange, in source: SourceText) -> (line: String, caret: String)? {
    let lineNumber = range.lowerBound.line
    guard lineNumber >= 1 && lineNumber <= source.lineStarts.count else { return nil }
    let lineRange = source.byteRange(ofLine: lineNumber)
    return source.bytes.withUnsafeBufferPointer { bytes in
      let start = startOffset(of: range.lowerBound, lineRange: lineRange, bytes: bytes)
      var end = lineRange.upperBound
      let upper = range.upperBound
      if upper.line == lineNumber && upper.offset >= start && upper.offset <= lineRange.upperBound {
        end = upper.offset
      }
      return layout(bytes, line: lineRange, start: start, end: end)
    }
  }

  /// The byte offset of `location` on its line: its `offset` when that lies on the line, else found by column.
  private func startOffset(of location: TextLocation, lineRange: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    if location.offset >= lineRange.lowerBound && location.offset <= lineRange.upperBound
      && (location.offset == lineRange.upperBound || !UTF8Bytes.isContinuation(bytes[location.offset]))
    {
      return location.offset
    }
    var i = lineRange.lowerBound
    var column = 1
    while i < lineRange.upperBound && column < location.column {
      i += UTF8Bytes.decode(bytes, at: i).1
      column += 1
    }
    return min(i, lineRange.upperBound)
  }

  private func layout(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, start: Int, end: Int) -> (
    line: String, caret: String
  ) {
    let ellipsis = "..."
    var windowStart = line.lowerBound
    let fitsWhole = fits(bytes, line)
    if !fitsWhole {
      // Back up from the range start by about a third of the width, then show what fits from there.
      var width = 0
      var i = start
      while i > line.lowerBound && width < maximumLineWidth / 3 {
        i = UTF8Bytes.scalarStart(before: i, in: bytes, lowerBound: line.lowerBound)
        let scalar = UTF8Bytes.decode(bytes, at: i).0
        width += scalar == "\t" ? tabWidth : cellWidth(scalar)
      }
      windowStart = i
    }
    // The shown line is gathered as UTF-8 bytes: characters are copied as they are, tabs and control characters
    // replaced.
    var text: [UInt8] = []
    text.reserveCapacity(min(line.count, maximumLineWidth * 4) + 8)
    let dots = Array(ellipsis.utf8)
    var column = 0
    if windowStart > line.lowerBound {
      text += dots
      column = ellipsis.count
    }
    var caretStart = -1
    var caretEnd = -1
    var i = windowStart
    let limit = maximumLineWidth - ellipsis.count
    while i < line.upperBound {
      if i == start { caretStart = column }
      if i == end { caretEnd = column }
      let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
      let width =
        scalar == "\t" ? tabWidth - column % tabWidth : isControl(scalar) ? 1 : displayWidth(scalar)
      if !fitsWhole && column + width > limit && i > start {
        text += dots
        break
      }
      if scalar == "\t" {
        text += repeatElement(0x20, count: width)
      } else if isControl(scalar) {
        text.append(0x3F)
      } else {
        text += bytes[i..<min(i + length, line.upperBound)]
      }
      column += width
      i += length
    }
    if caretStart < 0 { caretStart = column }
    if caretEnd < 0 { caretEnd = column }
    let underline = max(1, caretEnd - caretStart)
    let caret = String(repeating: " ", count: caretStart) + "^" + String(repeating: "~", count: underline - 1)
    return (String(decoding: text, as: UTF8.self), caret)
  }

  /// Whether the whole line fits in `maximumLineWidth` cells; stops counting once it does not.
  private func fits(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    if line.count <= maximumLineWidth / tabWidth { return true }
    var column = 0
    var i = line.lowerBound
    while i < line.upperBound {
      let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
      column += shownText(scalar, column: column).width
      if column > maximumLineWidth { return false }
      i += length
    }
    return true
  }

  private func cellWidth(_ scalar: Unicode.Scalar) -> Int {
    isControl(scalar) ? 1 : displayWidth(scalar)
  }

  private func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
  }

  /// How a scalar is shown at `column`: tabs expand to the next stop, control characters become `?`.
  private func shownText(_ scalar: Unicode.Scalar, column: Int) -> (text: String, width: Int) {
    if scalar == "\t" {
      let width = tabWidth - column % tabWidth
      return (String(repeating: " ", count: width), width)
    }
    if isControl(scalar) { return ("?", 1) }
    return (String(scalar), displayWidth(scalar))
  }

  // MARK: - Colour

  private enum Style {
    static let bold = "\u{1B}[1m"
    static let caret = "\u{1B}[1;32m"
    static func severity(_ severity: Diagnostic.Severity) -> String {
      switch severity {
      case .error: "\u{1B}[1;31m"
      case .warning: "\u{1B}[1;35m"
      case .info: "\u{1B}[1;34m"
      case .note: "\u{1B}[1;36m"
      }
    }
  }

  private func paint(_ text: String, _ style: String) -> String {
    usesColor ? style + text + "\u{1B}[0m" : text
  }
}

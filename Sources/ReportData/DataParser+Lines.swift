import ReportText

extension DataParser {
  /// Moves from the start of the current line over blank and comment lines to the first character of the next
  /// content line, and returns its indentation; `nil` at the end of the text.
  ///
  /// Throws for a tab in the indentation, a document marker (`---`, `...`) or a directive (`%`).
  mutating func nextContentLine() throws(DataError) -> Int? {
    if c.pos == contentLine.offset { return contentLine.indent }
    while !c.isPastEnd {
      var i = c.lineStart
      while i < c.lineEnd && c.bytes[i] == .space { i += 1 }
      var j = i
      while j < c.lineEnd && (c.bytes[j] == .space || c.bytes[j] == .tab) { j += 1 }
      if j == c.lineEnd || c.bytes[j] == .hash {
        guard c.advanceLine() else { break }
        continue
      }
      if j > i { throw c.error(.tabIndentation, at: i) }
      if i == c.lineStart {
        if isMarker("---", at: i) { throw c.error(.multipleDocuments(marker: "---"), at: i, to: i + 3) }
        if isMarker("...", at: i) { throw c.error(.multipleDocuments(marker: "..."), at: i, to: i + 3) }
        if c.bytes[i] == .percent { throw c.error(.directive(c.token(at: i, flow: false)), at: i) }
      }
      if c.bytes[i] == 0xE3 && startsWithFullWidthSpace(i) {
        var k = i
        while startsWithFullWidthSpace(k) || c.byte(at: k) == .space { k += c.bytes[k] == .space ? 1 : 3 }
        if lineLooksLikeKeyOrEntry(from: k) { throw c.error(.fullWidthIndentation, at: i) }
      }
      c.pos = i
      contentLine = (i, i - c.lineStart)
      return i - c.lineStart
    }
    return nil
  }

  /// Whether a document marker (`---` or `...`) followed by a blank starts at `offset`, the start of a line.
  func isMarker(_ marker: StaticString, at offset: Int) -> Bool {
    let m = marker.utf8Start
    return offset + 3 <= c.lineEnd && c.bytes[offset] == m[0] && c.bytes[offset + 1] == m[1]
      && c.bytes[offset + 2] == m[2] && c.isBlank(at: offset + 3)
  }

  /// Whether the ideographic space U+3000 starts at `offset` on the current line.
  func startsWithFullWidthSpace(_ offset: Int) -> Bool {
    offset + 3 <= c.lineEnd && c.bytes[offset] == 0xE3 && c.bytes[offset + 1] == 0x80 && c.bytes[offset + 2] == 0x80
  }

  /// Whether the rest of the current line, from `start` (by default `pos`), reads as a `key: value` or a
  /// `- item`.
  func lineLooksLikeKeyOrEntry(from start: Int? = nil) -> Bool {
    let start = start ?? c.pos
    if c.byte(at: start) == .minus && c.isBlank(at: start + 1) { return true }
    var i = start
    while i < c.lineEnd {
      if c.bytes[i] == .colon && c.isBlank(at: i + 1) { return true }
      if c.startsComment(at: i) { return false }
      i += 1
    }
    return false
  }

  /// How a line without `: ` went wrong: a full-width colon, or a colon without a space after it.
  static func colonHint(_ text: String) -> DataError.ColonHint {
    if text.contains("：") { return .fullWidthColon }
    if text.contains(":") { return .noSpaceAfterColon }
    return .none
  }
}

import ReportText

extension DataParser {
  /// Reads a flow collection that is a value in block context; only a comment may follow it on its line.
  mutating func parseFlowOnBlockLine(parent: Int, depth: Int) throws(DataError) -> DataNode {
    let start = c.pos
    let node = try parseFlow(parent: parent, depth: depth)
    c.skipSpaces()
    if c.pos < c.lineEnd && !c.startsComment(at: c.pos) {
      if c.bytes[c.pos] == .colon && c.isBlank(at: c.pos + 1) { throw c.error(.complexKey, at: start, to: c.pos) }
      let end = c.trimmingTrailingSpaces(c.pos, c.lineEnd)
      throw c.error(.textAfterFlow(c.string(c.pos, end)), at: c.pos, to: end)
    }
    lastShape = .other
    _ = c.advanceLine()
    return node
  }

  /// Reads the flow sequence or mapping whose `[` or `{` is at `pos`; `pos` ends after its closing bracket.
  ///
  /// `parent` is the indentation of the block collection around it: lines that continue the collection must
  /// be indented more, so a forgotten `]` is reported at its `[` rather than lines later. `depth` counts the
  /// collections open around it.
  mutating func parseFlow(parent: Int, depth: Int) throws(DataError) -> DataNode {
    let open = c.pos
    guard depth < Self.maximumDepth else { throw c.error(.tooDeep(limit: Self.maximumDepth), at: open) }
    let isMapping = c.bytes[open] == .openBrace
    let closer: UInt8 = isMapping ? .closeBrace : .closeBracket
    let start = c.location(open)
    c.pos += 1
    let itemBase = itemStack.count
    let entryBase = entryStack.count
    var lines: [String: Int] = [:]
    try skipFlowSpace(parent: parent, open: open)
    while c.bytes[c.pos] != closer {
      if c.bytes[c.pos] == .comma { throw c.error(.emptyFlowEntry, at: c.pos) }
      if isMapping {
        let entry = try parseFlowEntry(parent: parent, depth: depth + 1, open: open, base: entryBase, lines: &lines)
        entryStack.push(entry)
      } else {
        itemStack.push(try parseFlowNode(parent: parent, depth: depth + 1, open: open))
        try skipFlowSpace(parent: parent, open: open)
        if c.bytes[c.pos] == .colon { throw c.error(.unexpectedColon, at: c.pos) }
      }
      try skipFlowSpace(parent: parent, open: open)
      let b = c.bytes[c.pos]
      if b == closer { break }
      guard b == .comma else {
        let found = c.token(at: c.pos)
        throw c.error(.missingComma(closer: String(UnicodeScalar(closer)), found: found), at: c.pos)
      }
      c.pos += 1
      try skipFlowSpace(parent: parent, open: open)
    }
    c.pos += 1
    let end = c.location(c.pos)
    let value: DataNode.Value
    if isMapping {
      value = .mapping(entryStack.take(from: entryBase))
    } else {
      value = .sequence(itemStack.take(from: itemBase))
    }
    return DataNode(value: value, range: start..<end)
  }

  /// Reads one `key: value` of a flow mapping; a key without a value is `.null`.
  mutating func parseFlowEntry(
    parent: Int, depth: Int, open: Int, base: Int, lines: inout [String: Int]
  ) throws(DataError) -> DataEntry {
    let start = c.pos
    let first = c.bytes[start]
    if first == .openBracket || first == .openBrace { throw c.error(.complexKey, at: start) }
    let token: ScalarToken
    if first == .doubleQuote || first == .singleQuote {
      token = try readQuoted()
    } else {
      try checkPlainStart(at: start, isFlow: true)
      token = readFlowPlain()
      if token.text == "<<" { throw c.error(.mergeKey, at: token.start, to: token.end) }
    }
    let keyRange = c.range(token.start, token.end)
    try skipFlowSpace(parent: parent, open: open)
    guard c.bytes[c.pos] == .colon else {
      let hint = Self.colonHint(token.text)
      throw DataError(kind: .missingColon(token.text, hint: hint), range: keyRange, path: c.path)
    }
    try checkUnique(token, keyRange, base: base, lines: &lines)
    c.pos += 1
    let nullAt = c.location(c.pos)
    try skipFlowSpace(parent: parent, open: open)
    let value: DataNode
    if c.bytes[c.pos] == .comma || c.bytes[c.pos] == .closeBrace {
      value = DataNode(value: .null, range: nullAt..<nullAt)
    } else {
      value = try parseFlowNode(parent: parent, depth: depth, open: open)
    }
    return DataEntry(key: token.text, keyRange: keyRange, value: value)
  }

  /// Reads a value inside a flow collection: a nested collection, a quoted scalar or a plain scalar.
  mutating func parseFlowNode(parent: Int, depth: Int, open: Int) throws(DataError) -> DataNode {
    let start = c.pos
    let first = c.bytes[start]
    if first == .openBracket || first == .openBrace { return try parseFlow(parent: parent, depth: depth) }
    let token: ScalarToken
    if first == .doubleQuote || first == .singleQuote {
      token = try readQuoted()
      let b = c.byte(at: c.pos)
      if c.pos < c.lineEnd && b != .space && b != .tab && b != .colon && !Self.isFlowIndicator(b) {
        throw c.error(.textAfterQuote(c.token(at: c.pos)), at: c.pos)
      }
    } else {
      try checkPlainStart(at: start, isFlow: true)
      token = readFlowPlain()
    }
    return DataNode(value: .text(token.text, style: token.style), range: c.range(token.start, token.end))
  }

  /// Reads a plain scalar in flow context: it ends at a flow indicator, a `:` before a blank or flow
  /// indicator, a comment or the line's end.
  mutating func readFlowPlain() -> ScalarToken {
    let start = c.pos
    var i = start
    while i < c.lineEnd {
      let b = c.bytes[i]
      if Self.isFlowIndicator(b) { break }
      if b == .colon && (c.isBlank(at: i + 1) || Self.isFlowIndicator(c.byte(at: i + 1))) { break }
      if b == .hash && i > start && (c.bytes[i - 1] == .space || c.bytes[i - 1] == .tab) { break }
      i += 1
    }
    let end = c.trimmingTrailingSpaces(start, i)
    c.pos = end
    return ScalarToken(text: c.string(start, end), style: .plain, start: start, end: end)
  }

  /// Moves over spaces, comments and line breaks inside a flow collection, to the next character.
  ///
  /// Throws `unterminatedFlow` (at the collection's opening bracket `open`) at the end of the text, at a
  /// document marker, and at a continuation line indented no more than `parent` unless it starts with a closing
  /// bracket.
  mutating func skipFlowSpace(parent: Int, open: Int) throws(DataError) {
    while true {
      c.skipSpaces()
      if c.pos < c.lineEnd {
        guard c.startsComment(at: c.pos) else { return }
        c.pos = c.lineEnd
      }
      guard c.advanceLine(), !c.isPastEnd else {
        throw c.error(.unterminatedFlow(opener: String(UnicodeScalar(c.bytes[open]))), at: open)
      }
      var i = c.lineStart
      while i < c.lineEnd && c.bytes[i] == .space { i += 1 }
      var j = i
      while j < c.lineEnd && (c.bytes[j] == .space || c.bytes[j] == .tab) { j += 1 }
      if j == c.lineEnd || c.bytes[j] == .hash { continue }
      // A closing bracket may stand at the key's indentation, as in JSON-style layouts.
      let closes = c.bytes[i] == .closeBracket || c.bytes[i] == .closeBrace
      if (i - c.lineStart <= parent && !closes)
        || (i == c.lineStart && (isMarker("---", at: i) || isMarker("...", at: i)))
      {
        throw c.error(.unterminatedFlow(opener: String(UnicodeScalar(c.bytes[open]))), at: open)
      }
    }
  }
}

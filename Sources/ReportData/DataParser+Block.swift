import ReportText

extension DataParser {
  // MARK: - Nodes

  /// Reads the node that starts at `pos`: a block collection, a flow collection, a block scalar or a scalar.
  ///
  /// `parent` is the indentation of the collection that holds the node (-1 at the top); `depth` the number of
  /// collections open around it. A collection read here opens at the node's column, so a `- key: value` item
  /// or a `- - item` reads as YAML reads it. Ends at the start of the line after the node.
  mutating func parseBlockNode(parent: Int, depth: Int) throws(DataError) -> DataNode {
    let start = c.pos
    let column = start - c.lineStart
    switch c.bytes[start] {
    case .minus where c.isBlank(at: start + 1):
      return try parseSequence(indent: column, depth: depth + 1, isIndentless: false)
    case .openBracket, .openBrace:
      return try parseFlowOnBlockLine(parent: parent, depth: depth)
    case .pipe, .greaterThan:
      return try parseBlockScalar(parent: parent)
    default:
      let token = try readBlockToken()
      if token.colon != nil { return try parseMapping(indent: column, depth: depth + 1, first: token) }
      return scalarNode(token)
    }
  }

  /// Reads the value after `key: ` on the key's line: a scalar, a flow collection or a block scalar.
  mutating func parseInlineValue(parent: Int, depth: Int) throws(DataError) -> DataNode {
    let start = c.pos
    switch c.bytes[start] {
    case .pipe, .greaterThan:
      return try parseBlockScalar(parent: parent)
    case .openBracket, .openBrace:
      return try parseFlowOnBlockLine(parent: parent, depth: depth)
    case .minus where c.isBlank(at: start + 1):
      throw c.error(.sequenceEntryAfterKey, at: start)
    default:
      let token = try readBlockToken()
      if let colon = token.colon { throw c.error(.unexpectedColon, at: colon) }
      return scalarNode(token)
    }
  }

  /// Reads the value of a `key:` or `-` with nothing after it on its line: a node on the following, more
  /// indented lines, a sequence at the key's own indentation (`isMappingValue`), or `.null` at `nullAt`.
  mutating func parseFollowing(parent: Int, depth: Int, isMappingValue: Bool, nullAt: TextLocation)
    throws(DataError) -> DataNode
  {
    if let indent = try nextContentLine() {
      if indent > parent {
        // "回顾:" / "  年度：2024": the first key of the mapping written with a full-width colon reads as text;
        // say so on its own line, not at the next key, which would seem misindented.
        let start = c.pos
        if !lineLooksLikeKeyOrEntry(from: start), Self.fullWidthKeyEnd(c.bytes, from: start, to: c.lineEnd) != nil,
          nextLineIsKeyBelow(indent - 1, exactly: indent)
        {
          let text = String(decoding: UnsafeBufferPointer(rebasing: c.bytes[start..<c.trimmingTrailingSpaces(start, c.lineEnd)]), as: UTF8.self)
          throw c.error(
            .missingColon(text, hint: .fullWidthColon), at: start, to: c.trimmingTrailingSpaces(start, c.lineEnd))
        }
        return try parseBlockNode(parent: parent, depth: depth)
      }
      if isMappingValue && indent == parent && c.bytes[c.pos] == .minus && c.isBlank(at: c.pos + 1) {
        return try parseSequence(indent: parent, depth: depth + 1, isIndentless: true)
      }
    }
    lastShape = .other
    return DataNode(value: .null, range: nullAt..<nullAt)
  }

  /// Where a key written with a full-width colon ends ("年度：2024" → the offset of "："): up to 16 characters of a
  /// name (no spaces, quotes or punctuation) right at `start`, then "：". Nil when the line does not start so.
  static func fullWidthKeyEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
    var i = start
    var count = 0
    while i < end, count <= 16 {
      if i + 3 <= end, bytes[i] == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9A { return count > 0 ? i : nil }
      let b = bytes[i]
      if b == .space || b == .tab || b == .colon || b == 0x22 || b == 0x27 || b == .minus || b == 0x23 { return nil }
      // Chinese punctuation (，。、“”) ends a name.
      if b == 0xE3 && i + 1 < end && bytes[i + 1] == 0x80 { return nil }
      if b == 0xEF && i + 1 < end && bytes[i + 1] == 0xBC { return nil }
      i += b < 0x80 ? 1 : (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2)
      count += 1
    }
    return nil
  }

  /// Whether the next line that is not blank is indented deeper than `indent` (by `exactly` spaces, when given)
  /// and reads as `key: value`.
  func nextLineIsKeyBelow(_ indent: Int, exactly: Int? = nil) -> Bool {
    var i = c.lineEnd
    while i < c.bytes.count {
      if c.bytes[i] == 0x0A || c.bytes[i] == 0x0D {
        i += 1
        continue
      }
      var j = i
      while j < c.bytes.count, c.bytes[j] == .space { j += 1 }
      var end = j
      while end < c.bytes.count, c.bytes[end] != 0x0A { end += 1 }
      if j == end { i = end; continue }
      guard j - i > indent, exactly.map({ j - i == $0 }) ?? true else { return false }
      var k = j
      while k < end {
        if c.bytes[k] == .colon && (k + 1 >= end || c.bytes[k + 1] == .space) { return true }
        k += 1
      }
      return false
    }
    return false
  }

  /// The node of a scalar that ends its line; moves to the next line.
  mutating func scalarNode(_ token: ScalarToken) -> DataNode {
    let node = DataNode(value: .text(token.text, style: token.style), range: c.range(token.start, token.end))
    lastShape = token.style == .plain ? .plain : .other
    _ = c.advanceLine()
    return node
  }

  // MARK: - Mappings

  /// Reads a block mapping whose keys stand at column `indent`; `first` is its first key, already read.
  mutating func parseMapping(indent: Int, depth: Int, first: ScalarToken) throws(DataError) -> DataNode {
    guard depth <= Self.maximumDepth else {
      throw c.error(.tooDeep(limit: Self.maximumDepth), at: first.start, to: first.end)
    }
    levels.append(indent)
    defer { levels.removeLast() }
    let base = entryStack.count
    var lines: [String: Int] = [:]
    var token = first
    while true {
      let keyRange = c.range(token.start, token.end)
      try checkUnique(token, keyRange, base: base, lines: &lines)
      let colon = token.colon ?? token.end
      c.skipSpaces()
      let value: DataNode
      if c.pos >= c.lineEnd || c.startsComment(at: c.pos) {
        let nullAt = c.location(colon + 1)
        _ = c.advanceLine()
        value = try parseFollowing(parent: indent, depth: depth, isMappingValue: true, nullAt: nullAt)
      } else {
        value = try parseInlineValue(parent: indent, depth: depth)
      }
      entryStack.push(DataEntry(key: token.text, keyRange: keyRange, value: value))
      guard let next = try nextContentLine(), next >= indent else { break }
      if next > indent { throw misindented(next, expected: indent) }
      if c.bytes[c.pos] == .minus && c.isBlank(at: c.pos + 1) {
        throw c.error(.mixedBlock(inSequence: false), at: c.pos, to: c.trimmingTrailingSpaces(c.pos, c.lineEnd))
      }
      token = try readBlockToken()
      guard token.colon != nil else {
        throw c.error(.missingColon(token.text, hint: Self.colonHint(token.text)), at: token.start, to: token.end)
      }
    }
    lastShape = .collection(indent)
    let entries = entryStack.take(from: base)
    let last = entries[entries.count - 1]
    let end = max(last.keyRange.upperBound, last.value.range.upperBound)
    return DataNode(value: .mapping(entries), range: entries[0].keyRange.lowerBound..<end)
  }

  // MARK: - Sequences

  /// Reads a block sequence whose `-` stand at column `indent`.
  ///
  /// An indentless sequence (at the indentation of the key that holds it) ends at a line of that indentation
  /// that is not an item; any other sequence refuses such a line.
  mutating func parseSequence(indent: Int, depth: Int, isIndentless: Bool) throws(DataError) -> DataNode {
    guard depth <= Self.maximumDepth else { throw c.error(.tooDeep(limit: Self.maximumDepth), at: c.pos) }
    levels.append(indent)
    defer { levels.removeLast() }
    let start = c.location(c.pos)
    let base = itemStack.count
    while true {
      let dash = c.pos
      c.pos += 1
      var tab: Int?
      while c.pos < c.lineEnd && (c.bytes[c.pos] == .space || c.bytes[c.pos] == .tab) {
        if c.bytes[c.pos] == .tab && tab == nil { tab = c.pos }
        c.pos += 1
      }
      if c.pos >= c.lineEnd || c.startsComment(at: c.pos) {
        let nullAt = c.location(dash + 1)
        _ = c.advanceLine()
        itemStack.push(try parseFollowing(parent: indent, depth: depth, isMappingValue: false, nullAt: nullAt))
      } else {
        if let tab { throw c.error(.tabIndentation, at: tab) }
        // "- 名称：完成地区生产总值" with "  本期: …" below: the item's first key has a full-width colon.
        let start = c.pos
        if !lineLooksLikeKeyOrEntry(from: start), Self.fullWidthKeyEnd(c.bytes, from: start, to: c.lineEnd) != nil,
          nextLineIsKeyBelow(indent)
        {
          let end = c.trimmingTrailingSpaces(start, c.lineEnd)
          let text = String(decoding: UnsafeBufferPointer(rebasing: c.bytes[start..<end]), as: UTF8.self)
          throw c.error(.missingColon(text, hint: .fullWidthColon), at: start, to: end)
        }
        itemStack.push(try parseBlockNode(parent: indent, depth: depth))
      }
      guard let next = try nextContentLine(), next >= indent else { break }
      if next > indent { throw misindented(next, expected: indent) }
      if c.bytes[c.pos] == .minus && c.isBlank(at: c.pos + 1) { continue }
      if isIndentless { break }
      throw c.error(.mixedBlock(inSequence: true), at: c.pos, to: c.trimmingTrailingSpaces(c.pos, c.lineEnd))
    }
    lastShape = .collection(indent)
    let items = itemStack.take(from: base)
    return DataNode(value: .sequence(items), range: start..<items[items.count - 1].range.upperBound)
  }
}

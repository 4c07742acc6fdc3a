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
      if indent > parent { return try parseBlockNode(parent: parent, depth: depth) }
      if isMappingValue && indent == parent && c.bytes[c.pos] == .minus && c.isBlank(at: c.pos + 1) {
        return try parseSequence(indent: parent, depth: depth + 1, isIndentless: true)
      }
    }
    lastShape = .other
    return DataNode(value: .null, range: nullAt..<nullAt)
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

import ReportText

/// The reader of data files written in JSON (RFC 8259), strictly.
///
/// A text whose first character other than whitespace is `{` or `[` is JSON. Numbers, `true` and `false` stay
/// the text written, with style `.jsonLiteral`; `null` is `.null`. Object keys must be unique (as in YAML
/// files). Comments, trailing commas, single quotes, unquoted keys, leading zeros (`010`) and raw control
/// characters in strings are errors, each located with what was expected there. Nesting is bounded by
/// `DataParser.maximumDepth`, so a deep `[[[[…` is an error, never a stack overflow.
struct JSONDataParser {
  var c: SourceCursor
  /// The members of the objects being read, innermost last (see `DataParser.entryStack`).
  var entryStack = ScratchStack<DataEntry>()
  /// The elements of the arrays being read, innermost last.
  var itemStack = ScratchStack<DataNode>()

  init(cursor: SourceCursor) {
    self.c = cursor
  }

  /// Whether the first character other than whitespace is `{` or `[`.
  static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in bytes {
      switch b {
      case .space, .tab, .newline, .carriageReturn: continue
      case .openBrace, .openBracket: return true
      default: return false
      }
    }
    return false
  }

  /// Reads the one value of the text; only whitespace may follow it.
  mutating func parseDocument() throws(DataError) -> DataNode {
    skipWhitespace()
    let root = try parseValue(depth: 0)
    skipWhitespace()
    if c.pos < c.bytes.count { throw invalid("文件结尾（顶层只能有一个值）") }
    return root
  }

  // MARK: - Values

  mutating func parseValue(depth: Int) throws(DataError) -> DataNode {
    guard c.pos < c.lineEnd else { throw invalid("一个值") }
    switch c.bytes[c.pos] {
    case .openBrace, .openBracket:
      return try parseContainer(depth: depth)
    case .doubleQuote:
      let (text, start, end) = try readString()
      return DataNode(value: .text(text, style: .doubleQuoted), range: c.range(start, end))
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      return try readLiteral()
    case .minus, 0x30...0x39:
      return try readNumber()
    default:
      throw invalid("一个值（对象、数组、字符串、数字、true、false 或 null）")
    }
  }

  /// Reads an object or array at `pos`.
  mutating func parseContainer(depth: Int) throws(DataError) -> DataNode {
    let open = c.pos
    guard depth < DataParser.maximumDepth else {
      throw c.error(.tooDeep(limit: DataParser.maximumDepth), at: open)
    }
    let isObject = c.bytes[open] == .openBrace
    let closer: UInt8 = isObject ? .closeBrace : .closeBracket
    let closerName = isObject ? "“,”或“}”" : "“,”或“]”"
    let start = c.location(open)
    c.pos += 1
    skipWhitespace()
    let itemBase = itemStack.count
    let entryBase = entryStack.count
    var lines: [String: Int] = [:]
    if c.pos < c.lineEnd && c.bytes[c.pos] == closer {
      c.pos += 1
    } else {
      while true {
        if isObject {
          entryStack.push(try parseMember(depth: depth, lines: &lines))
        } else {
          itemStack.push(try parseValue(depth: depth + 1))
        }
        skipWhitespace()
        guard c.pos < c.lineEnd else { throw invalid(closerName) }
        let b = c.bytes[c.pos]
        c.pos += 1
        if b == closer { break }
        guard b == .comma else {
          c.pos -= 1
          throw invalid(closerName)
        }
        skipWhitespace()
      }
    }
    let end = c.location(c.pos)
    let value: DataNode.Value
    if isObject {
      value = .mapping(entryStack.take(from: entryBase))
    } else {
      value = .sequence(itemStack.take(from: itemBase))
    }
    return DataNode(value: value, range: start..<end)
  }

  /// Reads one `"key": value` member of an object.
  mutating func parseMember(depth: Int, lines: inout [String: Int]) throws(DataError) -> DataEntry {
    guard c.pos < c.lineEnd && c.bytes[c.pos] == .doubleQuote else { throw invalid("键（用双引号括起来的字符串）") }
    let (key, start, end) = try readString()
    let keyRange = c.range(start, end)
    if let firstLine = lines[key] {
      throw DataError(kind: .duplicateKey(key, firstLine: firstLine), range: keyRange, path: c.path)
    }
    lines[key] = keyRange.lowerBound.line
    skipWhitespace()
    guard c.pos < c.lineEnd && c.bytes[c.pos] == .colon else { throw invalid("“:”") }
    c.pos += 1
    skipWhitespace()
    let value = try parseValue(depth: depth + 1)
    return DataEntry(key: key, keyRange: keyRange, value: value)
  }

  // MARK: - Scalars

  /// Reads `true`, `false` or `null`.
  mutating func readLiteral() throws(DataError) -> DataNode {
    let start = c.pos
    for word in ["true", "false", "null"] where matches(word) {
      c.pos += word.utf8.count
      let range = c.range(start, c.pos)
      return DataNode(value: word == "null" ? .null : .text(word, style: .jsonLiteral), range: range)
    }
    throw invalid("一个值（对象、数组、字符串、数字、true、false 或 null）")
  }

  func matches(_ word: String) -> Bool {
    var i = c.pos
    for b in word.utf8 {
      guard i < c.lineEnd && c.bytes[i] == b else { return false }
      i += 1
    }
    return true
  }

  /// Reads a number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
  mutating func readNumber() throws(DataError) -> DataNode {
    let start = c.pos
    if c.byte(at: c.pos) == .minus { c.pos += 1 }
    guard isDigit(c.byte(at: c.pos)) else { throw invalid("数字") }
    if c.bytes[c.pos] == 0x30 && isDigit(c.byte(at: c.pos + 1)) {
      throw invalid("数字（JSON 的数字不能以 0 开头，如 010；要保留原样请加双引号）")
    }
    skipDigits()
    if c.byte(at: c.pos) == .dot {
      c.pos += 1
      guard isDigit(c.byte(at: c.pos)) else { throw invalid("小数点后的数字") }
      skipDigits()
    }
    if c.byte(at: c.pos) | 0x20 == UInt8(ascii: "e") {
      c.pos += 1
      if c.byte(at: c.pos) == .plus || c.byte(at: c.pos) == .minus { c.pos += 1 }
      guard isDigit(c.byte(at: c.pos)) else { throw invalid("指数的数字") }
      skipDigits()
    }
    let text = c.string(start, c.pos)
    return DataNode(value: .text(text, style: .jsonLiteral), range: c.range(start, c.pos))
  }

  func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  mutating func skipDigits() {
    while isDigit(c.byte(at: c.pos)) { c.pos += 1 }
  }

  // MARK: - Whitespace and errors

  /// Moves over spaces, tabs and line breaks.
  mutating func skipWhitespace() {
    while true {
      c.skipSpaces()
      if c.pos < c.lineEnd { return }
      guard c.advanceLine(), !c.isPastEnd else {
        c.pos = c.bytes.count
        return
      }
    }
  }

  /// The error for invalid JSON at `pos`: `expected` was needed there.
  func invalid(_ expected: String) -> DataError {
    let found = c.pos < c.lineEnd ? c.token(at: c.pos) : (c.pos >= c.bytes.count ? "文件结尾" : "行尾")
    return c.error(.invalidJSON(expected: expected, found: found), at: c.pos)
  }
}

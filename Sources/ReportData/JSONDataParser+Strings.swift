import ReportText

extension JSONDataParser {
  /// Reads the string whose opening quote is at `pos`; returns its text and the offsets of its opening quote
  /// and of the byte after its closing quote. `pos` ends after the closing quote.
  ///
  /// A string must close on its line (JSON has no raw line breaks in strings); control characters must be
  /// escaped; escapes are those of RFC 8259, with `\uXXXX\uXXXX` surrogate pairs joined.
  mutating func readString() throws(DataError) -> (String, Int, Int) {
    let open = c.pos
    var i = open + 1
    var segment = i
    var buffer: [UInt8]?
    while true {
      guard i < c.lineEnd else { throw c.error(.unterminatedQuote(.double), at: open, to: c.lineEnd) }
      let b = c.bytes[i]
      if b == .doubleQuote { break }
      if b < 0x20 {
        let name = b == .tab ? "制表符" : "控制字符 U+00" + String(b, radix: 16, uppercase: true)
        let kind = DataError.Kind.invalidJSON(expected: "转义写法（如制表符写成 \\t）", found: name)
        throw c.error(kind, at: i)
      }
      if b == .backslash {
        if buffer == nil { buffer = [] }
        buffer!.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[segment..<i]))
        i = try appendEscape(at: i, to: &buffer!, open: open)
        segment = i
        continue
      }
      i += 1
    }
    let text = c.quotedText(buffer, segment: segment, end: i)
    c.pos = i + 1
    return (text, open, i + 1)
  }

  /// Decodes the JSON escape at `offset` (a backslash) into `buffer`; returns the offset after it.
  func appendEscape(at offset: Int, to buffer: inout [UInt8], open: Int) throws(DataError) -> Int {
    guard offset + 1 < c.lineEnd else { throw c.error(.unterminatedQuote(.double), at: open, to: c.lineEnd) }
    let e = c.bytes[offset + 1]
    let simple: UInt8?
    switch e {
    case .doubleQuote, .backslash, UInt8(ascii: "/"): simple = e
    case UInt8(ascii: "b"): simple = 8
    case UInt8(ascii: "f"): simple = 12
    case UInt8(ascii: "n"): simple = 10
    case UInt8(ascii: "r"): simple = 13
    case UInt8(ascii: "t"): simple = 9
    case UInt8(ascii: "u"): simple = nil
    default:
      let length = UTF8Bytes.decode(c.bytes, at: offset + 1).1
      throw c.error(.invalidEscape(c.string(offset, offset + 1 + length)), at: offset, to: offset + 1 + length)
    }
    if let simple {
      buffer.append(simple)
      return offset + 2
    }
    var end = offset + 6
    guard var value = c.hexValue(at: offset + 2, digits: 4) else {
      let stop = min(end, c.lineEnd)
      throw c.error(.invalidEscape(c.string(offset, stop)), at: offset, to: stop)
    }
    (value, end) = c.surrogatePair(value, end: end)
    guard let scalar = Unicode.Scalar(value) else {
      throw c.error(.invalidEscape(c.string(offset, end)), at: offset, to: end)
    }
    UTF8.encode(scalar) { buffer.append($0) }
    return end
  }
}

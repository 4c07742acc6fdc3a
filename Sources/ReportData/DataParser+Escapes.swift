import ReportText

extension DataParser {
  /// Decodes the escape at `offset` (a backslash) into `buffer`; returns the offset after it.
  func appendEscape(at offset: Int, to buffer: inout [UInt8], open: Int) throws(DataError) -> Int {
    guard offset + 1 < c.lineEnd else { throw c.error(.unterminatedQuote(.double), at: open, to: c.lineEnd) }
    let e = c.bytes[offset + 1]
    var hexDigits = 0
    var value: UInt32 = 0
    switch e {
    case UInt8(ascii: "0"): value = 0
    case UInt8(ascii: "a"): value = 7
    case UInt8(ascii: "b"): value = 8
    case UInt8(ascii: "t"), .tab: value = 9
    case UInt8(ascii: "n"): value = 10
    case UInt8(ascii: "v"): value = 11
    case UInt8(ascii: "f"): value = 12
    case UInt8(ascii: "r"): value = 13
    case UInt8(ascii: "e"): value = 27
    case .space, .doubleQuote, UInt8(ascii: "/"), .backslash: value = UInt32(e)
    case UInt8(ascii: "N"): value = 0x85
    case UInt8(ascii: "_"): value = 0xA0
    case UInt8(ascii: "L"): value = 0x2028
    case UInt8(ascii: "P"): value = 0x2029
    case UInt8(ascii: "x"): hexDigits = 2
    case UInt8(ascii: "u"): hexDigits = 4
    case UInt8(ascii: "U"): hexDigits = 8
    default:
      let length = UTF8Bytes.decode(c.bytes, at: offset + 1).1
      throw c.error(.invalidEscape(c.string(offset, offset + 1 + length)), at: offset, to: offset + 1 + length)
    }
    var end = offset + 2
    if hexDigits > 0 {
      guard let hex = c.hexValue(at: end, digits: hexDigits) else {
        let stop = min(end + hexDigits, c.lineEnd)
        throw c.error(.invalidEscape(c.string(offset, stop)), at: offset, to: stop)
      }
      value = hex
      end += hexDigits
      // A UTF-16 surrogate pair written as two \u escapes, as JSON writes characters beyond U+FFFF.
      if hexDigits == 4 { (value, end) = c.surrogatePair(value, end: end) }
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw c.error(.invalidEscape(c.string(offset, end)), at: offset, to: end)
    }
    UTF8.encode(scalar) { buffer.append($0) }
    return end
  }
}

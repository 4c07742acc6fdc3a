/// Character classes of Chinese text: ideographs, full-width and half-width punctuation, and whitespace.
///
/// All tests work on single `Unicode.Scalar`s and are constant time; the trimming helpers work on UTF-8 bytes.
public enum CharacterClass {
  // MARK: - Ideographs

  /// Whether `scalar` is a CJK ideograph: the unified ideographs (U+4E00–U+9FFF and extensions A–I), the
  /// compatibility ideographs, and 〇 (U+3007, ideographic number zero).
  @inline(__always)
  public static func isCJKIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3007, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x30000...0x323AF: true
    default: false
    }
  }

  // MARK: - Punctuation

  /// Full-width punctuation paired with its half-width counterpart, where one exists.
  ///
  /// The Chinese quotation marks “” and ‘’ both map to the straight ASCII quotes.
  static let fullToHalf: [UInt32: Unicode.Scalar] = [
    0xFF0C: ",", 0x3002: ".", 0xFF0E: ".", 0xFF1B: ";", 0xFF1A: ":", 0xFF1F: "?", 0xFF01: "!",
    0xFF08: "(", 0xFF09: ")", 0x201C: "\"", 0x201D: "\"", 0x2018: "'", 0x2019: "'",
    0xFF3B: "[", 0xFF3D: "]", 0x3010: "[", 0x3011: "]", 0xFF5B: "{", 0xFF5D: "}",
    0xFF1C: "<", 0xFF1E: ">", 0x300A: "<", 0x300B: ">", 0x3008: "<", 0x3009: ">",
    0xFF5E: "~", 0xFF0D: "-", 0xFF0F: "/", 0xFF3C: "\\", 0xFF05: "%", 0xFF03: "#", 0xFF06: "&",
    0xFF0A: "*", 0xFF0B: "+", 0xFF1D: "=", 0xFF5C: "|", 0xFF20: "@", 0xFF02: "\"", 0xFF07: "'",
    0x2014: "-", 0x2026: ".", 0x3001: ",",
  ]

  /// Half-width punctuation with one unambiguous full-width counterpart (quotes are left out: “ or ” depends on
  /// where the quote stands).
  static let halfToFull: [UInt32: Unicode.Scalar] = [
    0x2C: "，", 0x2E: "。", 0x3B: "；", 0x3A: "：", 0x3F: "？", 0x21: "！", 0x28: "（", 0x29: "）",
    0x5B: "【", 0x5D: "】", 0x7E: "～", 0x25: "％",
  ]

  /// Whether `scalar` is full-width (Chinese) punctuation: ，。；：？！（）“”‘’、《》〈〉【】〔〕「」『』——……·～ and
  /// the full-width forms of ASCII punctuation (U+FF01–U+FF0F, U+FF1A–U+FF20, U+FF3B–U+FF40, U+FF5B–U+FF65).
  public static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0x3030, 0x303D: return true
    case 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x30FB: return true
    case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
    case 0xFE10...0xFE19, 0xFE30...0xFE4F: return true
    default: return false
    }
  }

  /// Whether `scalar` is ASCII punctuation: , . ; : ? ! ( ) " ' [ ] { } < > - ~ / \ % # & * + = | @ ^ _ ` $.
  public static func isHalfWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
    default: false
    }
  }

  /// The ASCII counterpart of full-width punctuation (，→ , and “ → "), or `nil` when there is none.
  public static func halfWidthCounterpart(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    fullToHalf[scalar.value]
  }

  /// The full-width counterpart of ASCII punctuation (, → ，), or `nil` when there is none or it is ambiguous
  /// (the straight quotes " and ' become “” or ‘’ depending on position; - may be a hyphen or a dash).
  public static func fullWidthCounterpart(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    halfToFull[scalar.value]
  }

  // MARK: - Whitespace

  /// Whether `scalar` is whitespace in a report: the Unicode white space characters — ASCII space, tab, line
  /// ends, U+00A0 (no-break space), U+3000 (ideographic space, the "　　" of paragraph indents), U+2000–U+200A,
  /// U+202F, U+205F — and the invisible U+200B (zero-width space) and U+FEFF (byte-order mark) that editors leave.
  @inline(__always)
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      true
    default: false
    }
  }

  /// The part of `range` of UTF-8 `bytes` left after dropping whitespace (see `isWhitespace(_:)`) at both ends.
  ///
  /// Strips "　　" indents and trailing spaces of a line without making a `String`. Linear in the whitespace
  /// removed; an all-whitespace range becomes empty at its upper bound.
  public static func trimmingWhitespace(_ bytes: [UInt8], in range: Range<Int>) -> Range<Int> {
    bytes.withUnsafeBufferPointer { trimmingWhitespace($0, in: range) }
  }

  /// `trimmingWhitespace(_:in:)` over a buffer.
  public static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Range<Int> {
    let lower = max(0, range.lowerBound)
    let upper = min(bytes.count, range.upperBound)
    guard lower < upper else { return upper..<upper }
    var end = upper
    while end > lower {
      let start = UTF8Bytes.scalarStart(before: end, in: bytes, lowerBound: lower)
      let (scalar, _) = UTF8Bytes.decode(bytes, at: start)
      guard isWhitespace(scalar) else { break }
      end = start
    }
    var begin = lower
    while begin < end {
      let (scalar, length) = UTF8Bytes.decode(bytes, at: begin)
      guard isWhitespace(scalar) else { break }
      begin += length
    }
    return begin..<end
  }

  /// The offset after the whitespace that starts `range` of UTF-8 `bytes` (the end of a line's indent).
  public static func leadingWhitespaceEnd(_ bytes: [UInt8], in range: Range<Int>) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var begin = max(0, range.lowerBound)
      let upper = min(buffer.count, range.upperBound)
      while begin < upper {
        let (scalar, length) = UTF8Bytes.decode(buffer, at: begin)
        guard isWhitespace(scalar), begin + length <= upper else { break }
        begin += length
      }
      return min(begin, upper)
    }
  }

  /// A string without the whitespace (see `isWhitespace(_:)`) at either end.
  public static func trimmingWhitespace(_ text: some StringProtocol) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

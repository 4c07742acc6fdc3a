/// Byte-level helpers for scanning UTF-8 text without building `String`s on the hot path.
///
/// Every function here is linear in the bytes it looks at; the pattern searches are bounded by a
/// window so that a cue search costs the same on a 50 MB line as on a 50-byte one.
enum ByteText {
  /// Decodes the scalar that starts at `i`; returns its value and its length in bytes.
  /// An invalid or truncated sequence decodes as U+FFFD of length 1, so scanning always advances.
  @inline(__always)
  static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 & 0xE0 == 0xC0, i + 1 < end, p[i + 1] & 0xC0 == 0x80 {
      return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
    }
    if b0 & 0xF0 == 0xE0, i + 2 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
      return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
    }
    if b0 & 0xF8 == 0xF0, i + 3 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
      let v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
      return (v, 4)
    }
    return (0xFFFD, 1)
  }

  /// True when the bytes at `i` start with `pattern`.
  @inline(__always)
  static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, _ pattern: [UInt8]) -> Bool {
    if end - i < pattern.count { return false }
    var k = 0
    while k < pattern.count {
      if p[i + k] != pattern[k] { return false }
      k += 1
    }
    return true
  }

  /// The offset of the first occurrence of `pattern` in `start..<min(end, start + window)`, or nil.
  static func find(
    _ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, window: Int = Int.max, _ pattern: [UInt8]
  ) -> Int? {
    guard let first = pattern.first else { return start }
    let limit = window == Int.max ? end : min(end, start &+ window)
    var i = start
    while i + pattern.count <= limit {
      if p[i] == first && hasPrefix(p, at: i, end: end, pattern) { return i }
      i += 1
    }
    return nil
  }

  /// True when the bytes before `end` (and after `start`) end with `pattern`.
  static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ pattern: [UInt8]) -> Bool {
    end - start >= pattern.count && hasPrefix(p, at: end - pattern.count, end: end, pattern)
  }

  /// Whitespace that may indent or pad a line: ASCII space and tab, U+3000, U+00A0, U+FEFF, U+2002–U+200B.
  @inline(__always)
  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x20, 0x09, 0x0B, 0x0C, 0x3000, 0xA0, 0xFEFF, 0x2002...0x200B: true
    default: false
    }
  }

  /// The value of a Chinese numeral digit (〇 零 一 … 九 两), or nil.
  @inline(__always)
  static func hanziDigit(_ scalar: UInt32) -> Int? {
    switch scalar {
    case 0x3007, 0x96F6: 0  // 〇 零
    case 0x4E00: 1  // 一
    case 0x4E8C, 0x4E24: 2  // 二 两
    case 0x4E09: 3  // 三
    case 0x56DB: 4  // 四
    case 0x4E94: 5  // 五
    case 0x516D: 6  // 六
    case 0x4E03: 7  // 七
    case 0x516B: 8  // 八
    case 0x4E5D: 9  // 九
    default: nil
    }
  }

  /// The value of a Chinese numeral of one to three scalars (一 … 九十九), or nil.
  static func hanziNumber(_ scalars: [UInt32]) -> Int? {
    let ten: UInt32 = 0x5341  // 十
    switch scalars.count {
    case 1:
      if scalars[0] == ten { return 10 }
      return hanziDigit(scalars[0]).flatMap { $0 == 0 ? nil : $0 }
    case 2:
      if scalars[0] == ten, let d = hanziDigit(scalars[1]), d > 0 { return 10 + d }
      if scalars[1] == ten, let d = hanziDigit(scalars[0]), d > 1 { return d * 10 }
      return nil
    case 3:
      if scalars[1] == ten, let a = hanziDigit(scalars[0]), let b = hanziDigit(scalars[2]), a > 1, b > 0 {
        return a * 10 + b
      }
      return nil
    default:
      return nil
    }
  }
}

extension Array where Element == UInt8 {
  /// The UTF-8 bytes of a string literal, for cue tables.
  init(utf8 string: String) { self = Array(string.utf8) }
}

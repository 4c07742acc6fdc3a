import Foundation
import ReportText

// MARK: - Byte helpers shared by the wording, number and punctuation rules

/// Scalar-level helpers over the UTF-8 bytes of a source text; all constant time except where noted.
enum RuleBytes {
  /// The scalar starting at `i`, if `i` is inside `bytes`.
  static func scalar(_ bytes: [UInt8], at i: Int) -> Unicode.Scalar? {
    decode(bytes, at: i)?.0
  }

  /// The scalar starting at `i` and its length in bytes.
  static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
    guard i >= 0, i < bytes.count else { return nil }
    let b0 = bytes[i]
    let length: Int
    var value: UInt32
    switch b0 {
    case 0..<0x80: return (Unicode.Scalar(b0), 1)
    case 0xC0..<0xE0:
      length = 2
      value = UInt32(b0 & 0x1F)
    case 0xE0..<0xF0:
      length = 3
      value = UInt32(b0 & 0x0F)
    case 0xF0..<0xF8:
      length = 4
      value = UInt32(b0 & 0x07)
    default: return nil
    }
    guard i + length <= bytes.count else { return nil }
    for k in 1..<length {
      let b = bytes[i + k]
      guard b & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(b & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, length) }
  }

  /// The start of the scalar that ends at `i`.
  static func start(_ bytes: [UInt8], before i: Int) -> Int? {
    guard i > 0, i <= bytes.count else { return nil }
    var j = i - 1
    while j > 0, bytes[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
    return j
  }

  /// The scalar that ends at `i`.
  static func scalar(_ bytes: [UInt8], before i: Int) -> Unicode.Scalar? {
    start(bytes, before: i).flatMap { scalar(bytes, at: $0) }
  }

  /// A CJK ideograph or full-width punctuation.
  static func isChinese(_ s: Unicode.Scalar) -> Bool {
    CharacterClass.isCJKIdeograph(s) || CharacterClass.isFullWidthPunctuation(s)
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
  }

  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }

  /// Whether `i` is inside a run of non-space ASCII that looks like a URL or an e-mail address: it holds
  /// "://", "www." (any case) or "@".
  static func isInURL(_ bytes: [UInt8], at i: Int) -> Bool {
    var lo = i
    while lo > 0, bytes[lo - 1] > 0x20, bytes[lo - 1] < 0x80, i - lo < 300 { lo -= 1 }
    var hi = i
    while hi < bytes.count, bytes[hi] > 0x20, bytes[hi] < 0x80, hi - i < 300 { hi += 1 }
    var k = lo
    while k < hi {
      let b = bytes[k]
      if b == 0x40 { return true }
      if b == 0x3A, k + 2 < hi, bytes[k + 1] == 0x2F, bytes[k + 2] == 0x2F { return true }
      if b | 0x20 == 0x77, k + 3 < hi, bytes[k + 1] | 0x20 == 0x77, bytes[k + 2] | 0x20 == 0x77, bytes[k + 3] == 0x2E {
        return true
      }
      k += 1
    }
    return false
  }

  /// The start offsets of every occurrence of `pattern` in `bytes`, without overlaps.
  ///
  /// The C library's `memchr` (many bytes per step) finds each place of the pattern's last byte, which for a
  /// Chinese word is a continuation byte met at about one byte in a hundred; only those places are compared.
  static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard let last = pattern.last, pattern.count <= bytes.count else { return [] }
    var result: [Int] = []
    bytes.withUnsafeBufferPointer { text in
      pattern.withUnsafeBufferPointer { p in
        guard let base = text.baseAddress else { return }
        let k = p.count - 1
        var i = k  // where the last byte is looked for from
        while i < text.count, let found = memchr(base + i, Int32(last), text.count - i) {
          let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          let start = end - k
          var equal = true
          for j in 0..<k where text[start + j] != p[j] {
            equal = false
            break
          }
          if equal {
            result.append(start)
            i = end + 1 + k
          } else {
            i = end + 1
          }
        }
      }
    }
    return result
  }

  /// Whether `pattern` occurs at `i`.
  static func matches(_ pattern: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
    i >= 0 && i + pattern.count <= bytes.count && bytes[i..<i + pattern.count].elementsEqual(pattern)
  }

  /// The sentence around `i`: from after the previous 。；！？ or line start to the next one or line end.
  static func sentence(_ bytes: [UInt8], around i: Int) -> Range<Int> {
    bytes.withUnsafeBufferPointer { b in
      // Every sentence end is three bytes ending in 82 (。), 9B (；), 81 (！) or 9F (？): test the last byte
      // first, the whole mark only then.
      var lo = i
      while lo > 0 {
        let c = b[lo - 1]
        if c == 0x0A { break }
        if c == 0x82 || c == 0x9B || c == 0x81 || c == 0x9F, lo >= 3, isSentenceEnd(b[lo - 3], b[lo - 2], c) { break }
        lo -= 1
      }
      var hi = i
      while hi < b.count {
        let c = b[hi]
        if c == 0x0A { break }
        if c == 0xE3 || c == 0xEF, hi + 3 <= b.count, isSentenceEnd(c, b[hi + 1], b[hi + 2]) { break }
        hi += 1
      }
      return lo..<hi
    }
  }

  /// Whether a sentence stop (。；！？) starts at `i`.
  static func isSentenceStop(_ bytes: [UInt8], at i: Int) -> Bool {
    i + 3 <= bytes.count && isSentenceEnd(bytes[i], bytes[i + 1], bytes[i + 2])
  }

  /// 。 is E3 80 82; ；！？ are EF BC 9B, 81, 9F.
  private static func isSentenceEnd(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
    (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x9B || c == 0x81 || c == 0x9F))
  }
}

/// Where the configured local terms stand in the text: findings inside them are not reported.
struct LocalTermRanges {
  private var ranges: [Range<Int>] = []

  init(_ context: LintContext) {
    for term in context.localTerms where !term.isEmpty {
      let pattern = Array(term.utf8)
      for start in RuleBytes.occurrences(of: pattern, in: context.source.bytes) {
        ranges.append(start..<start + pattern.count)
      }
    }
  }

  /// Whether `range` overlaps a local term.
  func covers(_ range: Range<Int>) -> Bool {
    ranges.contains { $0.overlaps(range) || ($0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound) }
  }
}

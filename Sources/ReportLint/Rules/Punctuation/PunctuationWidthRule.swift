import Foundation
import ReportText

/// 中文语句中的半角标点：汉字之间的 , ; : ? ! ( ) 应改为全角。
///
/// 标点前后至少一边是汉字（或全角标点）时，半角的逗号、分号、冒号、问号、叹号和圆括号应写成全角：
/// "产值17.1亿元,同比增长5%" 应为 "产值17.1亿元，同比增长5%"。数字中的分节号（1,250）、时刻（8:30）、
/// 网址和英文中的标点不报告；圆括号成对判断（"v1.5(beta)已上线"不报告，"生产总值(GDP)"两个都报告）。修正：换成对应的全角标点。
public struct PunctuationWidthRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.width",
    summary: "中文语句中的半角逗号、分号、冒号、问号、叹号和圆括号应改为全角。",
    defaultSeverity: .warning,
    triggering: ["全镇完成地区生产总值17.1亿元,同比增长5.2%。", "主要做法:一是抓党建;二是抓发展。", "(一)加强基层治理"],
    nonTriggering: [
      "全镇共有人口1,250人，8:30准时开会。", "详见网址https://www.example.gov.cn/a,b;c。", "他说“Hello, world!”后离开。",
      "（一）加强基层治理",
    ],
    hasFix: true)

  /// Full-width closing marks after which a half-width mark is still in Chinese text.
  private static let closers: Set<Unicode.Scalar> = ["”", "’", "）", "》", "】", "」"]

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    for i in bytes.indices {
      let b = bytes[i]
      guard b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x28 || b == 0x29 else { continue }
      let prev = RuleBytes.scalar(bytes, before: i)
      let next = RuleBytes.scalar(bytes, at: i + 1)
      let prevChinese = prev.map { CharacterClass.isCJKIdeograph($0) || Self.closers.contains($0) } ?? false
      let nextChinese = next.map(CharacterClass.isCJKIdeograph) ?? false
      guard prevChinese || nextChinese else { continue }
      if let p = prev, let n = next, RuleBytes.isDigit(p), RuleBytes.isDigit(n) { continue }
      if RuleBytes.isInURL(bytes, at: i) || terms.covers(i..<i + 1) { continue }
      // A closing parenthesis goes with its opening one: "v1.5(beta)已上线" has neither in Chinese text.
      if b == 0x29, !prevChinese, let open = openingParenthesis(bytes, before: i) {
        let beforeOpen = RuleBytes.scalar(bytes, before: open)
        if !(beforeOpen.map { CharacterClass.isCJKIdeograph($0) || Self.closers.contains($0) } ?? false) { continue }
      }
      // Markdown links and images: "](" and "![".
      if b == 0x28, prev == "]" { continue }
      if b == 0x21, next == "[" { continue }
      let half = Unicode.Scalar(b)
      guard let full = CharacterClass.fullWidthCounterpart(of: half) else { continue }
      findings.append(
        finding(
          context, i..<i + 1, "中文语句中使用了半角标点“\(half)”，应改为全角“\(full)”。",
          fix: Fix(replacing: i..<i + 1, with: String(full), summary: "把“\(half)”改为全角“\(full)”")))
    }
  }
}

extension PunctuationWidthRule {
  /// The "(" that an ASCII-only parenthesised span closed at `i` opens with, on the same line, within 200 bytes.
  fileprivate func openingParenthesis(_ bytes: [UInt8], before i: Int) -> Int? {
    var j = i - 1
    while j >= 0, i - j <= 200, bytes[j] < 0x80, bytes[j] != 0x0A {
      if bytes[j] == 0x28 { return j }
      j -= 1
    }
    return nil
  }
}

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

  /// Whether `i` is inside a run of non-space ASCII that looks like a URL or an e-mail address.
  static func isInURL(_ bytes: [UInt8], at i: Int) -> Bool {
    var lo = i
    while lo > 0, bytes[lo - 1] > 0x20, bytes[lo - 1] < 0x80, i - lo < 300 { lo -= 1 }
    var hi = i
    while hi < bytes.count, bytes[hi] > 0x20, bytes[hi] < 0x80, hi - i < 300 { hi += 1 }
    let run = bytes[lo..<hi]
    let text = String(decoding: run, as: UTF8.self).lowercased()
    return text.contains("://") || text.contains("www.") || text.contains("@")
  }

  /// The start offsets of every occurrence of `pattern` in `bytes`, without overlaps.
  ///
  /// Wording rules call this for every table entry on the whole text, so it works on raw buffers with
  /// `memchr` and `memcmp`; element-wise slices were most of a lint's time in a debug build.
  static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard let first = pattern.first, pattern.count <= bytes.count else { return [] }
    var result: [Int] = []
    bytes.withUnsafeBufferPointer { hay in
      pattern.withUnsafeBufferPointer { needle in
        guard let h = hay.baseAddress, let n = needle.baseAddress else { return }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
          guard let hit = memchr(h + i, Int32(first), last - i + 1) else { break }
          let p = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(h + p, n, needle.count) == 0 {
            result.append(p)
            i = p + needle.count
          } else {
            i = p + 1
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
    var lo = i
    while lo > 0, bytes[lo - 1] != 0x0A, !endsSentence(bytes, before: lo) { lo -= 1 }
    var hi = i
    while hi < bytes.count, bytes[hi] != 0x0A, !startsSentenceEnd(bytes, at: hi) { hi += 1 }
    return lo..<hi
  }

  private static let sentenceEnds: [[UInt8]] = ["。", "；", "！", "？"].map { Array($0.utf8) }

  private static func endsSentence(_ bytes: [UInt8], before i: Int) -> Bool {
    i >= 3 && sentenceEnds.contains { matches($0, in: bytes, at: i - 3) }
  }

  private static func startsSentenceEnd(_ bytes: [UInt8], at i: Int) -> Bool {
    sentenceEnds.contains { matches($0, in: bytes, at: i) }
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

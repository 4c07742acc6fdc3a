/// Finds every quantity in a text in one linear pass over its UTF-8 bytes.
///
/// A quantity is a number — ASCII or full-width digits with grouping commas ("1,250") and a decimal point —
/// with what stands around it: a leading qualifier (约, 近, 超过, …), 多 or 余, a magnitude word (万, 亿, …), a
/// unit from the table in `QuantityUnit` (longest spelling first), a range ("1-6月", "10～20%"), and a trailing
/// qualifier (以上, 左右, …). Byte ranges are offsets into the scanned bytes.
///
/// Numbers glued to Latin letters ("G20", "5G") are names and are skipped, as are dates and codes written with
/// dashes or dots ("2024-01-15", "0571-8888", "1.2.3"). Chinese numerals are read only when
/// `readsChineseNumerals` is set, and then only with a unit and not after 第 ("六件", "三个"): the plain text of a
/// report holds too many 一个 and 一年 to read them by default.
///
/// ```swift
/// let quantities = QuantityScanner.scan(SourceText(path: "a.txt", string: "全年接待游客超35万人次。"))
/// quantities[0].leadingQualifier  // .over
/// quantities[0].unit?.text        // "人次"
/// ```
public struct QuantityScanner: Sendable {
  /// Whether to read Chinese numerals followed by a unit ("六件", "三个", "二十多家").
  public var readsChineseNumerals: Bool

  public init(readsChineseNumerals: Bool = false) {
    self.readsChineseNumerals = readsChineseNumerals
  }

  /// The quantities in `range` of UTF-8 `bytes`, in order, with offsets into `bytes`.
  ///
  /// Qualifiers are looked for only inside `range`, so scanning a line finds the same quantities as scanning the
  /// whole text.
  public func scan(_ bytes: [UInt8], in range: Range<Int>) -> [Quantity] {
    bytes.withUnsafeBufferPointer { buffer in
      let lower = max(0, range.lowerBound)
      let upper = min(buffer.count, range.upperBound)
      guard lower < upper else { return [] }
      let lexer = QuantityLexer(
        bytes: buffer, lowerBound: lower, upperBound: upper, readsChineseNumerals: readsChineseNumerals,
        requiresUnitAfterChineseNumeral: true)
      var found: [Quantity] = []
      var i = lower
      while i < upper {
        let b = buffer[i]
        // Only digits, minus signs and (with Chinese numerals) lead bytes of CJK characters can start a number;
        // ideographs (lead bytes E4–E9) only when Chinese numerals are read.
        if b >= 0xE4 && b <= 0xE9 && !readsChineseNumerals && i + 2 < upper && buffer[i + 1] & 0xC0 == 0x80
          && buffer[i + 2] & 0xC0 == 0x80
        {
          i += 3
          continue
        }
        if b < 0x2D || (b > 0x39 && b < 0xE2) || (b >= 0x80 && b < 0xC0) {
          i += 1
          continue
        }
        guard lexer.startsNumber(at: i) else {
          i += 1
          continue
        }
        switch lexer.lex(at: i) {
        case .quantity(let quantity, let next):
          found.append(quantity)
          i = max(next, i + 1)
        case .skip(let next):
          i = max(next, i + 1)
        }
      }
      return found
    }
  }

  /// The quantities in UTF-8 `bytes`.
  public func scan(_ bytes: [UInt8]) -> [Quantity] {
    scan(bytes, in: 0..<bytes.count)
  }

  /// The quantities in a source text; offsets are into `text.bytes`.
  public func scan(_ text: SourceText) -> [Quantity] {
    scan(text.bytes)
  }

  /// The quantities in a string; offsets are into its UTF-8 bytes.
  public func scan(_ string: String) -> [Quantity] {
    scan(Array(string.utf8))
  }

  /// The quantities in UTF-8 `bytes`, Arabic numbers only.
  public static func scan(_ bytes: [UInt8]) -> [Quantity] {
    QuantityScanner().scan(bytes)
  }

  /// The quantities in a source text, Arabic numbers only.
  public static func scan(_ text: SourceText) -> [Quantity] {
    QuantityScanner().scan(text.bytes)
  }
}

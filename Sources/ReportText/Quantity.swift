import Foundation

/// A number with its magnitude, unit and qualifiers, as written in a report: "超35万人次", "9.5483亿元", "1-6月".
///
/// The number is kept exactly as written (`literal` "9.5483", `value` 9.5483) and the magnitude word is kept apart
/// from the unit: "1.1万亩" is 1.1 × 10⁴ 亩, with `magnitude == .tenThousand` and `unit == .mu`. `scaledValue`
/// applies the magnitude. A range ("1-6月", "10～20%") has an `upperValue` sharing the magnitude and unit.
/// `byteRange` covers everything from a leading qualifier to a trailing one, in the bytes that were scanned.
///
/// ```swift
/// let q = Quantity.parse("近1.1万亩")!
/// q.value             // 1.1
/// q.magnitude         // .tenThousand
/// q.unit?.text        // "亩"
/// q.leadingQualifier  // .nearly
/// q.scaledValue       // 11000
/// ```
public struct Quantity: Sendable, Hashable {
  /// The number as written, without magnitude; negative when written with a minus sign.
  public var value: Decimal
  /// The number in ASCII as written, without grouping commas: "9.5483", "1250", "-3.2"; for Chinese numerals the
  /// value in Arabic digits ("3" for 三).
  public var literal: String
  /// The upper end of a range ("6" of "1-6月"), without magnitude; `nil` for a single number.
  public var upperValue: Decimal?
  /// The upper end of a range in ASCII as written.
  public var upperLiteral: String?
  /// The power of ten written as a word between number and unit: 万 in "35万人次".
  public var magnitude: Magnitude
  /// The unit ("元", "%", "个百分点", "人次"); `nil` for a bare number.
  public var unit: QuantityUnit?
  /// The qualifier before the number: 约, 近, 超, 超过, 逾, 达, 不到, …
  public var leadingQualifier: Qualifier?
  /// The qualifier after the number: 多 and 余 (before or after the magnitude), 以上, 以下, 以内, 左右.
  public var trailingQualifier: Qualifier?
  /// How the digits were written.
  public var numberStyle: NumberStyle
  /// Whether the number follows 第 ("第3次"): an ordinal rather than an amount.
  public var isOrdinal: Bool
  /// The bytes of the whole quantity, qualifiers included, in the scanned text.
  public var byteRange: Range<Int>
  /// The bytes of the (lower) number alone, sign included.
  public var numberRange: Range<Int>

  public init(
    value: Decimal, literal: String? = nil, upperValue: Decimal? = nil, upperLiteral: String? = nil,
    magnitude: Magnitude = .one, unit: QuantityUnit? = nil, leadingQualifier: Qualifier? = nil,
    trailingQualifier: Qualifier? = nil, numberStyle: NumberStyle = .arabic, isOrdinal: Bool = false,
    byteRange: Range<Int> = 0..<0, numberRange: Range<Int>? = nil
  ) {
    self.value = value
    self.literal = literal ?? "\(value)"
    self.upperValue = upperValue
    self.upperLiteral = upperLiteral ?? upperValue.map { "\($0)" }
    self.magnitude = magnitude
    self.unit = unit
    self.leadingQualifier = leadingQualifier
    self.trailingQualifier = trailingQualifier
    self.numberStyle = numberStyle
    self.isOrdinal = isOrdinal
    self.byteRange = byteRange
    self.numberRange = numberRange ?? byteRange
  }

  // MARK: - Parts

  /// How the digits of a quantity were written.
  public enum NumberStyle: String, Sendable, Hashable, CaseIterable {
    /// ASCII digits: "35".
    case arabic
    /// Full-width digits: "３５".
    case fullWidth
    /// Chinese numerals: "三十五".
    case chinese
  }

  /// The qualifier (leading first, else trailing).
  public var qualifier: Qualifier? { leadingQualifier ?? trailingQualifier }

  /// Whether the quantity is a range ("1-6月").
  public var isRange: Bool { upperValue != nil }

  /// The number as written, as a `Double`.
  public var doubleValue: Double { Double(literal) ?? NSDecimalNumber(decimal: value).doubleValue }

  /// The upper end of a range as written, as a `Double`.
  public var upperDoubleValue: Double? {
    guard let upperValue else { return nil }
    return upperLiteral.flatMap(Double.init) ?? NSDecimalNumber(decimal: upperValue).doubleValue
  }

  /// The number times its magnitude: 110000 for "11万".
  public var scaledValue: Decimal { value * magnitude.multiplier }

  /// The upper end of a range times the magnitude.
  public var upperScaledValue: Decimal? { upperValue.map { $0 * magnitude.multiplier } }

  /// The number times its magnitude, as a `Double`.
  public var scaledDoubleValue: Double { doubleValue * pow(10, Double(magnitude.exponent)) }

  /// Magnitude and unit as written together: "万元", "亿元", "%", "" for a bare number.
  public var unitText: String { magnitude.rawValue + (unit?.text ?? "") }

  // MARK: - Money

  /// The amount of money in `moneyUnit`, or `nil` when the unit is not 元.
  ///
  /// "9.5483亿元" is 95483 in `.wanYuan`; "1,250元" is 0.125 in `.wanYuan`. Exact decimal arithmetic.
  public func amount(in moneyUnit: MoneyUnit) -> Decimal? {
    guard unit == .yuan else { return nil }
    return moneyUnit.converting(scaledValue, from: .yuan)
  }

  /// The upper end of a range of money in `moneyUnit`, or `nil` when not money or not a range.
  public func upperAmount(in moneyUnit: MoneyUnit) -> Decimal? {
    guard unit == .yuan, let upper = upperScaledValue else { return nil }
    return moneyUnit.converting(upper, from: .yuan)
  }
}

// MARK: - Parsing

extension Quantity {
  /// The quantity that is the whole of `text` (surrounding whitespace allowed), or `nil`.
  ///
  /// Reads everything the scanner reads, and Chinese numerals too ("三个", "六件", "十二"). Byte ranges are in the
  /// UTF-8 bytes of `text`.
  public static func parse(_ text: some StringProtocol) -> Quantity? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> Quantity? in
      let trimmed = CharacterClass.trimmingWhitespace(buffer, in: 0..<buffer.count)
      guard !trimmed.isEmpty else { return nil }
      let lexer = QuantityLexer(
        bytes: buffer, lowerBound: trimmed.lowerBound, upperBound: trimmed.upperBound, readsChineseNumerals: true,
        requiresUnitAfterChineseNumeral: false)
      // The number starts after at most a leading qualifier.
      var i = trimmed.lowerBound
      var steps = 0
      while i < trimmed.upperBound && !lexer.startsNumber(at: i) && steps < 4 {
        i += UTF8Bytes.decode(buffer, at: i).1
        steps += 1
      }
      guard i < trimmed.upperBound, case .quantity(let quantity, _) = lexer.lex(at: i),
        quantity.byteRange == trimmed
      else { return nil }
      return quantity
    }
  }
}

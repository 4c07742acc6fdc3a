import Foundation

/// Writes numbers the way a report does: no trailing zeros, no scientific notation, rounding half away from zero.
///
/// Printed numbers have at most `maximumFractionDigits` (10) places, so that the remainder of an exact decimal
/// division (1 ÷ 3 × 3 = 0.99999…) prints as 1; filters such as `round`, `amount` and `percent` choose fewer.
///
/// ```swift
/// NumberFormat.text(Decimal(string: "12.50")!)            // "12.5"
/// NumberFormat.text(NumberFormat.rounded(2.345, digits: 2))  // "2.35"
/// ```
enum NumberFormat {
  /// The number without trailing zeros in the fraction, and without the point when it is whole.
  static func text(_ number: Decimal) -> String {
    if let integer = smallInteger(number) { return String(integer) }
    if number.isNaN { return "NaN" }
    if number.exponent < -maximumFractionDigits {
      let shortened = rounded(number, digits: maximumFractionDigits)
      if let integer = smallInteger(shortened) { return String(integer) }
      return plain(shortened)
    }
    return plain(number)
  }

  /// The most places after the point that a printed number has.
  static let maximumFractionDigits = 10

  private static func plain(_ number: Decimal) -> String {
    var text = number.description
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// Appends `text(number)` as UTF-8, writing small whole numbers without making a string.
  static func append(_ number: Decimal, to out: inout [UInt8]) {
    guard let integer = smallInteger(number) else {
      out.append(contentsOf: text(number).utf8)
      return
    }
    append(integer, to: &out)
  }

  /// Appends the decimal digits of `integer`.
  static func append(_ integer: Int, to out: inout [UInt8]) {
    var value = integer
    if value < 0 {
      out.append(0x2D)
      if value == Int.min {
        out.append(contentsOf: String(value).dropFirst().utf8)
        return
      }
      value = -value
    }
    if value < 10 {
      out.append(UInt8(value) + 0x30)
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[23 - count] = UInt8(value % 10) + 0x30
        value /= 10
        count += 1
      } while value > 0
      out.append(contentsOf: buffer[(24 - count)...])
    }
  }

  private static let integerLimit = Decimal(sign: .plus, exponent: 18, significand: 1)

  /// The number as an `Int` when it is whole and below 10¹⁸ in size.
  static func smallInteger(_ number: Decimal) -> Int? {
    guard number.exponent >= 0, !number.isNaN, number.magnitude < integerLimit else { return nil }
    return Int(truncating: number as NSDecimalNumber)
  }

  /// The number rounded to `digits` places after the point (half away from zero); `digits` may be negative.
  static func rounded(_ number: Decimal, digits: Int) -> Decimal {
    var input = number
    var result = Decimal()
    NSDecimalRound(&result, &input, digits, .plain)
    return result
  }

  /// The number with its fraction cut off (towards zero).
  static func truncated(_ number: Decimal) -> Decimal {
    var input = number
    var result = Decimal()
    NSDecimalRound(&result, &input, 0, number.sign == .minus ? .up : .down)
    return result
  }

  /// The number rounded to at most `digits` places, as text without trailing zeros: `sensible(12.500, 2)` → `12.5`.
  static func sensible(_ number: Decimal, digits: Int) -> String {
    text(rounded(number, digits: digits))
  }
}

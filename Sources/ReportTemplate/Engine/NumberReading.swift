import Foundation

/// Reads a data text as a plain number: `17.1`, `-3.2`, `1,250`, `３５`.
///
/// The form is strict so that nothing is read as a number by accident: an optional sign (`+`, `-`, `−`), digits
/// (ASCII or full-width) with optional thousands commas in groups of three, and an optional fraction after `.`.
/// Spaces (ASCII and U+3000) around it are allowed. No units, no `%`, no exponent, no Chinese numerals: a text
/// with a unit is read by the filters that know units (`amount`, `percent`, `growth`, …).
///
/// ```swift
/// NumberReading.decimal(from: "1,250.5")  // 1250.5
/// NumberReading.decimal(from: "17.1亿元")  // nil
/// ```
enum NumberReading {
  /// The number `text` spells, or `nil` when it is not exactly a plain number.
  static func decimal(from text: String) -> Decimal? {
    var scalars = Substring(text).unicodeScalars[...]
    while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
    while let last = scalars.last, isSpace(last) { scalars.removeLast() }
    var isNegative = false
    if let first = scalars.first, first == "+" || first == "-" || first == "\u{2212}" {
      isNegative = first != "+"
      scalars.removeFirst()
    }
    var digits: [UInt8] = []
    digits.reserveCapacity(scalars.count)
    // Whole part: digits, or groups of three after a first group of one to three, split by commas.
    var group = 0
    var sawComma = false
    while let scalar = scalars.first {
      if let digit = digitValue(scalar) {
        digits.append(digit)
        group += 1
      } else if scalar == "," {
        guard group >= 1, group <= 3, !sawComma || group == 3 else { return nil }
        sawComma = true
        group = 0
      } else {
        break
      }
      scalars.removeFirst()
    }
    guard group > 0, !sawComma || group == 3 else { return nil }
    var fractionDigits = 0
    if let point = scalars.first, point == "." || point == "\u{FF0E}" {
      scalars.removeFirst()
      while let scalar = scalars.first, let digit = digitValue(scalar) {
        digits.append(digit)
        fractionDigits += 1
        scalars.removeFirst()
      }
      guard fractionDigits > 0 else { return nil }
    }
    guard scalars.isEmpty else { return nil }
    return make(digits: digits, fractionDigits: fractionDigits, isNegative: isNegative)
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{3000}"
  }

  /// The ASCII digit byte for an ASCII or full-width digit.
  private static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x30...0x39: UInt8(scalar.value)
    case 0xFF10...0xFF19: UInt8(scalar.value - 0xFF10 + 0x30)
    default: nil
    }
  }

  /// The decimal of ASCII `digits` with `fractionDigits` of them after the point.
  static func make(digits: [UInt8], fractionDigits: Int, isNegative: Bool) -> Decimal? {
    if digits.count <= 18 {
      var significand: UInt64 = 0
      for digit in digits { significand = significand * 10 + UInt64(digit - 0x30) }
      let magnitude = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
      return isNegative && !magnitude.isZero ? -magnitude : magnitude
    }
    var text = isNegative ? "-" : ""
    let cut = digits.count - fractionDigits
    text += String(decoding: digits[..<cut], as: UTF8.self)
    if fractionDigits > 0 { text += "." + String(decoding: digits[cut...], as: UTF8.self) }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }
}

import Foundation
import ReportText

/// Typed access for templates: a scalar read as a number, a quantity or a yes-or-no, only when asked.
///
/// The document keeps every scalar as the text written; these accessors are where text becomes a value, and
/// they throw a located `DataError` when it cannot. The error knows the node's range but not the file: set
/// its `path` (`error.path = document.source.path`) before showing it.
extension DataNode {
  /// The kind of node, for messages.
  public var kind: DataError.NodeKind {
    switch value {
    case .text: .text
    case .sequence: .sequence
    case .mapping: .mapping
    case .null: .null
    }
  }

  /// The number a scalar spells.
  ///
  /// Accepted: an optional sign (`+`, `-`, full-width `－`, `−`), ASCII or full-width digits, grouping commas
  /// every three digits (`1,250`, `12,345.6`), one decimal point (`.` or full-width `．`), spaces around. A JSON
  /// number may have an exponent (`1.5e3`). Leading zeros are decimal, never octal: `010` reads as 10 — the
  /// document still holds the text "010", so it becomes 10 only where a template asks for a number.
  ///
  /// Refused, with a located error: units (`12.5%`, `17.1亿元`: ask for `quantity()`), words (`abc`, `yes`,
  /// `约十个`), Chinese numerals, `1.2.3`, `1,25`, and collections or empty values.
  public func number() throws(DataError) -> Decimal {
    let text = try scalarText(for: .number)
    guard let ascii = Self.normalizedNumber(text, allowsExponent: style == .jsonLiteral),
      let number = Decimal(string: ascii, locale: Locale(identifier: "en_US_POSIX")), !number.isNaN
    else { throw error(.notANumber(text)) }
    return number
  }

  /// The quantity a scalar spells, as `Quantity.parse(_:)` reads it: "17.1亿元", "10.6%", "超35万人次", "三个".
  ///
  /// The quantity's byte ranges are offsets in the scalar's text, not in the file.
  public func quantity() throws(DataError) -> Quantity {
    let text = try scalarText(for: .quantity)
    guard let quantity = Quantity.parse(text) else { throw error(.notAQuantity(text)) }
    return quantity
  }

  /// The yes-or-no a scalar spells: 是 or 否, `true` or `false`, `yes` or `no` (ASCII letters in any case).
  ///
  /// Only a template that asks for a yes-or-no gets one: the document keeps `yes` and `NO` as text.
  public func bool() throws(DataError) -> Bool {
    let text = try scalarText(for: .boolean)
    switch CharacterClass.trimmingWhitespace(text).lowercased() {
    case "是", "true", "yes": return true
    case "否", "false", "no": return false
    default: throw error(.notABoolean(text))
    }
  }

  // MARK: - Helpers

  var style: ScalarStyle? {
    if case .text(_, let style) = value { return style }
    return nil
  }

  func scalarText(for expected: DataError.Expectation) throws(DataError) -> String {
    guard let text else { throw error(.notAScalar(expected: expected, found: kind)) }
    return text
  }

  func error(_ kind: DataError.Kind) -> DataError {
    DataError(kind: kind, range: range, path: "")
  }

  /// The number a text spells exactly, read as `number()` reads a plain scalar (no exponent), or nil:
  /// `17.1`, `-3.2`, `1,250`, `３５`; not `17.1亿元`, `12.5%`, `约十个`. The one number reading of the
  /// project: the template engine reads data texts with it too.
  public static func decimal(reading text: String) -> Decimal? {
    guard let ascii = normalizedNumber(text, allowsExponent: false),
      let number = Decimal(string: ascii, locale: Locale(identifier: "en_US_POSIX")), !number.isNaN
    else { return nil }
    return number
  }

  /// The number in `text` as ASCII for `Decimal(string:)` (no grouping, ASCII sign and point), or nil.
  static func normalizedNumber(_ text: String, allowsExponent: Bool) -> String? {
    var out = ""
    var digitsInGroup = 0
    var sawDigit = false
    var sawGrouping = false
    var sawPoint = false
    var sawExponent = false
    var afterExponentSign = false
    let scalars = Array(CharacterClass.trimmingWhitespace(text).unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let v = scalar.value
      if let digit = Self.digit(v) {
        out.unicodeScalars.append(Unicode.Scalar(0x30 + digit)!)
        sawDigit = true
        if !sawPoint && !sawExponent { digitsInGroup += 1 }
        if sawGrouping && !sawPoint && !sawExponent && digitsInGroup > 3 { return nil }
        continue
      }
      switch v {
      case 0x2B, 0x2D, 0xFF0B, 0xFF0D, 0x2212:
        let atStart = index == 0
        guard atStart || (sawExponent && !afterExponentSign && scalars[index - 1].value | 0x20 == 0x65) else {
          return nil
        }
        if sawExponent { afterExponentSign = true }
        if v != 0x2B && v != 0xFF0B { out += "-" }
      case 0x2C:
        // Grouping: one to three digits first, then groups of exactly three.
        guard sawDigit, !sawPoint, !sawExponent, digitsInGroup >= 1, digitsInGroup <= 3,
          !sawGrouping || digitsInGroup == 3
        else { return nil }
        sawGrouping = true
        digitsInGroup = 0
      case 0x2E, 0xFF0E:
        guard sawDigit, !sawPoint, !sawExponent, !sawGrouping || digitsInGroup == 3 else { return nil }
        guard index + 1 < scalars.count, Self.digit(scalars[index + 1].value) != nil else { return nil }
        sawPoint = true
        out += "."
      case 0x45 where allowsExponent, 0x65 where allowsExponent:
        guard sawDigit, !sawExponent, !sawGrouping else { return nil }
        sawExponent = true
        out += "e"
      default:
        return nil
      }
    }
    guard sawDigit, !sawGrouping || sawPoint || digitsInGroup == 3 else { return nil }
    if let last = out.unicodeScalars.last, last == "e" || last == "-" { return nil }
    return out
  }

  /// The value of an ASCII or full-width digit.
  static func digit(_ v: UInt32) -> UInt32? {
    if v >= 0x30 && v <= 0x39 { return v - 0x30 }
    if v >= 0xFF10 && v <= 0xFF19 { return v - 0xFF10 }
    return nil
  }
}

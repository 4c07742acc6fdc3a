import Foundation
import ReportText

/// A number read for the comparing filters (`growth`, `change`, `completion`): its value and what unit it is in.
///
/// Money is held in 元 and other quantities with their magnitude applied, so "1.71亿元" and "17100万元" are the
/// same measure. A plain number beside a quantity is taken in the quantity's written unit ("17.1亿元" beside
/// `15.5` means 15.5亿元) unless the filter's `unit` argument says otherwise.
struct Measure {
  enum Kind: Equatable {
    /// A number without a unit.
    case plain
    /// Money, `value` in 元.
    case money
    /// A percentage, `value` in percent.
    case percent
    /// Another unit ("人次", "亩"), `value` with the magnitude applied.
    case other(String)
  }

  var value: Decimal
  var kind: Kind
  /// The power of ten of the magnitude as written: 8 for 亿元, 4 for 万人次.
  var exponent: Int
  /// The unit as written ("亿元", "万人次", "%"), for messages.
  var unitText: String

  /// Reads a number, a plain-number text or a quantity text.
  static func read(_ value: TemplateValue, role: String, call: FilterCall, subject: ValueFailure.Subject)
    throws(ValueFailure) -> Measure
  {
    if case .number(let number) = value { return Measure(value: number, kind: .plain, exponent: 0, unitText: "") }
    let fail = { (reason: String) in
      ValueFailure(.badFilterInput(filter: call.name, reason: reason), subject: subject, data: value.dataRange)
    }
    guard let text = value.textValue else { throw fail("\(role)应为数字，这里是\(value.kindName)") }
    if let number = NumberReading.decimal(from: text) {
      return Measure(value: number, kind: .plain, exponent: 0, unitText: "")
    }
    guard let quantity = Quantity.parse(text) else { throw fail("\(role)“\(text)”不是数字，也不是带单位的数") }
    guard !quantity.isRange else { throw fail("\(role)“\(text)”是一个范围，无法计算") }
    guard quantity.trailingQualifier != .more else { throw fail("\(role)“\(text)”是约数（多、余），无法计算") }
    let exponent = quantity.magnitude.exponent
    switch quantity.unit {
    case nil: return Measure(value: quantity.scaledValue, kind: .plain, exponent: 0, unitText: "")
    case .yuan?:
      return Measure(value: quantity.scaledValue, kind: .money, exponent: exponent, unitText: quantity.unitText)
    case let unit? where unit.category == .percent:
      return Measure(value: quantity.value, kind: .percent, exponent: 0, unitText: "%")
    case let unit?:
      return Measure(
        value: quantity.scaledValue, kind: .other(unit.text), exponent: exponent, unitText: quantity.unitText)
    }
  }

  /// Two measures in one unit: money in 元, others with magnitudes applied, a plain number taken in the other's
  /// written unit (or in `plainUnit` when given).
  static func aligned(_ a: Measure, _ b: Measure, plainUnit: MoneyUnit?, call: FilterCall) throws(ValueFailure)
    -> (Decimal, Decimal)
  {
    func scale(_ plain: Measure, like other: Measure) -> Decimal {
      let exponent = other.kind == .money ? (plainUnit?.exponent ?? other.exponent) : other.exponent
      return plain.value * Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
    switch (a.kind, b.kind) {
    case (.plain, .plain): return (a.value, b.value)
    case (.plain, _): return (scale(a, like: b), b.value)
    case (_, .plain): return (a.value, scale(b, like: a))
    default:
      guard a.kind == b.kind else {
        throw ValueFailure(
          .badFilterInput(filter: call.name, reason: "两个数的单位不同（\(a.unitText) 与 \(b.unitText)），无法比较"),
          subject: .whole)
      }
      return (a.value, b.value)
    }
  }
}

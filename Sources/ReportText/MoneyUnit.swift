import Foundation

/// A unit of money in reports: 元, 万元, 亿元.
public enum MoneyUnit: String, Sendable, Hashable, CaseIterable {
  case yuan = "元"
  case wanYuan = "万元"
  case yiYuan = "亿元"

  /// The power of ten of the unit in 元: 0, 4, 8.
  public var exponent: Int {
    switch self {
    case .yuan: 0
    case .wanYuan: 4
    case .yiYuan: 8
    }
  }

  /// `amount` given in `source` expressed in this unit, exactly: 95483 万元 is 9.5483 亿元.
  public func converting(_ amount: Decimal, from source: MoneyUnit) -> Decimal {
    let shift = source.exponent - exponent
    return amount * Decimal(sign: .plus, exponent: shift, significand: 1)
  }
}

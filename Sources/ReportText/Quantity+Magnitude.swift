import Foundation

extension Quantity {
  /// A power of ten written as a word between a number and its unit: 百, 千, 万, 十万, 百万, 千万, 亿, 万亿.
  ///
  /// The raw value is the word as written; `.one` (no word) is the empty string.
  public enum Magnitude: String, Sendable, Hashable, CaseIterable {
    case one = ""
    case hundred = "百"
    case thousand = "千"
    case tenThousand = "万"
    case hundredThousand = "十万"
    case million = "百万"
    case tenMillion = "千万"
    case hundredMillion = "亿"
    case trillion = "万亿"

    /// The power of ten: 4 for 万, 8 for 亿.
    public var exponent: Int {
      switch self {
      case .one: 0
      case .hundred: 2
      case .thousand: 3
      case .tenThousand: 4
      case .hundredThousand: 5
      case .million: 6
      case .tenMillion: 7
      case .hundredMillion: 8
      case .trillion: 12
      }
    }

    /// 10 to the power `exponent`, exactly.
    public var multiplier: Decimal { Decimal(sign: .plus, exponent: exponent, significand: 1) }

    /// The magnitude for a power of ten, or `nil` when no word stands for it.
    public init?(exponent: Int) {
      guard let match = Magnitude.allCases.first(where: { $0.exponent == exponent }) else { return nil }
      self = match
    }
  }
}

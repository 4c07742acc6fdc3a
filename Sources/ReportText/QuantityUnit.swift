/// The unit of a quantity: "元", "亩", "人次", "%", "个百分点", "元/亩".
///
/// A unit is its text and a category. Magnitude words are not part of a unit: "万元" is the magnitude 万 and the
/// unit 元 (see `Quantity.Magnitude`). Variant spellings are read as one unit: "％" is `.percent`, "㎡" and "平米"
/// are 平方米. Units are compared by text and category.
public struct QuantityUnit: Sendable, Hashable, CustomStringConvertible {
  /// What a unit measures.
  public enum Category: String, Sendable, Hashable, CaseIterable {
    case money
    case area
    case length
    case weight
    case volume
    /// Power, electricity and voltage: 千瓦, 千瓦时, 度, 千伏.
    case energy
    /// Things, people and events counted: 户, 人次, 个, 项.
    case count
    case time
    case percent
    case permille
    case percentagePoint
    /// A multiple: 倍.
    case multiple
    case temperature
    /// A unit per another unit: 元/亩, 元/人.
    case rate
    case other
  }

  /// The unit as printed: "元", "%", "平方米".
  public var text: String
  public var category: Category

  public init(_ text: String, category: Category) {
    self.text = text
    self.category = category
  }

  public var description: String { text }

  /// Whether the unit is a share of a whole: %, ‰ or 个百分点.
  public var isProportion: Bool { category == .percent || category == .permille || category == .percentagePoint }

  // MARK: - Common units

  public static let yuan = QuantityUnit("元", category: .money)
  public static let mu = QuantityUnit("亩", category: .area)
  public static let percent = QuantityUnit("%", category: .percent)
  public static let permille = QuantityUnit("‰", category: .permille)
  public static let percentagePoint = QuantityUnit("个百分点", category: .percentagePoint)
  public static let household = QuantityUnit("户", category: .count)
  public static let person = QuantityUnit("人", category: .count)
  public static let personTime = QuantityUnit("人次", category: .count)
  public static let piece = QuantityUnit("个", category: .count)
  public static let year = QuantityUnit("年", category: .time)
  public static let month = QuantityUnit("月", category: .time)
  public static let day = QuantityUnit("日", category: .time)

  /// The unit spelled `text`, from the table of known units; `nil` when unknown.
  ///
  /// `QuantityUnit.named("％") == .percent`; `QuantityUnit.named("万元") == nil` (a magnitude and a unit).
  public static func named(_ text: String) -> QuantityUnit? {
    let bytes = Array(text.utf8)
    return known.first { $0.spelling == bytes }?.unit
  }

  /// Every known unit, one per canonical text.
  public static var all: [QuantityUnit] {
    var seen = Set<QuantityUnit>()
    return known.compactMap { seen.insert($0.unit).inserted ? $0.unit : nil }
  }
}

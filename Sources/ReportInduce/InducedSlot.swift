import ReportText

/// One place of the report that the induced template fills from data or computes from the report year.
public struct InducedSlot: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A figure with its unit and qualifier ("超35万人次"), kept as text in the data file.
    case quantity
    /// A growth phrase computed from two figures of the data: `{{ 工作回顾.收入 | growth(工作回顾.收入2) }}`.
    case growth
    /// A year written relative to the report year (`{{ 年份 - 1 }}年`): no data entry.
    case year
    /// A full date ("2025年1月9日").
    case date
    /// The town's (or street's) name.
    case town
    /// The meeting the report is given at.
    case meeting
    /// The name of the person who gives the report.
    case speaker

    /// The kind's name in tables and summaries: 数字, 增幅（计算）, 年份, 日期, 镇名, 会议, 报告人.
    public var chineseName: String {
      switch self {
      case .quantity: "数字"
      case .growth: "增幅（计算）"
      case .year: "年份"
      case .date: "日期"
      case .town: "镇名"
      case .meeting: "会议"
      case .speaker: "报告人"
      }
    }
  }

  public var kind: Kind
  /// The data path, section by section (`["工作回顾", "产业发展", "地区生产总值"]`); for a year, `["年份"]`.
  public var path: [String]
  /// The text of the report the slot stands for.
  public var value: String
  /// What the template writes instead of `value`: `{{ 工作回顾.产业发展.地区生产总值 }}`, `{{ 年份 - 1 }}`.
  public var expression: String
  /// Where the value stands in the report.
  public var range: TextRange
  /// A note for the data file (for example that a growth rate needs last year's figure), or nil.
  public var comment: String?

  /// The dotted data path, `工作回顾.产业发展.地区生产总值`.
  public var key: String { path.joined(separator: ".") }
}

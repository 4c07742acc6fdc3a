/// The three kinds of township work report the project knows.
///
/// The raw values are the stable names used in JSON and on the command line; `chineseName` is the
/// name used in messages and tables.
public enum ReportGenre: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// 政府工作报告: the annual report read at the people's congress.
  case annual
  /// 上半年政府工作报告: the half-year report.
  case halfYear = "half-year"
  /// 工作总结和工作计划: a summary of the year with the next year's plan, without the congress frame.
  case summaryPlan = "summary-plan"

  /// The Chinese name of the genre: 政府工作报告, 上半年政府工作报告 or 工作总结和工作计划.
  public var chineseName: String {
    switch self {
    case .annual: "政府工作报告"
    case .halfYear: "上半年政府工作报告"
    case .summaryPlan: "工作总结和工作计划"
    }
  }

  /// The position of the genre in `allCases`, used to order genres in models and tables.
  public var rank: Int {
    switch self {
    case .annual: 0
    case .halfYear: 1
    case .summaryPlan: 2
    }
  }

  public static func < (lhs: ReportGenre, rhs: ReportGenre) -> Bool { lhs.rank < rhs.rank }
}

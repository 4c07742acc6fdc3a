import ReportModel
import ReportText

/// Reports a report dated outside the time it can have been given: its meeting date ("——2024年1月9日在…会议上")
/// or the date under its signature.
///
/// - An annual report is given in the year after the year it reviews (review 2024 → meeting in 2025); a session in
///   the December of the year reviewed is accepted too. Without a year in the review's heading, the plan's year is
///   the meeting's; without either, a title year Y allows Y and Y+1.
/// - A half-year report (上半年) is dated in its own year, not before 30 June, when the half ends.
/// - A summary and plan is dated in the year it sums up or the next.
///
/// The date itself is not changed: which of the date and the years is wrong needs the writer.
public struct DatelineRule: LintRule {
  public static let description = RuleDescription(
    id: "date.dateline",
    summary: "报告的日期（会议日期或落款）与报告所说的时段不符：年度报告不在回顾之年的次年，上半年报告早于6月30日。",
    defaultSeverity: .warning,
    triggering: [
      """
      政府工作报告
      ——2024年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      二、2025年工作安排
      力争新签约项目5个，新建养老服务站2个。
      """,
      """
      桥南街道2024年上半年工作报告

      一、上半年工作回顾
      辖区新增市场主体320户，完成老旧小区改造2个。
      二、下半年工作安排
      力争新签约项目3个。

      桥南街道办事处
      2024年6月12日
      """,
    ],
    nonTriggering: [
      """
      政府工作报告
      ——2025年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      二、2025年工作安排
      力争新签约项目5个，新建养老服务站2个。
      """,
      """
      桥南街道2024年上半年工作报告

      一、上半年工作回顾
      辖区新增市场主体320户，完成老旧小区改造2个。
      二、下半年工作安排
      力争新签约项目3个。

      桥南街道办事处
      2024年7月12日
      """,
    ])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let dating = ReportDating.of(context)
    guard let dateline = dating.dateline else { return }
    let day = dateline.day
    let titleYear = dating.titleYears.count == 1 ? dating.titleYears[0].value : nil
    let message: String?
    switch dating.genre {
    case .annual:
      let expected: (year: Int, reason: String)? =
        dating.reviewYear.map { ($0.value + 1, "报告回顾的是\($0.value)年") }
        ?? dating.planYear.map { ($0.value, "工作安排是\($0.value)年的") }
      if let (year, reason) = expected {
        let lateDecember = day.year == year - 1 && day.month == 12
        message =
          day.year == year || lateDecember
          ? nil
          : "报告的日期是\(day)，但\(reason)：年度报告应在回顾之年的次年（\(year)年）召开的会议上作，请核对日期和年份（可能沿用了旧报告）。"
      } else if let titleYear, day.year != titleYear, day.year != titleYear + 1 {
        message = "报告的日期是\(day)，标题却是\(titleYear)年的报告：请核对日期和年份。"
      } else {
        message = nil
      }
    case .halfYear:
      guard let year = titleYear ?? dating.reviewYear?.value else { return }
      if day.year != year {
        message = "这是\(year)年上半年的报告，日期却是\(day)：请改为\(year)年的日期。"
      } else if day < CalendarDay(year: year, month: 6, day: 30) {
        message = "上半年到\(year)年6月30日才结束，报告的日期却是\(day)：上半年的工作报告应在半年结束后作，请核对日期。"
      } else {
        message = nil
      }
    case .summaryPlan:
      guard let year = dating.titleYears.first?.value ?? dating.reviewYear?.value else { return }
      message =
        day.year == year || day.year == year + 1
        ? nil : "这是\(year)年的工作总结，日期却是\(day)：应在\(year)年底或\(year + 1)年初，请核对日期和年份。"
    }
    if let message { findings.append(finding(context, dateline.bytes, message)) }
  }
}

import ReportModel
import ReportOutline
import ReportText

/// Reports periods that contradict the report's own year and genre.
///
/// Drafts made from last year's report keep last year's dates in places. The rule reads the years
/// in the title, the subtitle and the headings of the review and plan parts, and reports only clear
/// contradictions:
/// - an annual report or a summary and plan whose plan is not for the year after the review
///   ("一、2024年工作回顾" … "二、2024年工作安排");
/// - a summary-and-plan title whose second year is not the year after the first
///   ("2024年工作总结和2026年工作计划");
/// - a plan for "下半年" in an annual report;
/// - a half-year report whose review or plan is of another year than its title;
/// - an annual report whose review is of a year other than the title's year or the year before it
///   (a 2024 report that reviews 2022), or, without a year in the title, other than the year of the
///   meeting in the subtitle or the year before it;
/// - a closing that calls to complete the tasks of a year before the plan's ("为实现2024年目标任务而努力奋斗" at
///   the end of a 2025 plan; see `checkClosing`).
///
/// A heading that names more than one year ("2021—2025年") is left alone.
public struct PeriodRule: LintRule {
  public static let description = RuleDescription(
    id: "date.period",
    summary: "报告中的年份、时段与报告本身的年份和类型相矛盾。",
    defaultSeverity: .warning,
    triggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      全年粮食播种面积3.1万亩，清理河道垃圾120吨。
      二、存在的问题
      产业基础薄弱，人才短缺。
      三、2024年工作计划
      新建高标准农田2000亩，完成村庄清洁行动全覆盖。
      """,
      """
      青山镇2024年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2022年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一，招商后劲不足。
      二、2023年工作安排
      全年力争新签约项目5个，新建养老服务站2个。
      """,
      """
      青山镇2024年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一，招商后劲不足。
      二、今后工作安排
      下半年，我们将重点抓好以下工作：力争新签约项目5个，新建养老服务站2个。
      """,
      """
      青山镇2025年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一，招商后劲不足。
      二、2025年工作安排
      全年力争新签约项目5个，新建养老服务站2个。
      各位代表！让我们团结一心，真抓实干，为全面完成2024年各项目标任务而努力奋斗！
      """,
    ],
    nonTriggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      全年粮食播种面积3.1万亩，清理河道垃圾120吨。
      二、存在的问题
      产业基础薄弱，人才短缺。
      三、2025年工作计划
      新建高标准农田2000亩，完成村庄清洁行动全覆盖。
      """,
      """
      青山镇2025年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一，招商后劲不足。
      二、2025年工作安排
      全年力争新签约项目5个，新建养老服务站2个。
      各位代表！让我们团结一心，真抓实干，为全面完成2025年各项目标任务、实现2035年远景目标而努力奋斗！
      """,
      """
      青山镇2024年上半年政府工作报告

      一、2024年上半年工作回顾
      上半年完成地区生产总值6.1亿元。
      二、下半年工作安排
      力争新签约项目3个。
      """,
    ])

  public init() {}

  /// A year written as four digits and 年, with the bytes of both.
  struct Year {
    var value: Int
    var bytes: Range<Int>
  }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let titleBlock = context.outline.titleBlock
    let titleYears =
      titleBlock?.title.map { Self.years(in: $0.range.lowerBound.offset..<$0.range.upperBound.offset, bytes) } ?? []
    let subtitleYears =
      titleBlock?.subtitle.map { Self.years(in: $0.range.lowerBound.offset..<$0.range.upperBound.offset, bytes) } ?? []
    let reviewPart = context.outline.parts.first { $0.role == .review && $0.heading != nil }
    let planParts = context.outline.parts.filter { $0.role == .plan && $0.heading != nil }
    let review = reviewPart?.heading.flatMap { Self.singleYear($0, bytes) }
    let plan = planParts.lazy.compactMap { $0.heading.flatMap { Self.singleYear($0, bytes) } }.first

    switch context.genre {
    case .annual, .summaryPlan:
      // When the review itself contradicts the title or meeting year, that finding says it; the plan
      // is not measured against a wrong review year.
      if let review, let plan, plan.value != review.value + 1,
        !oldReview(review, titleYears, subtitleYears, context.genre)
      {
        findings.append(
          finding(
            context, plan.bytes,
            "工作安排写的是\(plan.value)年，但工作回顾是\(review.value)年：工作安排应是回顾之后的下一年，请改为“\(review.value + 1)年”或核对回顾的年份。"
          ))
      }
      if context.genre == .summaryPlan, titleYears.count == 2, titleYears[1].value != titleYears[0].value + 1 {
        findings.append(
          finding(
            context, titleYears[1].bytes,
            "标题中总结的是\(titleYears[0].value)年，计划却是\(titleYears[1].value)年：工作计划应是总结之后的下一年，请改为“\(titleYears[0].value + 1)年”。"
          ))
      }
      if context.genre == .summaryPlan, titleYears.count == 2, let review, review.value != titleYears[0].value {
        findings.append(
          finding(
            context, review.bytes,
            "标题总结的是\(titleYears[0].value)年，这里回顾的却是\(review.value)年：请改为“\(titleYears[0].value)年”，使回顾与标题一致。"))
      }
      if context.genre == .annual {
        for part in planParts {
          guard let heading = part.heading else { continue }
          // The heading, or the plan's opening sentence ("下半年，我们将……").
          var spot = heading.range
          var text = context.outline.text(of: heading.range)
          if !text.contains("下半年"), case .paragraph(let first)? = part.blocks.first {
            let opening = context.outline.text(of: first.range)
            if opening.hasPrefix("下半年") || opening.hasPrefix("今年下半年") {
              spot = first.range
              text = opening
            }
          }
          if text.contains("下半年") {
            let year = review.map { "“\($0.value + 1)年工作安排”" } ?? "下一年全年的工作安排"
            findings.append(
              finding(
                context, spot.lowerBound.offset..<context.lineBytes(spot.lowerBound.line).upperBound,
                "这是年度政府工作报告，工作安排应是下一年全年，不应写“下半年”：请改为\(year)；若本报告是半年报告，请在标题中写明“上半年”。"
              ))
          }
        }
        if let review {
          let reference: (Int, String)? =
            titleYears.count == 1 ? (titleYears[0].value, "标题") : subtitleYears.first.map { ($0.value, "会议日期") }
          if let (year, source) = reference, oldReview(review, titleYears, subtitleYears, context.genre) {
            findings.append(
              finding(
                context, review.bytes,
                "\(source)是\(year)年，这里回顾的却是\(review.value)年：年度报告应回顾\(year - 1)年或\(year)年的工作，请核对年份（可能沿用了旧报告）。"
              ))
          }
        }
      }
    case .halfYear:
      if let year = titleYears.first?.value, titleYears.count == 1 {
        for found in [review, plan].compactMap({ $0 }) where found.value != year {
          findings.append(
            finding(
              context, found.bytes,
              "标题是\(year)年上半年的报告，这里写的却是\(found.value)年：半年报告的回顾和安排都应是\(year)年，请改为“\(year)年”。"))
        }
      }
    }
    checkClosing(context, into: &findings)
  }

  /// Whether an annual report's review year contradicts its title year or meeting year.
  private func oldReview(_ review: Year, _ titleYears: [Year], _ subtitleYears: [Year], _ genre: ReportGenre) -> Bool {
    guard genre == .annual, let year = (titleYears.count == 1 ? titleYears.first : subtitleYears.first)?.value else {
      return false
    }
    return review.value != year && review.value != year - 1
  }

  /// The one year a heading names, or nil when it names none or several.
  static func singleYear(_ heading: Heading, _ bytes: [UInt8]) -> Year? {
    let range = heading.range.lowerBound.offset..<heading.range.upperBound.offset
    guard digitRuns(in: range, bytes) == 1 else { return nil }
    let found = years(in: range, bytes)
    return found.count == 1 ? found[0] : nil
  }

  /// Runs of four ASCII digits in `range`.
  static func digitRuns(in range: Range<Int>, _ bytes: [UInt8]) -> Int {
    var count = 0
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i
      while j < range.upperBound, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
      if j - i == 4 { count += 1 }
      i = max(j, i + 1)
    }
    return count
  }

  /// Four ASCII digits between 1990 and 2099 followed by 年, not preceded by a digit.
  static func years(in range: Range<Int>, _ bytes: [UInt8]) -> [Year] {
    var out: [Year] = []
    let nian: [UInt8] = [0xE5, 0xB9, 0xB4]
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i
      while j < range.upperBound, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
      if j - i == 4, j + 3 <= range.upperBound, Array(bytes[j..<j + 3]) == nian {
        let value = bytes[i..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if (1990...2099).contains(value) { out.append(Year(value: value, bytes: i..<(j + 3))) }
      }
      i = max(j, i + 1)
    }
    return out
  }
}

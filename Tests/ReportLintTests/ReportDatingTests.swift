import ReportOutline
import ReportText
import Testing

@testable import ReportLint

@Suite struct ReportDatingTests {
  func dating(_ text: String) -> ReportDating {
    let source = SourceText(path: "t.txt", string: text)
    return ReportDating(LintContext(source: source, outline: Outline(parsing: source), model: RuleHarness.model))
  }

  @Test func calendarDays() {
    #expect(CalendarDay(parsing: "2024-02-29") == CalendarDay(year: 2024, month: 2, day: 29))
    #expect(CalendarDay(parsing: "2023-02-29") == nil)
    #expect(CalendarDay(parsing: "2023-2-3") == CalendarDay(year: 2023, month: 2, day: 3))
    #expect(CalendarDay(parsing: "2023年2月3日") == nil)
    #expect(CalendarDay(year: 2025, month: 1, day: 9).adding(days: -30) == CalendarDay(year: 2024, month: 12, day: 10))
    #expect(CalendarDay(year: 2024, month: 3, day: 1).adding(days: -1) == CalendarDay(year: 2024, month: 2, day: 29))
    #expect(CalendarDay(year: 2023, month: 12, day: 31).adding(days: 1) == CalendarDay.newYear(2024))
    #expect(CalendarDay(year: 2025, month: 1, day: 9).description == "2025年1月9日")
    #expect(CalendarDay(year: 2022, month: 10, day: 16) < CalendarDay(year: 2023, month: 1, day: 1))
  }

  @Test func annualReportWithADateline() {
    let found = dating(
      """
      政府工作报告
      ——2025年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元。
      二、2025年工作安排
      力争新签约项目5个。
      """)
    #expect(found.dateline?.day == CalendarDay(year: 2025, month: 1, day: 9))
    #expect(found.reviewYear?.value == 2024 && found.planYear?.value == 2025)
    #expect(found.currentYear == 2025)
    #expect(found.earliest == CalendarDay(year: 2025, month: 1, day: 9))
    #expect(found.reviewStart == CalendarDay.newYear(2024))
  }

  @Test func annualReportWithoutTitleTakesItsYearsFromTheParts() {
    let found = dating(
      "各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2018年工作回顾\n全区生产总值增长7%。\n二、2019年工作安排\n力争增长6.5%。\n")
    #expect(found.dateline == nil)
    #expect(found.currentYear == 2019 && found.earliest == CalendarDay.newYear(2019))
  }

  @Test func aReviewOverFiveYearsHasNoSingleStart() {
    let found = dating(
      "各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2015年工作回顾和“十二五”发展成就\n五年来，全区生产总值翻了一番。\n二、2016年工作安排\n力争增长8%。\n")
    #expect(found.reviewYear?.value == 2015 && found.reviewStart == nil)
    #expect(found.currentYear == 2016)
  }

  @Test func halfYearReportSignedAtTheEnd() {
    let found = dating(
      "桥南街道2024年上半年工作报告\n\n一、上半年工作回顾\n新增市场主体320户。\n二、下半年工作安排\n力争新签约项目3个。\n\n桥南街道办事处\n　2024年7月12日　\n")
    #expect(found.genre == .halfYear)
    #expect(found.dateline?.day == CalendarDay(year: 2024, month: 7, day: 12))
    #expect(found.currentYear == 2024 && found.reviewStart == CalendarDay.newYear(2024))
  }

  @Test func summaryAndPlanHasNoCurrentYear() {
    let found = dating("石桥镇2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n全年粮食播种面积3.1万亩。\n二、2025年工作计划\n新建高标准农田2000亩。\n")
    #expect(found.currentYear == nil)
    #expect(found.earliest == CalendarDay(year: 2024, month: 10, day: 1))
  }

  @Test func undatedTextHasNoDate() {
    let found = dating("加快建设法治政府。\n")
    #expect(found.earliest == nil && found.currentYear == nil && found.reviewStart == nil)
  }

  @Test func daysInText() {
    let bytes = Array("会议于2025年1月9日、2025年13月1日和2024年2月30日召开，20245年1月1日".utf8)
    #expect(ReportDating.days(in: 0..<bytes.count, bytes).map(\.day) == [CalendarDay(year: 2025, month: 1, day: 9)])
  }
}

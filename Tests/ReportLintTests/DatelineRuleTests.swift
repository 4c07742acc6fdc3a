import Testing

@testable import ReportLint

@Suite struct DatelineRuleTests {
  let rule = DatelineRule.self

  func annual(dated date: String, review: String = "2024", plan: String = "2025") -> String {
    """
    政府工作报告
    ——\(date)在青山镇第八届人民代表大会第五次会议上

    各位代表：
    现在，我代表镇人民政府向大会报告工作，请予审议。
    一、\(review)年工作回顾
    全镇完成地区生产总值12.3亿元，新建农村道路15公里。
    二、\(plan)年工作安排
    力争新签约项目5个，新建养老服务站2个。
    """
  }

  func halfYear(signed date: String) -> String {
    "白沙镇2025年上半年政府工作报告\n\n一、上半年工作回顾\n全镇实现规上工业产值9.2亿元。\n二、下半年工作安排\n力争新签约项目3个。\n\n白沙镇人民政府\n\(date)\n"
  }

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func annualMeetingInTheYearAfterTheReview() {
    #expect(RuleHarness.findings(rule, annual(dated: "2025年1月9日")).isEmpty)
    // A session in the last days of the year reviewed is accepted.
    #expect(RuleHarness.findings(rule, annual(dated: "2024年12月28日")).isEmpty)
    #expect(RuleHarness.positions(rule, annual(dated: "2024年1月9日")) == ["2:3"])
    #expect(RuleHarness.positions(rule, annual(dated: "2026年1月9日")) == ["2:3"])
    let message = RuleHarness.findings(rule, annual(dated: "2024年1月9日"))[0].message
    #expect(message.contains("2024年1月9日") && message.contains("回顾的是2024年") && message.contains("2025年"))
  }

  @Test func annualWithoutAReviewYearUsesThePlan() {
    let text = annual(dated: "2024年1月9日").replacingOccurrences(of: "一、2024年工作回顾", with: "一、过去一年工作回顾")
    #expect(RuleHarness.positions(rule, text) == ["2:3"])
    #expect(RuleHarness.findings(rule, text)[0].message.contains("工作安排是2025年的"))
  }

  @Test func halfYearDatedAfterTheHalf() {
    #expect(RuleHarness.findings(rule, halfYear(signed: "2025年7月10日")).isEmpty)
    #expect(RuleHarness.findings(rule, halfYear(signed: "2025年6月30日")).isEmpty)
    #expect(RuleHarness.positions(rule, halfYear(signed: "2025年6月20日")) == ["9:1"])
    #expect(RuleHarness.findings(rule, halfYear(signed: "2025年6月20日"))[0].message.contains("6月30日"))
    #expect(RuleHarness.findings(rule, halfYear(signed: "2024年7月10日"))[0].message.contains("2025年的日期"))
  }

  @Test func summaryPlanDatedAtTheTurnOfTheYear() {
    let text = "石桥镇2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n全年粮食播种面积3.1万亩。\n二、2025年工作计划\n新建高标准农田2000亩。\n\n石桥镇人民政府\n"
    #expect(RuleHarness.findings(rule, text + "2024年12月20日\n").isEmpty)
    #expect(RuleHarness.findings(rule, text + "2025年1月6日\n").isEmpty)
    #expect(RuleHarness.positions(rule, text + "2023年12月20日\n") == ["9:1"])
  }

  @Test func undatedReportsAreLeftAlone() {
    #expect(RuleHarness.findings(rule, "青山镇2025年政府工作报告\n\n一、2024年工作回顾\n全镇完成地区生产总值12.3亿元。\n").isEmpty)
  }
}

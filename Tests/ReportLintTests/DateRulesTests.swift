import Testing

@testable import ReportLint

@Suite struct DateRulesTests {
  let rule = PeriodRule.self

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func planYearSitsOnTheYear() {
    let text = rule.description.triggering[0]
    #expect(RuleHarness.positions(rule, text) == ["7:3"])
  }

  @Test func oldReviewYearSitsOnTheYear() {
    let text = rule.description.triggering[1]
    #expect(RuleHarness.positions(rule, text) == ["5:3"])
  }

  @Test func summaryPlanTitleYears() {
    let text = "石桥镇2024年工作总结和2026年工作计划\n\n一、2024年工作总结\n全年粮食播种面积3.1万亩。\n二、工作计划\n新建高标准农田2000亩。\n"
    #expect(RuleHarness.positions(rule, text) == ["1:14"])
  }

  @Test func secondHalfPlanInAnnualReport() {
    let text = rule.description.triggering[2]
    #expect(RuleHarness.positions(rule, text) == ["9:1"])
  }
}

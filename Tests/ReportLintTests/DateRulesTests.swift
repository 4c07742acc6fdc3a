import Foundation
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

  @Test func reviewAgainstTheMeetingYear() {
    let text = """
      政府工作报告
      ——2025年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2022年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一，招商后劲不足。
      二、2023年工作安排
      全年力争新签约项目5个，新建养老服务站2个。
      """
    #expect(RuleHarness.positions(rule, text) == ["6:3"])
    #expect(
      RuleHarness.findings(
        rule,
        text.replacingOccurrences(of: "2022年工作回顾", with: "2024年工作回顾")
          .replacingOccurrences(of: "2023年工作安排", with: "2025年工作安排")
      ).isEmpty)
  }
}

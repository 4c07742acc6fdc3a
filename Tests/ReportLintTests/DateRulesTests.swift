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

  @Test func closingNamesThePlansYear() {
    let text = rule.description.triggering[3]
    #expect(RuleHarness.positions(rule, text) == ["10:24"])
    #expect(RuleHarness.findings(rule, text)[0].message.contains("工作安排是2025年的"))
    // A later year ("2035年远景目标") and a year not before the tasks are left alone.
    for closing in [
      "各位代表！让我们为全面完成2025年各项目标任务、实现2035年远景目标而努力奋斗！",
      "各位代表！站在2024年的新起点上，让我们为完成全年各项目标任务而努力奋斗！",
    ] {
      let right = text.replacingOccurrences(of: "各位代表！让我们团结一心，真抓实干，为全面完成2024年各项目标任务而努力奋斗！", with: closing)
      #expect(RuleHarness.findings(rule, right).isEmpty, "\(closing)")
    }
  }

  @Test func halfYearClosingNamesTheTitlesYear() {
    let text = """
      白沙镇2025年上半年政府工作报告

      各位代表：
      一、上半年工作回顾
      全镇实现规上工业产值9.2亿元。
      在肯定成绩的同时，我们也清醒地认识到，产业结构单一。
      二、下半年工作安排
      力争新签约项目3个。
      各位代表！让我们团结一心，确保全面完成2024年各项目标任务！
      """
    #expect(RuleHarness.positions(rule, text) == ["9:20"])
  }
}

/// `date.anniversary`: the count of years from the event to the year the sentence names.
@Suite struct AnniversaryRuleTests {
  @Test(arguments: [
    ("各位代表：\n2023年是中华人民共和国成立70周年。\n", ["2:16"]),
    ("各位代表：\n2019年是中华人民共和国成立70周年，是全面建成小康社会的关键之年。\n", []),
    ("各位代表：\n2018年是改革开放四十周年。\n", []),
    ("各位代表：\n2018年是改革开放三十周年。\n", ["2:11"]),
    ("各位代表：\n2021年，我们隆重庆祝中国共产党成立100周年。\n", []),
    ("各位代表：\n全镇举办建镇70周年庆祝活动。\n", []),
  ])
  func countsFromTheEventsYear(_ text: String, _ expected: [String]) {
    #expect(TextRuleHarness.positions(AnniversaryRule.self, text) == expected)
  }
}

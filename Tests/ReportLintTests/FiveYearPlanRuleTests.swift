import Testing

@testable import ReportLint

@Suite struct FiveYearPlanRuleTests {
  let rule = FiveYearPlanRule.self

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func planYears() {
    #expect(FiveYearPlanRule.tokens == ["十一五", "十二五", "十三五", "十四五", "十五五", "十六五"])
    #expect(FiveYearPlanRule.firstYear(ofPlan: 11) == 2006)
    #expect(FiveYearPlanRule.firstYear(ofPlan: 14) == 2021)
    #expect(FiveYearPlanRule.firstYear(ofPlan: 15) == 2026)
  }

  @Test(arguments: [
    ("2024年是“十四五”规划收官之年。", true),
    ("2025年是“十四五”规划收官之年。", false),
    ("2021年是“十四五”开局之年。", false),
    ("2022年是实施“十四五”规划的开局之年。", true),
    ("刚刚过去的2015年，是“十二五”时期的收官之年。", false),
    ("刚刚过去的2016年，是“十二五”时期的收官之年。", true),
    ("2016年是全面建成小康社会决胜阶段的开局之年，也是“十三五”规划的开局之年。", false),
    ("2020年是“十四五”规划编制的关键一年。", false),
    ("2025年是“十四五”规划收官之年和“十五五”规划谋划之年。", false),
    ("2026年是“十五五”规划谋划之年。", true),
    ("2023年是实施“十四五”规划承上启下的关键之年。", false),
    ("2021年是“十四五”承上启下的关键之年。", true),
    ("2024年是完成“十四五”规划目标任务的关键之年。", false),
    ("2026年是完成“十四五”规划目标任务的关键之年。", true),
    ("在“十三五”开局之年，我们必须牢牢抓住发展机遇。", false),
    ("到2020年，“十三五”规划的收官之年，全面建成小康社会。", false),
    ("2021年是中国共产党成立100周年，是“十四五”开局之年。", false),
    ("2020年是“十三五”规划收官之年，也是为“十四五”发展打好基础的关键之年。", false),
    ("2015年是“十二五”规划的最后一年。", false),
    ("2014年是“十二五”规划的最后一年。", true),
  ])
  func claims(_ text: String, _ wrong: Bool) {
    #expect(RuleHarness.findings(rule, "各位代表：\n" + text).isEmpty == !wrong, "\(text)")
  }

  @Test func findingSitsOnTheYear() {
    let text = "各位代表：\n2024年是“十四五”规划收官之年，也是“十五五”规划谋划之年。"
    #expect(RuleHarness.positions(rule, text) == ["2:1"])
    let message = RuleHarness.findings(rule, text)[0].message
    #expect(message.contains("2021—2025年") && message.contains("收官之年是2025年"))
  }

  @Test func relativeYearsNeedTheReportsYear() {
    let report = """
      青山镇2024年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2023年工作回顾
      过去一年是“十四五”规划承上启下的关键之年，全镇完成地区生产总值12.3亿元。
      二、2024年工作安排
      今年是“十四五”规划收官之年，明年是“十五五”规划开局之年。
      """
    #expect(RuleHarness.positions(rule, report) == ["8:1", "8:16"])
    // A summary and plan does not settle "今年".
    let summary = "石桥镇2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n今年是“十四五”规划收官之年。\n"
    #expect(RuleHarness.findings(rule, summary).isEmpty)
  }
}

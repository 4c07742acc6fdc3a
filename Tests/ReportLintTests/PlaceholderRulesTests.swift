import Testing

@testable import ReportLint

@Suite struct PlaceholderRulesTests {
  let rule = UnfilledPlaceholderRule.self

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func positionsAfterChineseText() {
    let text = "一、工作回顾\n全镇完成投资XX万元，××村新建道路＿＿公里。\n数据为【待补充：经济.产值】，共{{ n }}个。\n"
    #expect(RuleHarness.positions(rule, text) == ["2:7", "2:12", "2:19", "3:4", "3:17"])
  }

  @Test func latinWordsAndSingleMarksAreNotPlaceholders() {
    #expect(RuleHarness.findings(rule, "新增XXL码生产线，占地3×4米，Xbox展台一处，全镇○个村。\n").isEmpty)
    #expect(RuleHarness.positions(rule, "XX镇人民政府\n") == ["1:1"])
    #expect(RuleHarness.positions(rule, "镇__村\n") == ["1:2"])
  }

  @Test func yearsWrittenWithCirclesAndMarkdownEmphasis() {
    #expect(RuleHarness.findings(rule, "二○○八年，全镇新建道路三条。\n").isEmpty)
    #expect(RuleHarness.positions(rule, "全镇○○村新建道路。\n") == ["1:3"])
  }
}

import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct NumberRulesTests {
  @Test func rateAboveHundredIsReported() {
    let text = "各位代表：\n全镇医保参保率达到101%，完成目标任务的105%。"
    #expect(RuleHarness.positions(NumberRateRangeRule.self, text) == ["2:8"])
  }

  @Test func rangeFormatUsesTildeAndDash() {
    let text = "各位代表：\n1-6月增长10-20%，投资3-5万元，2021-2025年。"
    #expect(RuleHarness.positions(NumberRangeFormatRule.self, text) == ["2:7", "2:16"])
    #expect(
      RuleHarness.fixed(NumberRangeFormatRule.self, text) == "各位代表：\n1-6月增长10%～20%，投资3万～5万元，2021-2025年。")
  }
}

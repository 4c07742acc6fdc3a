import Testing

@testable import ReportLint

@Suite struct ArtifactRulesTests {
  let rule = NoiseRule.self

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func positionsAfterChineseText() {
    let text = "一、工作回顾\n经济平稳。##paidbegin##项目推进[12]，成效明显。\n[bookmark: _GoBack]民生改善。\n"
    #expect(RuleHarness.positions(rule, text) == ["2:6", "2:23", "3:1"])
  }

  @Test func fixRemovesMarks() {
    let text = "一、工作回顾\n经济平稳。##paidbegin##项目推进[12]，成效明显。\n"
    #expect(RuleHarness.fixed(rule, text) == "一、工作回顾\n经济平稳。项目推进，成效明显。\n")
  }

  @Test func fullWidthFootnoteMark() {
    let text = "一、工作回顾\n投入资金开展河道清理专项行动［2］，河面保洁常态化。\n"
    #expect(RuleHarness.positions(rule, text) == ["2:15"])
    #expect(RuleHarness.fixed(rule, text) == "一、工作回顾\n投入资金开展河道清理专项行动，河面保洁常态化。\n")
  }
}

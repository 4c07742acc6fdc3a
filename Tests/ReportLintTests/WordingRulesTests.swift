import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct WordingRulesTests {
  @Test func confusableFixesJieZhiBeforeATimePoint() {
    let text = "各位代表：\n据统计，截止11月，共检查企业5家；报名截止日期为6月。"
    #expect(RuleHarness.positions(WordingConfusableRule.self, text) == ["2:5"])
    #expect(RuleHarness.fixed(WordingConfusableRule.self, text) == "各位代表：\n据统计，截至11月，共检查企业5家；报名截止日期为6月。")
  }

  @Test func confusableReportsTableEntries() {
    let text = "各位代表：\n做好其它工作，认真布署，加强法制建设，必需加强领导，保障必需品。"
    #expect(RuleHarness.positions(WordingConfusableRule.self, text) == ["2:3", "2:10", "2:15", "2:20"])
    #expect(
      RuleHarness.fixed(WordingConfusableRule.self, text) == "各位代表：\n做好其他工作，认真部署，加强法制建设，必须加强领导，保障必需品。")
    let message = RuleHarness.findings(WordingConfusableRule.self, text)[2].message
    #expect(message.contains("法治建设"))
  }

  @Test func confusableSkipsLocalTerms() {
    #expect(RuleHarness.findings(WordingConfusableRule.self, "其它村股份合作社成立。", localTerms: ["其它村"]).isEmpty)
  }
}

import Testing

@testable import ReportLint

@Suite struct PunctuationDashRuleTests {
  let rule = PunctuationDashRule.self

  @Test func dashesMadeOfOtherMarksBecomeTheDash() {
    let text = "各位代表：\n推进乡村振兴--产业兴旺，对标《规划－－纲要》，打造“一村一品”――特色带，防汛—-防台。\n――坚持项目为王。"
    #expect(TextRuleHarness.positions(rule, text) == ["2:7", "2:19", "2:33", "2:41", "3:1"])
    #expect(
      TextRuleHarness.fixed(rule, text)
        == "各位代表：\n推进乡村振兴——产业兴旺，对标《规划——纲要》，打造“一村一品”——特色带，防汛——防台。\n——坚持项目为王。")
  }

  @Test func aLoneHorizontalBarIsReportedWithoutFix() {
    let found = TextRuleHarness.findings(rule, "青禾―白沙公路建成通车。")
    #expect(found.count == 1 && found[0].fix == nil)
  }

  @Test func rangesDatesCodeListsAndTablesAreLeftAlone() {
    for text in [
      "2021--2025年", "1--6月", "增长10%--20%", "2024年--2025年", "- 加强基层治理", "-- 加强基层治理", "---", "----------",
      "<!-- baogao-disable punctuation.dash -->", "运行 baogao lint --fix 初稿", "出口增速\t--\t持平", "| 指标 | -- | -- |",
      "——坚持项目为王",
      "全面推进乡村振兴——产业兴旺", "1—6月", "———", "5G--赋能",
    ] {
      #expect(TextRuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }
}

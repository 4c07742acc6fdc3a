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

/// Asterisks that stand for a blank, as documents shared on the web write them, and those that do not.
@Suite struct AsteriskBlankTests {
  @Test(arguments: [
    ("在**乡第**届人民代表大会第*次会议上\n", 3), ("200*年，全乡经济总收入实现*亿元。\n", 2), ("依托“**公司”发展红枣加工。\n", 1),
    ("***\n", 1), ("按2*3的标准配备。\n", 0), ("* 新建高标准农田3600亩\n", 0), ("**工业经济稳中有进。**全年产值增长8%。\n", 0),
  ])
  func blanks(_ text: String, _ count: Int) {
    #expect(TextRuleHarness.findings(UnfilledPlaceholderRule.self, text).count == count)
  }

  /// "**" that is a blank is not taken for Markdown bold.
  @Test func aBlankIsNotBold() {
    #expect(TextRuleHarness.findings(MarkdownMarkRule.self, "在**乡第**届人民代表大会上\n").isEmpty)
  }
}

import Testing

@testable import ReportLint

@Suite struct EmptyPlaceholderRuleTests {
  let rule = EmptyPlaceholderRule.self

  /// What the annual template gives when the town's data are empty strings.
  static let emptyDraft = """
    　　　　　　　　　　　政府工作报告
    　　　　　　　　　 ——2025年1月9日在上

    　　：
    　　现在，我代表，向大会报告工作，请予审议，并请列席人员提出意见。
    　　一、年工作回顾
    　　年，全镇。
    　　。
    　　在肯定成绩的同时，我们也清醒地认识到，发展中还存在一些困难和问题：一是。对此，我们将认真加以解决。
    　　二、年工作安排
    　　全镇经济社会发展的主要预期目标是：。
    　　，。

    """

  @Test func everyEmptySlotOfTheTemplateIsFound() {
    #expect(
      RuleHarness.positions(rule, Self.emptyDraft) == [
        "2:22", "4:3", "5:6", "6:5", "7:3", "8:3", "9:36", "10:5", "11:19", "12:3",
      ])
    let messages = RuleHarness.findings(rule, Self.emptyDraft).map(\.message)
    #expect(messages[1].contains("称呼"))
    #expect(messages[2].contains("机关"))
    #expect(messages[3].contains("“年工作回顾”") && messages[3].contains("2024年工作回顾"))
  }

  @Test func emptySessionDateAndFigure() {
    let text = "（年月日在青禾镇第届人民代表大会第次会议上）\n全镇完成地区生产总值亿元，同比增长％，我代表向大会报告。\n"
    #expect(RuleHarness.positions(rule, text) == ["1:2", "1:9", "1:17", "2:18", "2:20"])
  }

  @Test func markdownHeadingsAndBoldWithoutWords() {
    let text = "## 一、年工作回顾\n\n##\n\n**。**\n"
    let found = RuleHarness.findings(rule, text, path: "t.md")
    #expect(found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["1:6", "3:1", "5:1"])
    // In a plain-text file the bare "##" is artifact.markdown's.
    #expect(RuleHarness.positions(rule, text) == ["1:6", "5:1"])
  }

  @Test func filledTextIsLeftAlone() {
    for text in [
      "各位代表：\n现在，我代表青禾镇人民政府，向大会报告工作。\n", "一、2024年工作回顾\n年内完成道路改造，年产值超过10亿元。\n",
      "——2025年1月9日在青禾镇第八届人民代表大会第五次会议上\n", "主要预期目标是：\n地区生产总值增长6%左右。\n", "各位代表，我们坚持统一是。\n",
      "增长5.2%，占比49 %，XX%。\n", "截至2024\n年底，全镇完成投资。\n", "年度改革计划全面完成，年均增长8%。\n", "一是，加强基层治理。\n",
      "……\n", "***\n", "我代表　青禾镇人民政府向大会报告工作。\n", "主要经济指标\t完成增长%\t全年目标增长%\n",
    ] {
      #expect(RuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }
}

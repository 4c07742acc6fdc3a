import Testing

@testable import ReportLint

@Suite struct MarkdownMarkRuleTests {
  let rule = MarkdownMarkRule.self

  static let draft = """
    青禾镇2024年政府工作报告
    ## 一、2024年工作回顾
    **工业经济稳中有进。**全镇规上工业企业达到42家，**新增6家**。
    - 新建高标准农田3600亩
    　　* 完成河道清淤12公里
    + 2024年新增就业860人
    ###二、2025年工作安排

    """

  @Test func marksInAPlainTextFileAreReported() {
    #expect(RuleHarness.positions(rule, Self.draft) == ["2:1", "3:1", "3:28", "4:1", "5:3", "6:1", "7:1"])
    #expect(
      RuleHarness.fixed(rule, Self.draft) == """
        青禾镇2024年政府工作报告
        一、2024年工作回顾
        工业经济稳中有进。全镇规上工业企业达到42家，新增6家。
        - 新建高标准农田3600亩
        　　* 完成河道清淤12公里
        + 2024年新增就业860人
        二、2025年工作安排

        """)
  }

  @Test func markdownFilesAndStandardInputAreNotChecked() {
    for path in ["t.md", "草稿.MARKDOWN", "<stdin>"] {
      #expect(RuleHarness.findings(rule, Self.draft, path: path).isEmpty, "\(path)")
    }
    #expect(!RuleHarness.findings(rule, Self.draft, path: "初稿").isEmpty)
  }

  @Test func marksThatAreNotMarkdownAreLeftAlone() {
    for text in [
      "##paidbegin##全镇经济运行平稳。\n", "#3机组完成改造。\n", "#话题#全镇经济运行平稳。\n", "- 3 -\n", "2**3等于8，a**b**c。\n",
      "***\n", "- item\n", "####### 七级\n",
    ] {
      #expect(RuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }
}

import Testing

@testable import ReportTemplate

@Suite struct DraftWriterTests {
  static let rendered = """
    % 2025年上半年政府工作报告

    各位代表：
    　　现在，我代表镇人民政府向大会报告工作，请予审议。
    # 上半年工作回顾 {-}
    上半年，全镇经济运行总体平稳。
    ## 项目建设提速增效
    **招商成效明显。**新签约项目6个。
    ## 社会事业全面进步
    ### 教育
    ### 卫生
    # 下半年工作打算 {-}
    ## 全力冲刺全年目标
    各位代表，让我们团结一心！
    """

  @Test func parsesBlocks() {
    let draft = DraftDocument(rendered: Self.rendered)
    #expect(draft.titleLines == ["2025年上半年政府工作报告"])
    #expect(draft.blocks.count == 12)
    guard case .heading(let h) = draft.blocks[2] else {
      Issue.record("no heading")
      return
    }
    #expect(h.text == "上半年工作回顾")
    #expect(!h.isNumbered)
    guard case .paragraph(let p) = draft.blocks[5] else {
      Issue.record("no paragraph")
      return
    }
    #expect(p.runIn == "招商成效明显。")
    #expect(p.text == "新签约项目6个。")
  }

  @Test func numbersFollowTheNumberedDepth() {
    let text = DraftWriter(format: .text).write(DraftDocument(rendered: Self.rendered))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("　　一、项目建设提速增效"))
    #expect(lines.contains("　　二、社会事业全面进步"))
    #expect(lines.contains("　　（一）教育"))
    #expect(lines.contains("　　（二）卫生"))
    #expect(lines.contains("　　一、全力冲刺全年目标"))
    #expect(lines.contains("　　招商成效明显。新签约项目6个。"))
    #expect(lines.contains("　　现在，我代表镇人民政府向大会报告工作，请予审议。"))
    #expect(!text.contains("**"))
    #expect(!text.contains("#"))
  }

  @Test func markdownCarriesNumbersAndBold() {
    let text = DraftWriter(format: .markdown).write(DraftDocument(rendered: Self.rendered))
    #expect(text.hasPrefix("# 2025年上半年政府工作报告\n\n各位代表：\n\n"))
    #expect(text.contains("\n\n## 上半年工作回顾\n\n"))
    #expect(text.contains("\n\n### 一、项目建设提速增效\n\n**招商成效明显。**新签约项目6个。\n\n"))
    #expect(text.contains("\n\n#### （二）卫生\n\n"))
  }

  @Test func reorderingSectionsKeepsTheSequence() {
    let a = DraftDocument(rendered: "# 甲\n# 乙\n## 子\n# 丙\n")
    let lines = DraftWriter(format: .text).write(a).split(separator: "\n")
    #expect(lines == ["　　一、甲", "　　二、乙", "　　（一）子", "　　三、丙"])
    let b = DraftDocument(rendered: "# 丙\n# 甲\n")
    #expect(DraftWriter(format: .text).write(b).split(separator: "\n") == ["　　一、丙", "　　二、甲"])
  }

  @Test(arguments: [(1, 0, "一、"), (12, 0, "十二、"), (3, 1, "（三）"), (2, 2, "2．"), (4, 3, "（4）"), (5, 4, "⑤")])
  func markers(number: Int, depth: Int, marker: String) {
    #expect(HeadingNumbering.marker(number, depth: depth) == marker)
  }

  @Test func titleIsCentred() {
    let text = DraftWriter(format: .text).write(DraftDocument(rendered: "% 政府工作报告\n正文。\n"))
    let first = text.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == String(repeating: "\u{3000}", count: 11) + "政府工作报告")
  }
}

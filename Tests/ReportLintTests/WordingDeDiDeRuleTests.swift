import Testing

@testable import ReportLint

@Suite struct WordingDeDiDeRuleTests {
  let rule = WordingDeDiDeRule.self

  @Test func adverbialsBeforeVerbsTakeDi() {
    let text = "各位代表：\n全镇上下积极的推进乡村振兴，认真的落实惠民政策，扎实的开展了河道整治。"
    #expect(TextRuleHarness.positions(rule, text) == ["2:7", "2:17", "2:27"])
    #expect(TextRuleHarness.fixed(rule, text) == "各位代表：\n全镇上下积极地推进乡村振兴，认真地落实惠民政策，扎实地开展了河道整治。")
    #expect(TextRuleHarness.findings(rule, text)[0].message.contains("“积极地推进”"))
  }

  @Test func complementsOfDegreeTakeDe() {
    let text = "各位代表：\n各项任务完成的很好，集镇变的越来越美，有的工作做的还不够到位，我们要做的更好。"
    #expect(TextRuleHarness.positions(rule, text) == ["2:7", "2:14", "2:25", "2:36"])
    #expect(
      TextRuleHarness.fixed(rule, text) == "各位代表：\n各项任务完成得很好，集镇变得越来越美，有的工作做得还不够到位，我们要做得更好。")
  }

  @Test func deBeforeNounsIsRight() {
    for text in [
      "实施积极的财政政策。", "完成的任务很多。", "起到了积极的推动作用。", "实现持续的发展。", "各项工作得到了扎实的推进。", "我们做的很多工作。",
      "在各方积极的推动下。", "建立有效的推进机制。", "这是我们所做的很好的尝试。", "发展的不竭动力。", "真抓实干的实绩。", "做的好事实事。",
      "完成的很好的项目。", "积极的推进。",
    ] {
      #expect(TextRuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }

  @Test func localTermsAreLeftAlone() {
    let found = TextRuleHarness.findings(rule, "认真的落实合作社成立。", localTerms: ["认真的落实合作社"])
    #expect(found.isEmpty)
  }
}

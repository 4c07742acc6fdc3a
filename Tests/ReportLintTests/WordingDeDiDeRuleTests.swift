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

extension WordingDeDiDeRuleTests {
  @Test func nounPhrasesAfterVerbsAndDegreeWordsAreRight() {
    for text in [
      "采取有效的提升手段。", "实现更可持续的发展。", "解决不平衡不充分的发展问题。", "经济保持稳步的提升。", "这是一次积极的推进。",
      "给予大力的推动。", "对集镇进行全面的提升改造。", "形成全面的提升态势。", "有着积极的推动意义。",
    ] {
      #expect(TextRuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }

  @Test func aSubjectBeforeTheAdverbialMakesTheClauseAPredicate() {
    let text = "各位代表：\n（七）改革工作扎实的推进。\n三、新型城镇化建设深入的推进\n"
    #expect(TextRuleHarness.positions(rule, text) == ["2:10", "3:12"])
    #expect(TextRuleHarness.positions(rule, "这次活动办的非常成功，我们要走的更远。") == ["1:6", "1:16"])
  }
}

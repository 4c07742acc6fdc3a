import ReportOutline
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct WordingRulesTests {
  @Test func confusableFixesJieZhiBeforeATimePoint() {
    let text = "各位代表：\n据统计，截止11月，共检查企业5家；报名截止日期为6月。"
    #expect(TextRuleHarness.positions(WordingConfusableRule.self, text) == ["2:5"])
    #expect(TextRuleHarness.fixed(WordingConfusableRule.self, text) == "各位代表：\n据统计，截至11月，共检查企业5家；报名截止日期为6月。")
  }

  @Test func confusableReportsTableEntries() {
    let text = "各位代表：\n做好其它工作，认真布署，加强法制建设，必需加强领导，保障必需品，建立工作台帐。"
    #expect(TextRuleHarness.positions(WordingConfusableRule.self, text) == ["2:3", "2:10", "2:20", "2:37"])
    #expect(
      TextRuleHarness.fixed(WordingConfusableRule.self, text)
        == "各位代表：\n做好其他工作，认真部署，加强法制建设，必须加强领导，保障必需品，建立工作台账。")
  }

  @Test func confusableJieZhiNeedsATimePoint() {
    #expect(
      TextRuleHarness.positions(WordingConfusableRule.self, "各位代表：\n截止目前、截止 2024年、截止时间、截止第三季度。") == [
        "2:1", "2:6", "2:20",
      ])
  }

  @Test func confusableSkipsLocalTerms() {
    #expect(TextRuleHarness.findings(WordingConfusableRule.self, "其它村股份合作社成立。", localTerms: ["其它村"]).isEmpty)
  }

  @Test func formulationsResourceLoads() {
    #expect(WordingFormulationRule.builtIn.count >= 10)
    #expect(WordingFormulationRule.builtIn.allSatisfy { !$0.wrong.isEmpty && $0.effectiveYear != nil })
  }

  @Test func formulationFixesWrongForms() {
    let text = "各位代表：\n坚持以习近平新时代中国特色社会主义思想精神为指导，学习党的二十大会议精神，不忘初心，牢记使命。"
    #expect(TextRuleHarness.positions(WordingFormulationRule.self, text) == ["2:3", "2:28", "2:38"])
    #expect(
      TextRuleHarness.fixed(WordingFormulationRule.self, text)
        == "各位代表：\n坚持以习近平新时代中国特色社会主义思想为指导，学习党的二十大精神，不忘初心、牢记使命。")
  }

  @Test func formulationEntriesMergeFromConfig() throws {
    let extra = try WordingFormulationRule.formulations(
      parsing: "提法:\n  - 正确: 千万工程\n    错误: [千村万户工程]\n    说明: 简称为“千万工程”\n    起用日期: 2003-06-05\n",
      path: "baogao.yaml")
    let rule = WordingFormulationRule(adding: extra)
    let source = SourceText(path: "t.txt", string: "深化千村万户工程。")
    let context = LintContext(
      source: source, outline: Outline(parsing: source), model: TextRuleHarness.model)
    var found: [Finding] = []
    rule.check(context, into: &found)
    #expect(found.count == 1 && found[0].message.contains("千万工程"))
  }

  @Test func formulationRespectsTheEffectiveYear() {
    let text = "2015年政府工作报告\n\n深入学习两个确定。\n"
    #expect(TextRuleHarness.findings(WordingFormulationRule.self, text).isEmpty)
  }

  @Test func formulationWantsTheFullNameOfTheThought() {
    let text = "各位代表：\n坚持以新时代中国特色社会主义思想为指导，深入学习习近平总书记新时代中国特色社会主义思想，认真贯彻习近平新时代中国特色社会主义经济思想。"
    #expect(TextRuleHarness.positions(WordingFormulationRule.self, text) == ["2:4", "2:25"])
    #expect(
      TextRuleHarness.fixed(WordingFormulationRule.self, text)
        == "各位代表：\n坚持以习近平新时代中国特色社会主义思想为指导，深入学习习近平新时代中国特色社会主义思想，认真贯彻习近平新时代中国特色社会主义经济思想。"
    )
  }

  @Test func formulationOverlapsAreReportedOnce() {
    // The theme education's wrong name holds the thought's short name: one finding, the longer one.
    let text = "各位代表：\n深入开展学习贯彻新时代中国特色社会主义思想主题教育。"
    let found = TextRuleHarness.findings(WordingFormulationRule.self, text)
    #expect(found.count == 1 && found[0].message.contains("主题教育的全称"))
    #expect(
      TextRuleHarness.fixed(WordingFormulationRule.self, text) == "各位代表：\n深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。")
  }

  @Test func formulationYearComesFromTheDatelineWithoutATitleYear() {
    let text = "政府工作报告\n——2015年1月9日在青山镇第八届人民代表大会第五次会议上\n\n各位代表：\n深入学习两个确定。\n"
    #expect(TextRuleHarness.findings(WordingFormulationRule.self, text).isEmpty)
  }
}

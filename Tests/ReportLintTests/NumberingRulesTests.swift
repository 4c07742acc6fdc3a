import ReportText
import Testing

@testable import ReportLint

@Suite struct NumberingRulesTests {
  @Test(
    arguments: [NumberingLevelRule.self, NumberingMarkerRule.self, NumberingSequenceRule.self] as [any LintRule.Type])
  func examplesAndDrafts(_ rule: any LintRule.Type) {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  /// Items numbered on across sections, and a new count after a full list, are numbered right.
  @Test func sequenceAcrossSectionsAndANewCount() {
    let text = """
      一、2024年工作回顾
      （一）五年来产业发展。五年累计完成投资52亿元。
      （二）五年来民生改善。新建学校14所。
      （三）五年来城乡建设。新建道路120公里。
      各位代表！刚刚过去的2024年，我们扎实推进各项工作。
      （一）经济运行稳中有进
      1．农业生产稳定。全年粮食播种面积3.1万亩。
      2．工业提质增效。规上工业产值增长8%。
      （二）民生事业持续改善
      3．教育优质均衡。新建幼儿园2所。
      4．医疗服务提升。新建村卫生室5个。
      """
    #expect(RuleHarness.findings(NumberingSequenceRule.self, text).isEmpty)
  }

  /// "(一)" in half-width brackets is one defect, reported by numbering.marker alone.
  @Test func halfWidthBracketsOfAMarkerAreOneFinding() {
    let text = "一、2024年工作回顾\n(一)农业生产稳定。全年粮食播种面积3.1万亩。\n(二)环境整治有力。清理河道垃圾120吨。\n"
    let rules: [any LintRule.Type] = [NumberingMarkerRule.self, PunctuationWidthRule.self]
    let found = rules.flatMap { RuleHarness.findings($0, text) }.filter { $0.range.lowerBound.line == 2 }
    #expect(found.map(\.ruleID) == ["numbering.marker"])
  }

  @Test func sequenceFindingAndFix() {
    let text = """
      青山镇2024年政府工作报告

      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      （四）民生保障有力。新增就业岗位300个。
      （五）基层治理有效。化解矛盾纠纷56件。
      二、2025年工作安排
      （一）稳住农业基本盘。新建高标准农田2000亩。

      """
    let rule = NumberingSequenceRule.self
    #expect(RuleHarness.positions(rule, text) == ["6:1"])
    let fixed = RuleHarness.fixed(rule, text)
    #expect(fixed.contains("（三）民生保障有力"))
    #expect(fixed.contains("（四）基层治理有效"))
    #expect(RuleHarness.findings(rule, fixed).isEmpty)
  }

  @Test func repeatedNumber() {
    let text = "一、工作回顾\n（一）甲项工作推进有力。\n（二）乙项工作推进有力。\n（二）丙项工作推进有力。\n"
    #expect(RuleHarness.positions(NumberingSequenceRule.self, text) == ["4:1"])
    #expect(RuleHarness.fixed(NumberingSequenceRule.self, text).contains("（三）丙项"))
  }

  @Test func markerPositionsAndFixes() {
    let text = "一、2024年工作回顾\n（一）农业生产稳定。\n1、粮食播种面积3.1万亩。\n2、新建高标准农田2000亩。\n（二）、环境整治有力。\n"
    let rule = NumberingMarkerRule.self
    #expect(RuleHarness.positions(rule, text) == ["3:1", "4:1", "5:1"])
    #expect(
      RuleHarness.fixed(rule, text)
        == "一、2024年工作回顾\n（一）农业生产稳定。\n1．粮食播种面积3.1万亩。\n2．新建高标准农田2000亩。\n（二）环境整治有力。\n")
  }

  @Test func wrongFamilyAmongSiblings() {
    let text = "青山镇工作报告\n\n一、工作回顾\n全镇经济平稳。\n二、存在问题\n人才短缺。\n3、工作安排\n抓好项目建设。\n"
    let found = RuleHarness.findings(NumberingMarkerRule.self, text)
    #expect(found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["7:1"])
    #expect(RuleHarness.fixed(NumberingMarkerRule.self, text).contains("三、工作安排"))
  }

  @Test func levelSkipSitsOnFirstSubheading() {
    let text = "青山镇工作报告\n\n一、2024年工作回顾\n全镇经济平稳。\n1．农业生产稳定。\n2．环境整治有力。\n"
    #expect(RuleHarness.positions(NumberingLevelRule.self, text) == ["5:1"])
  }

  @Test func recoveredMarkerAmongSubsections() {
    let text = "青山镇工作报告\n\n一、2024年工作回顾\n（一）农业生产稳定。全年粮食播种面积3.1万亩。\n（二）环境整治有力。清理河道垃圾120吨。\n3、民生保障有力。新增就业岗位300个。\n"
    #expect(RuleHarness.positions(NumberingMarkerRule.self, text) == ["6:1"])
    #expect(RuleHarness.fixed(NumberingMarkerRule.self, text).contains("（三）民生保障有力"))
    #expect(RuleHarness.findings(NumberingSequenceRule.self, text).isEmpty)
    #expect(RuleHarness.findings(NumberingLevelRule.self, text).isEmpty)
  }

  @Test func skipThenRepeatIsOneFinding() {
    let text = "一、工作回顾\n（一）甲项工作推进有力。\n（二）乙项工作推进有力。\n（四）丙项工作推进有力。\n（四）丁项工作推进有力。\n"
    let rule = NumberingSequenceRule.self
    #expect(RuleHarness.positions(rule, text) == ["4:1"])
    let fixed = RuleHarness.fixed(rule, text)
    #expect(fixed.contains("（三）丙项") && fixed.contains("（四）丁项"))
  }

  @Test func firstMarkerOfAnotherFormFollowsTheMajority() {
    let text = "青山镇工作报告\n\n一、2025年工作安排\n1、推动经济提质增效。\n（二）推进城市有机更新。\n（三）提升民生服务水平。\n"
    #expect(RuleHarness.positions(NumberingMarkerRule.self, text) == ["4:1"])
    #expect(RuleHarness.fixed(NumberingMarkerRule.self, text).contains("（一）推动经济"))
    #expect(RuleHarness.findings(NumberingSequenceRule.self, text).isEmpty)
    #expect(RuleHarness.findings(NumberingLevelRule.self, text).isEmpty)
  }

  @Test func markdownHeadings() {
    let text = "# 青山镇工作报告\n\n## 一、2025年工作安排\n\n### （一）抓项目\n\n新开工项目2个。\n\n### （三）抓民生\n\n新增就业100人。\n"
    #expect(RuleHarness.positions(NumberingSequenceRule.self, text) == ["9:5"])
  }

  /// "3、" written for the third top-level heading: only numbering.marker speaks, not the rules that see the
  /// parser's nesting of the line one level down.
  @Test(arguments: [
    """
    青山镇2024年政府工作报告

    一、2024年工作回顾
    （一）农业生产稳定。全年粮食播种面积3.1万亩。
    （二）环境整治有力。清理河道垃圾120吨。
    二、存在的问题
    产业结构仍然单一，财政增收压力较大。
    3、2025年工作安排
    （一）稳住农业基本盘。新建高标准农田2000亩。
    （二）持续改善环境。治理河道5条。

    """,
    """
    青山镇2024年政府工作报告

    一、2024年工作回顾
    （一）农业生产稳定。全年粮食播种面积3.1万亩。
    二、存在的问题
    （一）产业结构单一。财政增收压力较大。
    3、2025年工作安排
    （一）稳住农业基本盘。新建高标准农田2000亩。

    """,
  ])
  func misnumberedTopHeadingIsOneFinding(_ text: String) throws {
    let linter = Linter(
      rules: [NumberingMarkerRule.self, NumberingSequenceRule.self, NumberingLevelRule.self, EmptySectionRule.self],
      model: TextRuleHarness.model)
    let findings = linter.lint(SourceText(path: "t.txt", string: text))
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("3、") }! + 1
    #expect(findings.map { "\($0.ruleID) \($0.range.lowerBound.line)" } == ["numbering.marker \(line)"])
    #expect(findings.first?.message.contains("三、") == true)
  }
}

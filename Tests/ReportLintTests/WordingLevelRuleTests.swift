import ReportOutline
import ReportText
import Testing

@testable import ReportLint

@Suite struct WordingLevelRuleTests {
  let rule = WordingLevelRule.self

  func unit(_ text: String) -> TownshipUnit? {
    let source = SourceText(path: "t.txt", string: text)
    return TownshipUnit.of(LintContext(source: source, outline: Outline(parsing: source), model: RuleHarness.model))
  }

  /// A half-year report of `name` (松林乡, 白沙镇, 云溪街道) with `body` as the review's paragraph.
  func report(_ name: String, speaker: String, body: String) -> String {
    """
    \(name)2024年上半年政府工作报告

    各位代表：
    现在，我代表\(speaker)向大会报告工作，请予审议。
    一、上半年工作回顾
    \(body)
    二、下半年工作安排
    力争新签约项目3个。
    """
  }

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func unitFromWhereTheReportNamesItself() {
    #expect(unit(report("松林乡", speaker: "乡人民政府", body: "全乡完成农业总产值2.1亿元。")) == .xiang)
    #expect(unit(report("白沙镇", speaker: "白沙镇人民政府", body: "全镇完成农业总产值2.1亿元。")) == .zhen)
    #expect(unit(report("云溪街道", speaker: "街道办事处", body: "辖区新增市场主体320户。")) == .jiedao)
    #expect(unit("政府工作报告\n——2025年1月7日在梅岭镇第二十届人民代表大会第四次会议上\n\n各位代表：\n") == .zhen)
    #expect(unit("莲河镇人民政府工作报告\n\n莲河镇镇长　钟启明\n\n各位代表：\n") == .zhen)
    #expect(unit(" 2024年，柳营乡在县委、县政府的正确领导下，扎实推进各项工作。\n\n一、2024年工作总结\n") == .xiang)
    #expect(unit("2023年上半年政府工作报告\n\n上半年工作回顾\n今年以来，白沙镇人民政府坚持稳中求进。\n") == .zhen)
    #expect(unit("2023年工作总结\n\n2023年以来，青石镇党委、镇政府团结带领全镇干部群众。\n") == .zhen)
    #expect(unit("桥南街道2024年上半年工作报告\n\n一、上半年工作回顾\n新增市场主体320户。\n\n桥南街道办事处\n2024年7月12日\n") == .jiedao)
    // Names that disagree, a county's report, and no name at all give no unit.
    #expect(unit(report("松林乡", speaker: "镇人民政府", body: "全乡完成农业总产值2.1亿元。")) == nil)
    #expect(unit("各位代表：\n现在，我代表宝安区人民政府向大会报告工作。\n全镇各街道。\n") == nil)
    #expect(unit("政府工作报告\n\n各位代表：\n全镇完成农业总产值2.1亿元。\n") == nil)
    #expect(unit("各乡镇2024年工作总结\n\n全年完成任务。\n") == nil)
  }

  @Test func xiangReportSayingZhen() {
    let text = report(
      "松林乡", speaker: "乡人民政府",
      body: "上半年，全镇完成农业总产值2.1亿元，在镇党委的坚强领导下，在镇人大的监督下，我镇新建农村道路15公里。")
    #expect(RuleHarness.positions(rule, text) == ["6:5", "6:21", "6:32", "6:40"])
    #expect(
      RuleHarness.fixed(rule, text).contains(
        "上半年，全乡完成农业总产值2.1亿元，在乡党委的坚强领导下，在乡人大的监督下，我乡新建农村道路15公里。"))
    #expect(RuleHarness.findings(rule, text)[0].message == "本报告是乡人民政府的报告，“全镇”应写作“全乡”。")
  }

  @Test func streetReportSayingZhen() {
    let text = report(
      "云溪街道", speaker: "街道办事处",
      body: "上半年，在镇党委的领导下，在镇人大的监督下，全镇新增市场主体320户，我镇获评文明单位。")
    let found = RuleHarness.findings(rule, text)
    #expect(
      found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["6:6", "6:15", "6:23", "6:36"])
    #expect(found.map { $0.fix != nil } == [true, false, true, false])
    #expect(found[1].message.contains("街道人大工委"))
    #expect(RuleHarness.fixed(rule, text).contains("在街道党工委的领导下，在镇人大的监督下，全街道新增市场主体320户"))
  }

  @Test func otherPlacesAndLongerWordsAreNotSelfReferences() {
    let body =
      "学习邻镇经验，与青山镇党委共建，原石门乡政府旧址改为展馆，各镇政府积极配合；全县乡镇考核第三，健全乡村治理体系，保障安全镇村道路，城镇人口增加，镇村两级联动，培育本乡本土人才，推进乡村振兴和乡镇企业发展。"
    #expect(RuleHarness.findings(rule, report("白沙镇", speaker: "镇人民政府", body: body)).isEmpty)
    let xiangBody = "全县各镇政府、乡镇党委积极推进城镇化，全镇域面积以外的邻镇也参与。"
    #expect(RuleHarness.findings(rule, report("松林乡", speaker: "乡人民政府", body: xiangBody)).map(\.message).count == 1)
  }

  @Test func speakersWordsAreSelfReferences() {
    let text = report("松林乡", speaker: "乡人民政府", body: "全乡完成农业总产值2.1亿元。在此，我谨代表镇人民政府，向全乡干部群众表示感谢。")
    let found = RuleHarness.findings(rule, text)
    #expect(found.count == 1 && found[0].message.contains("“镇人民政府”应写作“乡人民政府”"))
  }

  @Test func localTermsAreSkipped() {
    let text = report("松林乡", speaker: "乡人民政府", body: "全镇完成农业总产值2.1亿元。")
    let found = Linter(rules: [rule], model: RuleHarness.model, localTerms: ["全镇"]).lint(
      SourceText(path: "t", string: text))
    #expect(found.isEmpty)
  }
}

import ReportModel
import ReportText
import Testing

@testable import ReportLint

@Suite struct WordingOutdatedRuleTests {
  let rule = WordingOutdatedRule.self

  /// An annual report given on `date`, with `review` appended to the review and `plan` to the plan.
  func annual(dated date: String, reviewYear: Int, review: String = "", plan: String) -> String {
    """
    政府工作报告
    ——\(date)在青山镇第八届人民代表大会第五次会议上

    各位代表：
    现在，我代表镇人民政府向大会报告工作，请予审议。
    一、\(reviewYear)年工作回顾
    全镇完成地区生产总值12.3亿元。\(review)
    二、\(reviewYear + 1)年工作安排
    力争新签约项目5个。\(plan)
    """
  }

  @Test func examplesAndDrafts() {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func dataLoads() {
    #expect(WordingData.outdatedTerms.count >= 8)
    #expect(WordingData.outdatedTerms.contains { $0.outdated == "法制建设" && !$0.fixes && $0.since != nil })
    #expect(WordingData.congresses.map(\.term) == [15, 16, 17, 18, 19, 20])
    #expect(WordingData.congresses.allSatisfy { !$0.plenums.isEmpty })
  }

  // MARK: Terms

  @Test func termsAreJudgedByTheReportsDate() {
    let old = "青山镇2005年政府工作报告\n\n各位代表：\n一、2004年工作回顾\n加强法制建设，推进依法行政。\n"
    #expect(RuleHarness.findings(rule, old).isEmpty)
    let new = old.replacingOccurrences(of: "2005年", with: "2016年").replacingOccurrences(of: "2004年", with: "2015年")
    #expect(RuleHarness.positions(rule, new) == ["5:3"])
    #expect(RuleHarness.findings(rule, new)[0].fix == nil)
    // Undated drafts are taken as written now.
    #expect(RuleHarness.positions(rule, "各位代表：\n加强法制建设。") == ["2:3"])
  }

  @Test func termsWithACertainFixAreFixed() {
    let text = "各位代表：\n建设法制政府，运用法制思维和法制方式，把各项工作纳入法制轨道，推进治理法制化。"
    #expect(RuleHarness.positions(rule, text) == ["2:3", "2:10", "2:15", "2:27", "2:36"])
    #expect(
      RuleHarness.fixed(rule, text) == "各位代表：\n建设法治政府，运用法治思维和法治方式，把各项工作纳入法治轨道，推进治理法制化。")
    #expect(RuleHarness.findings(rule, text).last!.message.contains("一般应写作“法治化”"))
  }

  @Test func renamedTitles() {
    let text = "青山镇2025年政府工作报告\n\n各位代表：\n一、2024年工作回顾\n创成省级民主法制示范村2个，为各校配齐法制副校长。\n"
    #expect(RuleHarness.fixed(rule, text).contains("创成省级民主法治示范村2个，为各校配齐法治副校长。"))
    let before = text.replacingOccurrences(of: "2025年", with: "2021年").replacingOccurrences(of: "2024年", with: "2020年")
    #expect(RuleHarness.findings(rule, before).map(\.message).count == 1)
  }

  @Test func otherWordsEndingInFaAreNotTerms() {
    for text in ["推进地方立法制度化建设。", "落实领导干部学法制度，坚持执法制度化。", "加强法制宣传教育，落实法制审核制度，发挥法制机构作用。"] {
      #expect(RuleHarness.findings(rule, text).isEmpty, "\(text)")
    }
  }

  @Test func localTermsAreSkipped() {
    let found = Linter(rules: [rule], model: RuleHarness.model, localTerms: ["法制政府路"])
      .lint(SourceText(path: "t", string: "改造法制政府路沿线立面。"))
    #expect(found.isEmpty)
  }

  // MARK: Meetings

  @Test func congressFormulaAfterANewCongress() {
    let text = annual(dated: "2023年1月9日", reviewYear: 2022, plan: "全面贯彻党的十九大精神，推动高质量发展。")
    #expect(RuleHarness.positions(rule, text) == ["9:15"])
    let message = RuleHarness.findings(rule, text)[0].message
    #expect(message.contains("“党的十九大精神”") && message.contains("党的二十大（2022年10月）"))
    #expect(message.contains("应写作“党的二十大精神”"))
  }

  @Test func plenumListAfterANewerPlenum() {
    let text = annual(dated: "2025年1月9日", reviewYear: 2024, plan: "深入学习贯彻党的二十大和二十届二中全会精神。")
    #expect(RuleHarness.positions(rule, text) == ["9:17"])
    #expect(RuleHarness.findings(rule, text)[0].message.contains("应写作“党的二十大和二十届二中、三中全会精神”"))
    let current = annual(dated: "2025年1月9日", reviewYear: 2024, plan: "深入学习贯彻党的二十大和二十届二中、三中全会精神。")
    #expect(RuleHarness.findings(rule, current).isEmpty)
  }

  @Test func aMeetingJustHeldNeedNotBeNamedYet() {
    // 四中全会 opened on 20 October 2025: a report of early November need not name it.
    let text = annual(dated: "2025年11月5日", reviewYear: 2024, plan: "深入学习贯彻党的二十大和二十届二中、三中全会精神。")
    #expect(RuleHarness.findings(rule, text).isEmpty)
    let later = annual(dated: "2026年1月9日", reviewYear: 2025, plan: "深入学习贯彻党的二十大和二十届二中、三中全会精神。")
    #expect(RuleHarness.findings(rule, later)[0].message.contains("二十届四中全会（2025年10月）"))
  }

  @Test func theReviewSpeaksOfItsOwnYear() {
    // In 2017 the 十八大 and its 六中全会 were the guidance; the plan for 2018 follows the 十九大.
    let text = annual(
      dated: "2018年1月9日", reviewYear: 2017, review: "一年来，我们深入贯彻党的十八大和十八届六中全会精神。",
      plan: "全面贯彻党的十九大精神。")
    #expect(RuleHarness.findings(rule, text).isEmpty)
    let stale = annual(
      dated: "2018年1月9日", reviewYear: 2017, review: "一年来，我们深入贯彻党的十八大和十八届五中全会精神。",
      plan: "全面贯彻党的十九大精神。")
    #expect(RuleHarness.positions(rule, stale) == ["7:28"])
  }

  @Test(arguments: [
    "党的十九大以来，全镇面貌焕然一新。",
    "以优异成绩迎接党的二十大胜利召开。",
    "认真学习十九届六中全会通过的历史决议。",
    "贯彻十九届四中全会精神，推进治理现代化。",
    "全面贯彻党的十九大和十九届历次全会精神，喜迎党的二十大。",
    "在青山镇第十九届人民代表大会第三次会议上。",
  ])
  func historyIsNotAFormula(_ sentence: String) {
    // Dated in 2022, before the 二十大: none of these is out of date, and the history is not a formula at all.
    let text = annual(dated: "2022年1月9日", reviewYear: 2021, plan: sentence)
    #expect(RuleHarness.findings(rule, text).isEmpty, "\(sentence)")
    let later = annual(dated: "2026年1月9日", reviewYear: 2025, plan: sentence)
    let expected = sentence.hasPrefix("全面贯彻党的十九大和十九届历次全会精神") ? 1 : 0
    #expect(RuleHarness.findings(rule, later).count == expected, "\(sentence)")
  }

  @Test func formulaParts() throws {
    let bytes = Array("全面贯彻落实党的十八大、十八届三中、四中全会和习近平总书记系列重要讲话精神".utf8)
    let start = try #require(RuleBytes.occurrences(of: Array("十八大".utf8), in: bytes).first)
    let formula = try #require(WordingOutdatedRule.formula(at: start, bytes))
    #expect(formula.congresses == [18])
    #expect(formula.plenums.map(\.plenum) == [3, 4])
    let two = Array("深入贯彻党的十九大和十九届二中全会、三中全会精神".utf8)
    let second = try #require(RuleBytes.occurrences(of: Array("十九大".utf8), in: two).first)
    #expect(WordingOutdatedRule.formula(at: second, two)?.plenums.map(\.plenum) == [2, 3])
  }

  @Test func calendarGuidance() {
    let calendar = PartyCalendar.builtIn
    #expect(calendar.guidance(asOf: CalendarDay(year: 2023, month: 1, day: 1)) == "党的二十大精神")
    #expect(calendar.guidance(asOf: CalendarDay(year: 2021, month: 1, day: 1)) == "党的十九大和十九届二中、三中、四中、五中全会精神")
    #expect(calendar.latest(onOrBefore: CalendarDay(year: 2022, month: 10, day: 20), plenums: true)?.plenum == 0)
    #expect(PartyCalendar.name(PartyCalendar.Meeting(term: 20, plenum: 3, day: .newYear(2024))) == "党的二十届三中全会")
  }

  // MARK: Config

  @Test func configAddsTermsAndMeetings() throws {
    let config = try LintConfig(
      parsing: SourceText(
        path: ".baogao.yml",
        string: """
          outdated:
            - 旧: 扶贫办
              新: 乡村振兴局
              停用日期: 2021-02-25
              修正: 否
          meetings:
            - 届: 二十
              代表大会: 2022-10-16
              全会: [2022-10-23, 2023-02-26, 2024-07-15, 2025-10-20, 2026-10-12]
          """))
    #expect(config.outdatedTerms.map(\.current) == ["乡村振兴局"])
    #expect(config.congresses.first?.plenums.count == 5)
    let linter = Linter(rules: [rule], model: RuleHarness.model, config: config)
    let text = annual(
      dated: "2027年1月9日", reviewYear: 2026, review: "原扶贫办并入农业农村局。",
      plan: "深入学习贯彻党的二十大和二十届二中、三中、四中全会精神。")
    let found = linter.lint(SourceText(path: "t", string: text))
    #expect(found.map(\.range.lowerBound.line) == [7, 9])
    #expect(found[1].message.contains("二十届五中全会（2026年10月）"))
  }

  @Test func badConfigEntriesAreLocated() {
    let cases: [(String, String)] = [
      ("outdated:\n  - 新: 法治政府\n", "缺少“旧”"),
      ("outdated:\n  - 旧: 法制政府\n    新: 法治政府\n    停用日期: 2014\n", "年-月-日"),
      ("outdated:\n  - 旧: 法制政府\n    新: 法治政府\n    修正: 对\n", "“是”或“否”"),
      ("outdated:\n  - 旧: 法制政府\n    新: 法治政府\n    日期: 2014-10-23\n", "停用日期"),
      ("meetings:\n  - 届: 二十一\n    全会: [2027-10-20]\n", "代表大会"),
      ("meetings:\n  - 届: 二十\n    代表大会: 2022-10-16\n    全会: [2023-02-26, 2022-10-23]\n", "先后"),
      ("meeting:\n  - 届: 二十\n", "meetings"),
    ]
    for (text, words) in cases {
      #expect(throws: LintConfigError.self) {
        try LintConfig(parsing: SourceText(path: ".baogao.yml", string: text))
      }
      do {
        _ = try LintConfig(parsing: SourceText(path: ".baogao.yml", string: text))
      } catch {
        #expect(error.message.contains(words), "\(text): \(error.message)")
      }
    }
  }
}

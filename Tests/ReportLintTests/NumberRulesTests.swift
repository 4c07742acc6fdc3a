import ReportOutline
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct NumberRulesTests {
  @Test func rateAboveHundredIsReported() {
    let text = "各位代表：\n全镇医保参保率达到101%，完成目标任务的105%。"
    #expect(TextRuleHarness.positions(NumberRateRangeRule.self, text) == ["2:8"])
  }

  @Test func rangeFormatUsesTildeAndDash() {
    let text = "各位代表：\n1-6月增长10-20%，投资3-5万元，2021-2025年。"
    #expect(TextRuleHarness.positions(NumberRangeFormatRule.self, text) == ["2:1", "2:7", "2:16", "2:22"])
    #expect(
      TextRuleHarness.fixed(NumberRangeFormatRule.self, text) == "各位代表：\n1—6月增长10%～20%，投资3万～5万元，2021—2025年。")
    #expect(TextRuleHarness.findings(NumberRangeFormatRule.self, text)[3].message.contains("一字线"))
  }

  @Test func inconsistentPointsToTheFirstValue() {
    let text = "各位代表：\n全镇共有夜市摊位83个。\n目前，夜市摊位112个，地区生产总值17.1亿元。\n地区生产总值1710000000元。"
    let found = TextRuleHarness.findings(NumberInconsistentRule.self, text)
    #expect(found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["3:8"])
    #expect(found.first?.message.contains("第2行") == true)
  }

  @Test func inconsistentMatchesANounAfterTheNumber() {
    let text = "各位代表：\n在沙滩范围内规划夜摊摆放点83处，打造美食街。\n充分利用规划的112处夜摊摆放点，鼓励经营。"
    #expect(TextRuleHarness.positions(NumberInconsistentRule.self, text) == ["3:8"])
  }

  /// Figures of the year against the plan's targets, the five years' against the year's, a breakdown, an item of
  /// a list and figures several times apart are different measures, not one measure written twice.
  @Test(arguments: [
    "一、2024年工作回顾\n新增城镇就业520人。\n二、2025年工作安排\n新增城镇就业580人。\n",
    "一、2024年工作回顾\n（一）就业。五年来，新增城镇就业2600人。\n（二）民生。新增城镇就业2400人，零就业家庭清零。\n",
    "一、2024年工作回顾\n过去五年，我们接续奋斗。\n——民生。新增城镇就业2600人。\n（一）民生。新增城镇就业520人。\n",
    "一、2024年工作回顾\n（一）教育。新增学位5010个。\n（二）民生。建成学校4所、新增学位4290个，建成幼儿园2所、新增学位720个。\n",
    "一、2024年工作回顾\n（一）教育。建成中小学、幼儿园6所。\n（二）民生。改造公办学校和幼儿园17所。\n",
    "一、2024年工作回顾\n（一）就业。为退役军人提供就业岗位145个。\n（二）民生。提供就业岗位1.2万个。\n",
    "一、2024年工作回顾\n（一）社区。东湖、西湖4个社区获评宜居社区。\n（二）民生。西湖2个。\n",
  ])
  func inconsistentComparesOneMeasureOfOnePeriod(_ text: String) {
    #expect(TextRuleHarness.findings(NumberInconsistentRule.self, text).isEmpty)
  }

  /// Two counts of one measure in two sections of the review, after a verb of yearly work too.
  @Test func inconsistentFindsAYearlyIncrementWrittenTwice() {
    let text = "一、2024年工作回顾\n（一）就业。全年新增城镇就业520人。\n（二）民生。新增城镇就业580人，零就业家庭清零。\n"
    let found = TextRuleHarness.findings(NumberInconsistentRule.self, text)
    #expect(found.map { "\($0.range.lowerBound.line)" } == ["3"])
    #expect(found.first?.message.contains("“新增城镇就业”在第2行是“520人”") == true)
  }

  /// A rate or a change is no total of the parts after 其中; the parts end with their brackets and their clause.
  @Test(arguments: [
    "医疗救助标准提高到934元/年，其中重病救助标准1200元/年。",
    "抽检量达每千人6.5批次，其中快检4万批次。",
    "今年拟安排赤字1350亿元，比上年增加150亿元，其中县级赤字950亿元。",
    "经营主体全年净增17.2万户，其中个体工商户突破100万户。",
    "今年新增学位1050个（其中义务教育学位750个）、就业岗位2万个。",
    "建设6个公益停车场，其中4个是出租车停靠点，提供停车位573个。",
  ])
  func partsOfAnotherKindAreNotCompared(_ text: String) {
    #expect(TextRuleHarness.findings(NumberPartsExceedTotalRule.self, "各位代表：\n" + text).isEmpty)
  }

  @Test func partsStopAtTheNextTotal() {
    let text = "各位代表：\n完成投资5亿元，其中工业投资3亿元，完成投资5亿元，其中工业投资3亿元。"
    #expect(TextRuleHarness.findings(NumberPartsExceedTotalRule.self, text).isEmpty)
  }

  @Test func partsExceedingTheTotalAreReported() {
    let text = "各位代表：\n完成投资5亿元，其中工业投资3亿元、农业投资25000万元。"
    #expect(TextRuleHarness.positions(NumberPartsExceedTotalRule.self, text) == ["2:15"])
    #expect(TextRuleHarness.findings(NumberPartsExceedTotalRule.self, text).first?.message.contains("5.5亿元") == true)
  }

  /// A long line without sentence ends, full of numbers and 其中, stays fast (the rules are linear).
  @Test func longLinesStayLinear() {
    let text = "各位代表：\n" + String(repeating: "完成投资5亿元，其中工业投资3亿元、夜市摊位83个，", count: 2000)
    let source = SourceText(path: "t.txt", string: text)
    let context = LintContext(source: source, outline: Outline(parsing: source), model: TextRuleHarness.model)
    let clock = ContinuousClock()
    for rule in TextRuleHarness.myRules {
      var found: [Finding] = []
      let elapsed = clock.measure { rule.init().check(context, into: &found) }
      print("TIMING \(rule.description.id) \(elapsed)")
      #expect(elapsed < .seconds(5), "\(rule.description.id)")
    }
  }
}

import Testing

@testable import ReportLint

/// `number.negative-growth`, `number.chinese-year` and `number.ratio-sign`, on sentences of a fictional town.
@Suite struct NumberFormRulesTests {
  // MARK: - Negative growth

  @Test func negativeGrowthBecomesDecrease() {
    let text = "各位代表：\n青禾镇工业产值同比增长-5%，失业率提高-0.3个百分点，常住人口增加了－120人。"
    #expect(TextRuleHarness.positions(NumberNegativeGrowthRule.self, text) == ["2:10", "2:19", "2:34"])
    #expect(
      TextRuleHarness.fixed(NumberNegativeGrowthRule.self, text)
        == "各位代表：\n青禾镇工业产值同比下降5%，失业率下降0.3个百分点，常住人口减少了120人。")
    let message = TextRuleHarness.findings(NumberNegativeGrowthRule.self, text)[0].message
    #expect(message.contains("“增长-5%”") && message.contains("“下降5%”"))
  }

  @Test func ratesAndRangesMayBeNegative() {
    for text in [
      "一季度增速-9.9%，增长率为-5%，降幅由-23.1%收窄到-1.4%。", "预计增长6%-7%。", "增长 -5%", "增长-", "气温上升-零下3度。",
    ] {
      #expect(TextRuleHarness.findings(NumberNegativeGrowthRule.self, text).isEmpty, "\(text)")
    }
  }

  // MARK: - Chinese years

  @Test func wrongZerosBecomeTheChineseZero() {
    let text = "各位代表：\n到二O三五年、二0三五年、二○○八年、二零二四年，青禾镇全面建成。"
    #expect(TextRuleHarness.positions(NumberChineseYearRule.self, text) == ["2:2", "2:8", "2:14", "2:20"])
    #expect(
      TextRuleHarness.fixed(NumberChineseYearRule.self, text)
        == "各位代表：\n到二〇三五年、二〇三五年、二〇〇八年、二〇二四年，青禾镇全面建成。")
    #expect(TextRuleHarness.findings(NumberChineseYearRule.self, text)[0].message.contains("“O”"))
  }

  @Test func aMissingZeroIsInsertedWhenTheYearIsClear() {
    let text = "各位代表：\n二二五年是收官之年，二〇五年建成，一九九年开工。"
    let found = TextRuleHarness.findings(NumberChineseYearRule.self, text)
    #expect(found.map { "\($0.range.lowerBound.column)" } == ["1", "11", "18"])
    #expect(found.map { $0.fix != nil } == [true, false, false])
    #expect(TextRuleHarness.fixed(NumberChineseYearRule.self, text).hasPrefix("各位代表：\n二〇二五年是收官之年"))
  }

  @Test func spansGradesAndLongerNumbersAreNotYears() {
    for text in [
      "一年成形、三五年成势。", "一二三年级学生就近入学。", "二〇二五年、一九九八年。", "历经一百二十五年。", "第二二五年", "2020年，2O25年。",
      "○○年", "建成十二五年规划项目。",
    ] {
      #expect(TextRuleHarness.findings(NumberChineseYearRule.self, text).isEmpty, "\(text)")
    }
  }

  // MARK: - Ratios

  @Test func ratioColonsBecomeRatioSigns() {
    let text = "各位代表：\n三次产业结构由0.5:60.2∶39.3调整为0.4：58.1：41.5，城乡收入比为2.1:1。"
    #expect(TextRuleHarness.positions(NumberRatioSignRule.self, text) == ["2:8", "2:24", "2:44"])
    #expect(
      TextRuleHarness.fixed(NumberRatioSignRule.self, text)
        == "各位代表：\n三次产业结构由0.5∶60.2∶39.3调整为0.4∶58.1∶41.5，城乡收入比为2.1∶1。")
  }

  @Test func timesLabelsCodesAndURLsAreNotRatios() {
    for text in [
      "上午10:30开会，8:00上班，会议于14:30:00开始。", "附件1：2024年民生实事项目表。", "表2：12项指标。", "G20：20国集团。",
      "通过ISO9001:2015认证。", "见http://example.cn:8080/a。", "电话：12345，比例为：1比1。", "时间8:30分。",
    ] {
      #expect(TextRuleHarness.findings(NumberRatioSignRule.self, text).isEmpty, "\(text)")
    }
  }

  @Test func aTimeLikeRatioAfterBiIsStillARatio() {
    #expect(TextRuleHarness.positions(NumberRatioSignRule.self, "男女比例为1:1。") == ["1:6"])
    #expect(TextRuleHarness.positions(NumberRatioSignRule.self, "按1:1配套。") == ["1:2"])
  }
}

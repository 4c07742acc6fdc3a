import Testing

@testable import ReportText

@Suite struct ChineseNumeralTests {
  @Test(arguments: [
    ("零", 0), ("〇", 0), ("一", 1), ("两", 2), ("九", 9), ("十", 10), ("十一", 11), ("一十五", 15), ("二十", 20),
    ("九十九", 99), ("一百", 100), ("两百", 200), ("一百零五", 105), ("一百一十", 110), ("一千零一十", 1010),
    ("两千", 2000), ("二千零二十四", 2024), ("两千零二十四", 2024), ("九千九百九十九", 9999), ("一万", 10000),
    ("两万", 20000), ("十万零一十五", 100_015), ("一千零一万", 10_010_000), ("壹佰零伍", 105), ("壹拾贰", 12),
    ("九千九百九十九万九千九百九十九", 99_999_999),
  ])
  func reads(_ text: String, _ value: Int) {
    #expect(ChineseNumeral.value(of: text) == value)
  }

  @Test(arguments: [
    "", "十十", "十两", "两十", "一百零两", "一千二", "三百五", "一百零零五", "零五", "万", "百", "千", "一二",
    "十四五", "亿", "一亿", "五a", "1", "一百十",
  ])
  func rejects(_ text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
  }

  @Test(arguments: [
    (0, "零"), (10, "十"), (11, "十一"), (20, "二十"), (105, "一百零五"), (110, "一百一十"), (1005, "一千零五"),
    (1010, "一千零一十"), (1500, "一千五百"), (2024, "二千零二十四"), (20000, "二万"), (100_015, "十万零一十五"),
    (1_000_500, "一百万零五百"),
  ])
  func writes(_ value: Int, _ text: String) {
    #expect(ChineseNumeral.text(for: value) == text)
  }

  @Test func writesNothingOutOfRange() {
    #expect(ChineseNumeral.text(for: -1) == nil)
    #expect(ChineseNumeral.text(for: ChineseNumeral.maximum + 1) == nil)
  }

  @Test func roundTripsUpTo99999() {
    for value in 0...99_999 {
      guard let text = ChineseNumeral.text(for: value), ChineseNumeral.value(of: text) == value else {
        Issue.record("round trip fails for \(value): \(ChineseNumeral.text(for: value) ?? "nil")")
        return
      }
    }
  }

  @Test(arguments: [1_000_000, 1_000_001, 10_000_010, 12_345_678, 50_000_000, 99_999_999, 10_100_000])
  func roundTripsLargeValues(_ value: Int) throws {
    let text = try #require(ChineseNumeral.text(for: value))
    #expect(ChineseNumeral.value(of: text) == value)
  }

  @Test func readsDigitSequences() {
    #expect(ChineseNumeral.value(ofDigitSequence: "二〇二四") == 2024)
    #expect(ChineseNumeral.value(ofDigitSequence: "二零二三") == 2023)
    #expect(ChineseNumeral.value(ofDigitSequence: "二十") == nil)
    #expect(ChineseNumeral.value(ofDigitSequence: "") == nil)
  }

  @Test func classifiesScalars() {
    #expect(ChineseNumeral.digitValue(of: "两") == 2)
    #expect(ChineseNumeral.digitValue(of: "〇") == 0)
    #expect(ChineseNumeral.digitValue(of: "十") == nil)
    #expect(ChineseNumeral.isNumeralScalar("亿"))
    #expect(!ChineseNumeral.isNumeralScalar("个"))
  }
}

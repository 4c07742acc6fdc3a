import Foundation
import Testing

@testable import ReportText

/// One example of a quantity as written and the fields it must parse to.
struct QuantityExample: CustomTestStringConvertible, Sendable {
  var text: String
  var value: String
  var upper: String? = nil
  var magnitude: Quantity.Magnitude = .one
  var unit: String? = nil
  var leading: Quantity.Qualifier? = nil
  var trailing: Quantity.Qualifier? = nil
  var style: Quantity.NumberStyle = .arabic
  /// The number's bytes as a substring of `text`.
  var number: String? = nil

  var testDescription: String { text }
}

@Suite struct QuantityTests {
  static let examples: [QuantityExample] = [
    QuantityExample(text: "9.5483亿元", value: "9.5483", magnitude: .hundredMillion, unit: "元"),
    QuantityExample(text: "17.1亿元", value: "17.1", magnitude: .hundredMillion, unit: "元"),
    QuantityExample(text: "超35万人次", value: "35", magnitude: .tenThousand, unit: "人次", leading: .over, number: "35"),
    QuantityExample(text: "2000多头", value: "2000", unit: "头", trailing: .more, number: "2000"),
    QuantityExample(text: "近1.1万亩", value: "1.1", magnitude: .tenThousand, unit: "亩", leading: .nearly, number: "1.1"),
    QuantityExample(text: "95%", value: "95", unit: "%"),
    QuantityExample(text: "10.6%", value: "10.6", unit: "%"),
    QuantityExample(text: "1-6月", value: "1", upper: "6", unit: "月", number: "1"),
    QuantityExample(text: "1—6月", value: "1", upper: "6", unit: "月", number: "1"),
    QuantityExample(text: "10～20%", value: "10", upper: "20", unit: "%", number: "10"),
    QuantityExample(text: "10%～20%", value: "10", upper: "20", unit: "%", number: "10"),
    QuantityExample(text: "1-2万元", value: "1", upper: "2", magnitude: .tenThousand, unit: "元", number: "1"),
    QuantityExample(text: "3.2个百分点", value: "3.2", unit: "个百分点"),
    QuantityExample(text: "50余次", value: "50", unit: "次", trailing: .more, number: "50"),
    QuantityExample(text: "约1200户", value: "1200", unit: "户", leading: .approximately, number: "1200"),
    QuantityExample(
      text: "5000万元以上", value: "5000", magnitude: .tenThousand, unit: "元", trailing: .atLeast, number: "5000"),
    QuantityExample(text: "1,250元", value: "1250", unit: "元", number: "1,250"),
    QuantityExample(text: "三个", value: "3", unit: "个", style: .chinese, number: "三"),
    QuantityExample(text: "六件", value: "6", unit: "件", style: .chinese, number: "六"),
    QuantityExample(text: "二十多家", value: "20", unit: "家", trailing: .more, style: .chinese, number: "二十"),
    QuantityExample(text: "两千多头", value: "2000", unit: "头", trailing: .more, style: .chinese, number: "两千"),
    QuantityExample(text: "三万亩", value: "3", magnitude: .tenThousand, unit: "亩", style: .chinese, number: "三万"),
    QuantityExample(
      text: "1128多万元", value: "1128", magnitude: .tenThousand, unit: "元", trailing: .more, number: "1128"),
    QuantityExample(text: "1万多元", value: "1", magnitude: .tenThousand, unit: "元", trailing: .more, number: "1"),
    QuantityExample(
      text: "约7.53万平方米", value: "7.53", magnitude: .tenThousand, unit: "平方米", leading: .approximately, number: "7.53"),
    QuantityExample(text: "1.5万千瓦", value: "1.5", magnitude: .tenThousand, unit: "千瓦", number: "1.5"),
    QuantityExample(text: "500千瓦", value: "500", unit: "千瓦", number: "500"),
    QuantityExample(text: "110kV", value: "110", unit: "千伏", number: "110"),
    QuantityExample(text: "12元/亩", value: "12", unit: "元/亩", number: "12"),
    QuantityExample(text: "-3.2%", value: "-3.2", unit: "%"),
    QuantityExample(text: "１２３户", value: "123", unit: "户", style: .fullWidth, number: "１２３"),
    QuantityExample(text: "95％", value: "95", unit: "%", number: "95"),
    QuantityExample(
      text: "达1.96亿元", value: "1.96", magnitude: .hundredMillion, unit: "元", leading: .atLeast, number: "1.96"),
    QuantityExample(text: "逾30%", value: "30", unit: "%", leading: .over, number: "30"),
    QuantityExample(text: "不到5%", value: "5", unit: "%", leading: .under, number: "5"),
    QuantityExample(text: "不超过3个", value: "3", unit: "个", leading: .atMost, number: "3"),
    QuantityExample(text: "1200户左右", value: "1200", unit: "户", trailing: .approximately, number: "1200"),
    QuantityExample(text: "1.2万亿元", value: "1.2", magnitude: .trillion, unit: "元", number: "1.2"),
    QuantityExample(text: "2023-2024年", value: "2023", upper: "2024", unit: "年", number: "2023"),
    QuantityExample(text: "3至5年", value: "3", upper: "5", unit: "年", number: "3"),
    QuantityExample(text: "二〇二三年", value: "2023", unit: "年", style: .chinese, number: "二〇二三"),
    QuantityExample(text: "2000", value: "2000"),
    QuantityExample(text: "3倍", value: "3", unit: "倍", number: "3"),
    QuantityExample(text: "5‰", value: "5", unit: "‰", number: "5"),
  ]

  @Test(arguments: examples)
  func parsesExample(_ example: QuantityExample) throws {
    let quantity = try #require(Quantity.parse(example.text))
    check(quantity, example, offset: 0, in: example.text)
  }

  /// The same examples after Chinese text, found by the scanner, to catch offset bugs.
  @Test(arguments: examples)
  func scansExampleAfterChineseText(_ example: QuantityExample) throws {
    let prefix = "全镇上下共完成，"
    let text = prefix + example.text + "。"
    let scanner = QuantityScanner(readsChineseNumerals: true)
    let found = scanner.scan(text)
    try #require(found.count == 1, "found \(found.count) quantities in \(text)")
    check(found[0], example, offset: prefix.utf8.count, in: text)
  }

  private func check(_ quantity: Quantity, _ example: QuantityExample, offset: Int, in text: String) {
    #expect(quantity.value == Decimal(string: example.value))
    #expect(quantity.literal == example.value)
    #expect(quantity.upperValue == example.upper.flatMap { Decimal(string: $0) })
    #expect(quantity.magnitude == example.magnitude)
    #expect(quantity.unit?.text == example.unit)
    #expect(quantity.leadingQualifier == example.leading)
    #expect(quantity.trailingQualifier == example.trailing)
    #expect(quantity.numberStyle == example.style)
    #expect(quantity.byteRange == offset..<(offset + example.text.utf8.count))
    let numberText = example.number ?? (example.value.hasPrefix("-") ? example.text : example.value)
    let bytes = Array(text.utf8)
    let shownNumber = String(decoding: bytes[quantity.numberRange], as: UTF8.self)
    if example.number != nil || example.unit == nil {
      #expect(shownNumber == numberText)
    } else {
      #expect(shownNumber.hasPrefix(example.value))
    }
  }

  @Test func valuesAndAccessors() throws {
    let q = try #require(Quantity.parse("近1.1万亩"))
    #expect(q.scaledValue == 11000)
    #expect(q.doubleValue == 1.1)
    #expect(q.scaledDoubleValue == 11000)
    #expect(q.unitText == "万亩")
    #expect(q.qualifier == .nearly)
    #expect(!q.isRange)

    let range = try #require(Quantity.parse("1—6月"))
    #expect(range.isRange)
    #expect(range.upperDoubleValue == 6)
    #expect(range.upperLiteral == "6")
  }

  @Test func keepsDigitsAsWritten() throws {
    let q = try #require(Quantity.parse("10.60%"))
    #expect(q.literal == "10.60")
    #expect(q.value == Decimal(string: "10.6"))
  }

  @Test(arguments: [
    ("9.5483亿元", MoneyUnit.wanYuan, "95483"),
    ("9.5483亿元", .yiYuan, "9.5483"),
    ("9.5483亿元", .yuan, "954830000"),
    ("1,250元", .wanYuan, "0.125"),
    ("766.2万元", .yiYuan, "0.07662"),
    ("3290万元", .wanYuan, "3290"),
  ])
  func convertsMoney(_ text: String, _ unit: MoneyUnit, _ expected: String) throws {
    let q = try #require(Quantity.parse(text))
    #expect(q.amount(in: unit) == Decimal(string: expected))
  }

  @Test func amountIsNilWhenNotMoney() throws {
    #expect(try #require(Quantity.parse("1.1万亩")).amount(in: .yuan) == nil)
    #expect(try #require(Quantity.parse("12元/亩")).amount(in: .yuan) == nil)
    #expect(try #require(Quantity.parse("95%")).amount(in: .yuan) == nil)
    let range = try #require(Quantity.parse("1-2万元"))
    #expect(range.amount(in: .wanYuan) == 1)
    #expect(range.upperAmount(in: .yuan) == 20000)
  }

  @Test(arguments: ["", "   ", "元", "约", "G20", "5G", "一是", "十四五", "3元多余", "2024-01-15", "1.2.3"])
  func rejects(_ text: String) {
    #expect(Quantity.parse(text) == nil)
  }

  @Test func parsesBareChineseNumerals() throws {
    let q = try #require(Quantity.parse("十二"))
    #expect(q.value == 12)
    #expect(q.unit == nil)
    #expect(q.numberStyle == .chinese)
    #expect(try #require(Quantity.parse("超过35万人次")).leadingQualifier == .over)
  }

  @Test func parseAllowsSurroundingWhitespace() throws {
    let q = try #require(Quantity.parse("　 95% \n"))
    #expect(q.value == 95)
    #expect(q.byteRange == 4..<7)
  }

  @Test func magnitudeMultipliers() {
    #expect(Quantity.Magnitude.tenThousand.multiplier == 10000)
    #expect(Quantity.Magnitude.hundredMillion.exponent == 8)
    #expect(Quantity.Magnitude(exponent: 4) == .tenThousand)
    #expect(Quantity.Magnitude(exponent: 9) == nil)
  }

  @Test func unitTable() {
    #expect(QuantityUnit.named("％") == .percent)
    #expect(QuantityUnit.named("㎡")?.text == "平方米")
    #expect(QuantityUnit.named("万元") == nil)
    #expect(QuantityUnit.named("个百分点") == .percentagePoint)
    let all = QuantityUnit.all
    #expect(Set(all.map(\.text)).count == all.count)
    #expect(all.contains(.yuan))
  }

  @Test func moneyUnitConversion() {
    #expect(MoneyUnit.yiYuan.converting(95483, from: .wanYuan) == Decimal(string: "9.5483"))
    #expect(MoneyUnit.yuan.converting(1, from: .yiYuan) == 100_000_000)
  }
}

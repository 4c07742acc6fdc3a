import Foundation
import Testing

@testable import ReportText

@Suite struct QuantityScannerTests {
  /// The text of each quantity found in `text`, by its byte range.
  func found(_ text: String, chinese: Bool = false) -> [String] {
    let bytes = Array(text.utf8)
    return QuantityScanner(readsChineseNumerals: chinese).scan(bytes).map {
      String(decoding: bytes[$0.byteRange], as: UTF8.self)
    }
  }

  @Test func offsetsAfterChineseText() throws {
    let text = "　　全镇实现地区生产总值9.5483亿元，同比增长10.6%；接待游客超35万人次。"
    let bytes = Array(text.utf8)
    let quantities = QuantityScanner.scan(bytes)
    try #require(quantities.count == 3)
    let first = Array("　　全镇实现地区生产总值".utf8).count
    #expect(quantities[0].byteRange == first..<(first + Array("9.5483亿元".utf8).count))
    #expect(quantities[0].numberRange == first..<(first + 6))
    let second = Array("　　全镇实现地区生产总值9.5483亿元，同比增长".utf8).count
    #expect(quantities[1].byteRange == second..<(second + 5))
    let third = Array("　　全镇实现地区生产总值9.5483亿元，同比增长10.6%；接待游客".utf8).count
    #expect(quantities[2].byteRange == third..<(third + Array("超35万人次".utf8).count))
    #expect(quantities[2].numberRange.lowerBound == third + 3)
    #expect(quantities[2].leadingQualifier == .over)
  }

  @Test func scansASourceTextAndConvertsRanges() throws {
    let source = SourceText(path: "a.txt", string: "一、回顾\n　　新增耕地近1.1万亩。")
    let quantities = QuantityScanner.scan(source)
    try #require(quantities.count == 1)
    let range = source.range(quantities[0].byteRange)
    #expect(range.lowerBound.line == 2)
    #expect(range.lowerBound.column == 7)
    #expect(range.upperBound.column == 13)
  }

  @Test func scansOneLineOfAText() {
    let source = SourceText(path: "a.txt", string: "约\n1200户，约300人")
    let line = source.byteRange(ofLine: 2)
    let quantities = QuantityScanner().scan(source.bytes, in: line)
    #expect(quantities.map(\.leadingQualifier) == [nil, .approximately])
    #expect(quantities.first?.byteRange.lowerBound == line.lowerBound)
  }

  @Test(arguments: [
    ("2023年1-6月，完成投资", ["2023年", "1-6月"]),
    ("建成5G基站30个", ["30个"]),
    ("落实G20峰会和COVID19防控", []),
    ("于2024-01-15开工", []),
    ("热线0571-88888888", []),
    ("版本1.2.3发布", []),
    ("签约3个项目", ["3个"]),
    ("最近3年", ["3年"]),
    ("近3年来", ["3年"]),
    ("将近3年", ["将近3年"]),
    ("下达资金300万元", ["300万元"]),
    ("节约50万元", ["50万元"]),
    ("总产值达1.2亿元", ["达1.2亿元"]),
    ("1.加强管理", ["1"]),
    ("（2）完善制度", ["2"]),
    ("完成100%以上", ["100%以上"]),
    ("1万-2000元", ["1万", "2000元"]),
    ("5-3", []),
    ("8元至12元", ["8元至12元"]),
    ("3个到5年", ["3个", "5年"]),
    ("六件民生实事", []),
    ("第3次会议", ["3次"]),
    ("新建大棚2500多平方", ["2500多平方"]),
    ("XX万元", []),
    ("人均收入2.5万元/人", ["2.5万元/人"]),
    ("——3项", ["3项"]),
    ("增长-3.2%", ["-3.2%"]),
  ])
  func findsQuantities(_ text: String, _ expected: [String]) {
    #expect(found(text) == expected)
  }

  @Test(arguments: [
    ("办好六件民生实事", ["六件"]),
    ("一是抓项目", []),
    ("“十四五”规划", []),
    ("第一次会议", []),
    ("两个率先", ["两个"]),
    ("二〇二三年工作", ["二〇二三年"]),
    ("二〇二三", []),
    ("十余家企业", ["十余家"]),
    ("百姓安居", []),
    ("千瓦", []),
    ("万亩良田", []),
    ("三万亩", ["三万亩"]),
  ])
  func findsChineseNumeralsWhenAsked(_ text: String, _ expected: [String]) {
    #expect(found(text, chinese: true) == expected)
  }

  /// 19 to 30 digits overflowed the exact fast path (found by the lint fuzzer); they go through `Decimal(string:)`.
  @Test(arguments: [18, 19, 20, 30])
  func longDigitRunsDoNotOverflow(_ count: Int) {
    let digits = String(repeating: "8", count: count)
    #expect((QuantityLexer.decimal(Array(digits.utf8)) == nil) == (count > 18))
    let quantities = QuantityScanner.scan(SourceText(path: "a", string: "产值\(digits)元"))
    #expect(quantities.count == 1)
  }

  @Test func ordinalsAreMarked() throws {
    let quantities = QuantityScanner.scan(Array("第3次会议，共3次".utf8))
    try #require(quantities.count == 2)
    #expect(quantities[0].isOrdinal)
    #expect(!quantities[1].isOrdinal)
  }

  @Test func staticAndInstanceScansAgree() {
    let bytes = Array("约1200户，超35万人次，三个".utf8)
    #expect(QuantityScanner.scan(bytes) == QuantityScanner().scan(bytes))
    #expect(QuantityScanner(readsChineseNumerals: true).scan(bytes).count == 3)
  }

  @Test func emptyAndOutOfRange() {
    #expect(QuantityScanner.scan([]).isEmpty)
    #expect(QuantityScanner().scan(Array("12".utf8), in: 5..<9).isEmpty)
  }

  @Test(
    .timeLimit(.minutes(1)),
    arguments: [
      "1", "1-", "1.", "1,", "１", "约", "多", "一", "-1", "1万", "1—", "1～", "超1", "二十",
    ])
  func pathologicalInputsScanInLinearTime(_ unit: String) {
    let text = String(repeating: unit, count: 200_000)
    let bytes = Array(text.utf8)
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = QuantityScanner(readsChineseNumerals: true).scan(bytes) }
    #expect(elapsed < .seconds(10))
  }

  @Test(.timeLimit(.minutes(1)))
  func scansALargeReport() {
    let paragraph = "　　全镇实现地区生产总值9.5483亿元，同比增长10.6%；接待游客超35万人次，新增耕地近1.1万亩，1-6月完成投资5000万元以上。\n"
    let bytes = Array(String(repeating: paragraph, count: 20_000).utf8)
    let quantities = QuantityScanner.scan(bytes)
    #expect(quantities.count == 6 * 20_000)
  }

  /// The reference corpus, when present: every quantity lies inside the text, in order, without overlap.
  @Test func corpusQuantitiesAreOrderedAndInside() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../shared/corpus").standardized.path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      print("参考语料不存在：\(directory)；跳过语料测试。")
      return
    }
    var total = 0
    for name in names.sorted() where name.hasSuffix(".txt") {
      let text = try SourceText.read(path: directory + "/" + name).text
      let quantities = QuantityScanner(readsChineseNumerals: true).scan(text)
      var previousEnd = 0
      for quantity in quantities {
        #expect(quantity.byteRange.lowerBound >= previousEnd, "\(name)")
        #expect(quantity.byteRange.upperBound <= text.bytes.count)
        #expect(quantity.numberRange.lowerBound >= quantity.byteRange.lowerBound)
        #expect(quantity.numberRange.upperBound <= quantity.byteRange.upperBound)
        previousEnd = quantity.byteRange.upperBound
      }
      total += quantities.count
    }
    #expect(total > 500)
  }
}

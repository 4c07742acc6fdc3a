import ReportOutline
import ReportText
import Testing

@testable import ReportInduce

@Suite struct SlotTests {
  static let report = """
    青石镇2024年政府工作报告

    各位代表：
    一、2024年工作回顾
    2024年，全镇完成地区生产总值17.1亿元，同比增长6.2%；新建高标准农田2000亩，油茶、蔬菜种植面积分别达到1.2万亩和0.8万亩。
    沿Y622线新建停车位120个，落实“1+3+6”工作体系，认真学习党的二十大精神，编制《青石镇2021—2035年国土空间规划》。
    全年接待游客超35万人次，第3季度完成投资4939万元，连续8年获评先进。
    农村居民人均可支配收入由2.4万元增加到2.6万元，同比增长8.3%；村集体收入由50万元增加到62万元，增长25%。
    二、2025年工作安排
    （一）稳住经济基本盘。力争地区生产总值增长6%左右。
    """

  static let induction = Induction(outline: Outline(parsing: SourceText(path: "青石镇.txt", string: report)))

  static func slot(_ value: String) -> InducedSlot? { induction.slots.first { $0.value == value } }

  @Test func figuresBecomeKeyedSlots() throws {
    #expect(Self.slot("17.1亿元")?.path == ["工作回顾", "地区生产总值"])
    #expect(Self.slot("6.2%")?.path == ["工作回顾", "地区生产总值增幅"])
    #expect(Self.slot("6.2%")?.comment != nil)
    #expect(Self.slot("2000亩")?.path.last == "高标准农田")
    #expect(Self.slot("达到1.2万亩")?.path.last == "蔬菜种植面积")
    #expect(Self.slot("0.8万亩")?.path.last == "蔬菜种植面积2")
    #expect(Self.slot("超35万人次")?.path.last == "游客")
    #expect(Self.slot("4939万元") != nil)
    #expect(Self.slot("8年")?.kind == .quantity)
    #expect(Self.slot("6%左右")?.path == ["工作安排", "稳住经济基本盘", "地区生产总值增幅"])
  }

  @Test func yearsFollowTheReportYear() {
    #expect(Self.induction.reportYear == 2024)
    #expect(Self.induction.template.contains("{{ 年份 }}年政府工作报告"))
    #expect(Self.induction.template.contains("# {{ 年份 + 1 }}年工作安排"))
    #expect(Self.induction.data.contains("年份: 2024"))
  }

  @Test func properNamesStayText() {
    let template = Self.induction.template
    for text in ["Y622线", "“1+3+6”", "二十大", "《青石镇2021—2035年国土空间规划》", "第3季度"] {
      #expect(template.contains(text), "\(text) must stay as written")
    }
    #expect(Self.induction.leftAsText.map(\.reason).contains(.documentName))
  }

  /// A rate computed from two figures of the sentence becomes a growth slot when the filter gives the phrase
  /// back; "增长25%" (without 同比) is not what the filter writes, so it stays a figure with a note.
  @Test func growthPhrasesAreComputedWhereTheyCanBe() throws {
    let growth = try #require(Self.induction.slots.first { $0.kind == .growth })
    #expect(growth.value == "同比增长8.3%")
    #expect(growth.expression.contains("| growth("))
    #expect(Self.slot("25%")?.kind == .quantity && Self.slot("25%")?.comment != nil)
    let outline = Outline(parsing: SourceText(path: "青石镇.txt", string: Self.report))
    #expect(try InduceReports.generate(Self.induction) == Induction.normalized(outline))
  }

  @Test func townAndHeadingsAreSlotsAndHeadingLines() {
    #expect(Self.slot("青石镇")?.kind == .town)
    #expect(Self.induction.template.contains("## 稳住经济基本盘。力争地区生产总值增长"))
  }
}

@Suite struct LargeInputTests {
  /// A long line of figures and growth phrases, and many short lines: linear work, and the round trip holds.
  @Test(arguments: [
    String(repeating: "产值由2万元增加到3万元，同比增长50%；《规划2021—2035年》所列8项；", count: 5000),
    String(repeating: "一、2024年工作\n新增就业320人，同比增长5%。\n", count: 5000),
  ])
  func longInputs(_ text: String) throws {
    let outline = Outline(parsing: SourceText(path: "long.txt", string: "青石镇2024年工作总结\n" + text))
    let induction = Induction(outline: outline)
    #expect(induction.slots.count > 5000)
    #expect(try InduceReports.generate(induction) == Induction.normalized(outline))
  }
}

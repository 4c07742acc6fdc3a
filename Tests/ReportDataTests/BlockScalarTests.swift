import ReportData
import ReportText
import Testing

@Suite struct BlockScalarTests {
  /// `|` and `>` blocks: chomping, folding (with the CJK rule), indentation and what ends a block.
  static let blocks: [(String, String)] = [
    ("a: |\n  第一行\n  第二行\n", #"{a: "第一行\n第二行\n"}"#),
    ("a: |-\n  x\n\n", #"{a: "x"}"#),
    ("a: |+\n  x\n\n\nb: 1\n", #"{a: "x\n\n\n", b: "1"}"#),
    ("a: |+\n  x\n", #"{a: "x\n"}"#),
    ("a: >\n  one\n  two\n\n  three\n", #"{a: "one two\nthree\n"}"#),
    ("a: >\n  推进乡村振兴\n  取得新成效\n", #"{a: "推进乡村振兴取得新成效\n"}"#),
    ("a: >\n  全镇GDP\n  增长5.2%，\n  tourism up\n", #"{a: "全镇GDP增长5.2%，tourism up\n"}"#),
    ("a: >-\n  GDP\n  growth\n", #"{a: "GDP growth"}"#),
    ("a: >\n  一\n    二\n  三\n", #"{a: "一\n  二\n三\n"}"#),
    ("a: >\n  一\n\n\n  二\n", #"{a: "一\n\n二\n"}"#),
    ("a: |\n  　　第一段。\n  　　第二段。\n", #"{a: "　　第一段。\n　　第二段。\n"}"#),
    ("a: >\n  　　第一段，\n  接着写。\n", #"{a: "　　第一段，接着写。\n"}"#),
    ("a: |2\n    x\n", #"{a: "  x\n"}"#),
    ("a: |-2\n    x\n", #"{a: "  x"}"#),
    ("a: |\n  x\nb: y\n", #"{a: "x\n", b: "y"}"#),
    ("a: |\nb: 1\n", #"{a: "", b: "1"}"#),
    ("a: >\n", #"{a: ""}"#),
    ("- |\n  x\n- y\n", #"["x\n", "y"]"#),
    ("- a: >\n    x\n    y\n  b: 1\n", #"[{a: "x y\n", b: "1"}]"#),
    ("a: |\n\n  x\n", #"{a: "\nx\n"}"#),
    ("a: |\n  # 不是注释\n  - 也不是列表\n", ##"{a: "# 不是注释\n- 也不是列表\n"}"##),
    ("|\n  x\n", #""x\n""#),
    ("--- |\n  根\n", #""根\n""#),
    ("a: | # 说明\n  x\n", #"{a: "x\n"}"#),
    ("a: |\n  \tx\n", #"{a: "\tx\n"}"#),
    ("a: |\n  x\n    y\n  z\n", #"{a: "x\n  y\nz\n"}"#),
    ("a:\n  b: |\n    深\n  c: 浅\n", #"{a: {b: "深\n", c: "浅"}}"#),
    ("a: |\n  x\n   \n  y\n", #"{a: "x\n \ny\n"}"#),
  ]

  @Test(arguments: blocks)
  func reads(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(text)) == expected)
  }

  @Test(arguments: blocks)
  func readsAfterChineseLine(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(withChineseLineBefore(text))) == expected)
  }

  @Test func rangeRunsFromIndicatorToLastContent() throws {
    let root = try parse("说明: |\n  青石镇\n  白石村\n\n下: 1\n")
    let range = try #require(root["说明"]?.range)
    #expect(range.lowerBound == TextLocation(line: 1, column: 5, offset: 8))
    #expect(range.upperBound.line == 3)
    #expect(range.upperBound.column == 6)
  }
}

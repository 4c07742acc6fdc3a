import ReportData
import ReportText
import Testing

@Suite struct FlowCollectionTests {
  /// Flow sequences and mappings in YAML files, nested, on one line or several.
  static let flows: [(String, String)] = [
    ("a: [1, 2, 3]\n", #"{a: ["1", "2", "3"]}"#),
    ("a: []\nb: {}\n", "{a: [], b: {}}"),
    ("a: [x, [y, z], {k: v, m: [1]}]\n", #"{a: ["x", ["y", "z"], {k: "v", m: ["1"]}]}"#),
    ("a: [\n  一,\n  二,\n]\n", #"{a: ["一", "二"]}"#),
    ("a: {\n  名称: 青石镇,\n  人口: 3.2万\n}\n", #"{a: {名称: "青石镇", 人口: "3.2万"}}"#),
    ("a: [\"x, y\", 'z''s', \"]\"]\n", #"{a: ["x, y", "z's", "]"]}"#),
    ("a: {k: , m:}\n", "{a: {k: ~, m: ~}}"),
    ("a: [10:30, http://x.cn/a, 青石镇 白石村]\n", #"{a: ["10:30", "http://x.cn/a", "青石镇 白石村"]}"#),
    ("a: [1, # 注释\n  2]  # 又一个\n", #"{a: ["1", "2"]}"#),
    ("- [1, 2]\n- {a: b}\n", #"[["1", "2"], {a: "b"}]"#),
    ("a: {\"k\":1, 'm': 2}\n", #"{a: {k: "1", m: "2"}}"#),
    ("a: [a#b, -1, -x]\n", #"{a: ["a#b", "-1", "-x"]}"#),
    ("a:\n  [1,\n   2]\n", #"{a: ["1", "2"]}"#),
    ("a: [[[[深]]]]\n", #"{a: [[[["深"]]]]}"#),
    ("a: {b: {c: {d: 深}}}\n", #"{a: {b: {c: {d: "深"}}}}"#),
    ("a: [1,\n\n  # 空行和注释\n  2]\n", #"{a: ["1", "2"]}"#),
  ]

  @Test(arguments: flows)
  func reads(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(text)) == expected)
  }

  @Test(arguments: flows)
  func readsAfterChineseLine(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(withChineseLineBefore(text))) == expected)
  }

  @Test func rangeOfFlowCollectionSpansBrackets() throws {
    let root = try parse("镇: [青石, 白石]\n")
    let node = try #require(root["镇"])
    #expect(node.range.lowerBound == TextLocation(line: 1, column: 4, offset: 5))
    #expect(node.range.upperBound == TextLocation(line: 1, column: 12, offset: 21))
    #expect(node.items?[1].range.lowerBound.column == 9)
  }
}

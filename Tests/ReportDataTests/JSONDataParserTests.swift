import ReportData
import ReportText
import Testing

@Suite struct JSONDataParserTests {
  static let documents: [(String, String)] = [
    (#"{"名称": "青石镇", "年份": 2025}"#, #"{名称: "青石镇", 年份: "2025"}"#),
    (#"[1, -2.5, 3e2, 0, -0.0, 1E-3]"#, #"["1", "-2.5", "3e2", "0", "-0.0", "1E-3"]"#),
    (#"[true, false, null]"#, #"["true", "false", ~]"#),
    (#"{"a": {"b": [{"c": []}, {}]}}"#, #"{a: {b: [{c: []}, {}]}}"#),
    (
      #"["\"\\\/\b\f\n\r\t", "\u9752\u77f3", "\ud83d\ude00"]"#,
      #"["\"\\/\u{08}\u{0C}\n\r\t", "青石", "😀"]"#
    ),
    ("  \n\t{\n  \"a\" :\n  1\n}\n\n", #"{a: "1"}"#),
    ("[]", "[]"),
    ("{}", "{}"),
    (#"{"": "空键"}"#, #"{: "空键"}"#),
  ]

  @Test(arguments: documents)
  func parses(_ text: String, _ expected: String) throws {
    let expected = expected.replacingOccurrences(of: "\\u{08}", with: "\u{08}")
      .replacingOccurrences(of: "\\u{0C}", with: "\u{0C}").replacingOccurrences(of: "\\r", with: "\r")
    #expect(dump(try parse(text, path: "data.json")) == expected)
  }

  @Test func literalsKeepTheirTextAndStyle() throws {
    let root = try parse(#"{"增长": 10.60, "完成": true, "备注": null}"#)
    #expect(root["增长"]?.value == .text("10.60", style: .jsonLiteral))
    #expect(root["完成"]?.value == .text("true", style: .jsonLiteral))
    #expect(root["备注"]?.value == .null)
  }

  @Test func rangesAfterChineseText() throws {
    let root = try parse("{\"名称\": \"青石镇\",\n \"人口\": 32000}")
    let entries = try #require(root.entries)
    #expect(entries[0].keyRange.lowerBound == TextLocation(line: 1, column: 2, offset: 1))
    #expect(entries[0].value.range.lowerBound.column == 8)
    #expect(entries[1].keyRange.lowerBound == TextLocation(line: 2, column: 2, offset: 25))
    #expect(
      entries[1].value.range == TextLocation(
        line: 2, column: 8, offset: 35)..<TextLocation(line: 2, column: 13, offset: 40))
  }

  static let errors: [(String, Int, Int, DataError.Kind)] = [
    (#"{"a": 1,}"#, 1, 9, .invalidJSON(expected: "键（用双引号括起来的字符串）", found: "}")),
    (#"{"a" 1}"#, 1, 6, .invalidJSON(expected: "“:”", found: "1")),
    ("[1 2]", 1, 4, .invalidJSON(expected: "“,”或“]”", found: "2")),
    ("[010]", 1, 2, .invalidJSON(expected: "数字（JSON 的数字不能以 0 开头，如 010；要保留原样请加双引号）", found: "010")),
    ("{'a': 1}", 1, 2, .invalidJSON(expected: "键（用双引号括起来的字符串）", found: "'a':")),
    ("[1, 2", 1, 6, .invalidJSON(expected: "“,”或“]”", found: "文件结尾")),
    (#"{"a": tru}"#, 1, 7, .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: "tru")),
    ("[\"a\tb\"]", 1, 4, .invalidJSON(expected: "转义写法（如制表符写成 \\t）", found: "制表符")),
    ("[1] x", 1, 5, .invalidJSON(expected: "文件结尾（顶层只能有一个值）", found: "x")),
    ("[1.]", 1, 4, .invalidJSON(expected: "小数点后的数字", found: "]")),
    ("[-]", 1, 3, .invalidJSON(expected: "数字", found: "]")),
    ("[1e]", 1, 4, .invalidJSON(expected: "指数的数字", found: "]")),
    ("[NaN]", 1, 2, .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: "NaN")),
    ("[1, // 注释\n2]", 1, 5, .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: "//")),
    (#"{"名称": 1, "名称": 2}"#, 1, 11, .duplicateKey("名称", firstLine: 1)),
    ("[\"青石镇\n\"]", 1, 2, .unterminatedQuote(.double)),
    (#"["\x"]"#, 1, 3, .invalidEscape("\\x")),
    (#"["\u12"]"#, 1, 3, .invalidEscape(#"\u12"]"#)),
    (#"["\udc00"]"#, 1, 3, .invalidEscape("\\udc00")),
    (
      "{\n  \"镇\": {\n    \"村\": [1,,]\n  }\n}", 3, 13,
      .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: ",")
    ),
    (String(repeating: "[", count: 10_000), 1, 65, .tooDeep(limit: 64)),
    (String(repeating: "{\"a\":", count: 10_000), 1, 5 * 64 + 1, .tooDeep(limit: 64)),
  ]

  @Test(arguments: errors)
  func reportsInvalidJSON(_ text: String, _ line: Int, _ column: Int, _ kind: DataError.Kind) throws {
    let error = try #require(parseError(text))
    #expect(error.kind == kind)
    #expect(error.location.line == line)
    #expect(error.location.column == column)
    #expect(error.message.hasPrefix("第 \(line) 行第 \(column) 列"))
  }

  @Test func invalidJSONMessageSaysWhatToDo() throws {
    let error = try #require(parseError("{\"名称\": \"青石镇\",}"))
    #expect(
      error.message
        == "第 1 行第 14 列不是有效的 JSON：这里需要键（用双引号括起来的字符串），却是“}”；文件以“{”或“[”开头，按 JSON 读取，请按 JSON 的写法改正（字符串用双引号，各项用逗号隔开，最后一项后面不加逗号）。"
    )
  }

  @Test func sixtyFourLevelsAreAllowed() throws {
    #expect(parseError(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
  }
}

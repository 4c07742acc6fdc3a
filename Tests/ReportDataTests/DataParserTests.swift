import ReportData
import ReportText
import Testing

@Suite struct DataParserTests {
  /// Block mappings and sequences, plain and quoted scalars, comments and empty values.
  static let documents: [(String, String)] = [
    ("名称: 青石镇\n年份: 2025\n", #"{名称: "青石镇", 年份: "2025"}"#),
    (
      "a: 9.3\nb: 010\nc: NO\nd: yes\ne: ~\nf: null\ng: true\nh: 1e3\n",
      #"{a: "9.3", b: "010", c: "NO", d: "yes", e: "~", f: "null", g: "true", h: "1e3"}"#
    ),
    ("a:\nb: 1\nc:   # 还没有数\n", #"{a: ~, b: "1", c: ~}"#),
    ("标题: 2025年 政府 工作报告\n", #"{标题: "2025年 政府 工作报告"}"#),
    // A text on the line below its key that starts "各位代表：…" is text, not a key with a full-width colon.
    ("致谢:\n  各位代表：过去一年成绩来之不易。\n结束语: 好\n", #"{致谢: "各位代表：过去一年成绩来之不易。", 结束语: "好"}"#),
    (
      "# 青石镇\na: b # 注释\nc: d#不是注释\ne: 'x' # 注释\n",
      #"{a: "b", c: "d#不是注释", e: "x"}"#
    ),
    ("时间: 10:30\n网址: http://example.com/a\n", #"{时间: "10:30", 网址: "http://example.com/a"}"#),
    (
      "经济:\n  财政收入: 17.1亿元\n  增长: 10.6%\n民生:\n  就业: 超35万人次\n",
      #"{经济: {财政收入: "17.1亿元", 增长: "10.6%"}, 民生: {就业: "超35万人次"}}"#
    ),
    ("- 一\n- 二\n", #"["一", "二"]"#),
    ("项目:\n- 道路\n- 水利\n其他: 无\n", #"{项目: ["道路", "水利"], 其他: "无"}"#),
    (
      "项目:\n  - 名称: 道路硬化\n    投资: 1.2亿元\n  - 名称: 水利\n    投资: 3000万元\n",
      #"{项目: [{名称: "道路硬化", 投资: "1.2亿元"}, {名称: "水利", 投资: "3000万元"}]}"#
    ),
    ("- - a\n  - b\n- c\n", #"[["a", "b"], "c"]"#),
    ("- \n-\n- a\n", #"[~, ~, "a"]"#),
    ("-\n  a: 1\n", #"[{a: "1"}]"#),
    ("- a:\n  - x\n  - y\n  b: z\n", #"[{a: ["x", "y"], b: "z"}]"#),
    ("a: 'it''s 青石镇'\nb: ''\n", #"{a: "it's 青石镇", b: ""}"#),
    (
      #"a: "第一行\n第二行\t\"引号\" \\ \u9752\u77F3 \/ \x41 \U0001F600 \ud83d\ude00""# + "\n",
      #"{a: "第一行\n第二行\t\"引号\" \\ 青石 / A 😀 😀"}"#
    ),
    ("a: \"键: 值\"\nb: '# 不是注释'\n", ##"{a: "键: 值", b: "# 不是注释"}"##),
    ("\"a b\": 1\n'c': 2\n\"\": 3\n", #"{a b: "1", c: "2", : "3"}"#),
    ("a: 　　段落\n", #"{a: "　　段落"}"#),
    ("a:\n  　　段落：全角冒号是文字\n", #"{a: "　　段落：全角冒号是文字"}"#),
    ("- 　　第一段\n- 　　第二段\n", #"["　　第一段", "　　第二段"]"#),
    ("---\na: 1\n", #"{a: "1"}"#),
    ("--- # 开始\na: 1\n", #"{a: "1"}"#),
    ("只有一句话\n", #""只有一句话""#),
    ("", "~"),
    ("# 只有注释\n\n", "~"),
    ("   \n\t\n", "~"),
    ("a: 1\r\nb: 2\r\n", #"{a: "1", b: "2"}"#),
    ("a:\tb\n", #"{a: "b"}"#),
    ("a  : b\n", #"{a: "b"}"#),
    ("a:\n  长文字\n", #"{a: "长文字"}"#),
    ("a:\n  \"引号里\"\n", #"{a: "引号里"}"#),
    ("a: -3.2\nb: -x\nc: ?x\nd: :x\ne: <<\n", #"{a: "-3.2", b: "-x", c: "?x", d: ":x", e: "<<"}"#),
    ("\u{FEFF}a: 1", #"{a: "1"}"#),
    ("a: 1", #"{a: "1"}"#),
    ("a: 1\n\n\n   \nb: 2\n", #"{a: "1", b: "2"}"#),
    ("a:\n  b:\n    c:\n      d: 深\n  e: 浅\n", #"{a: {b: {c: {d: "深"}}, e: "浅"}}"#),
    ("a: 'x'   # 注释\nb: \"y\"\t\n", #"{a: "x", b: "y"}"#),
    ("a: ---x\nb: ...y\n", #"{a: "---x", b: "...y"}"#),
    ("  a: 1\n  b: 2\n", #"{a: "1", b: "2"}"#),
    ("a: A&B 50% *号 !叹号\n", #"{a: "A&B 50% *号 !叹号"}"#),
  ]

  @Test(arguments: documents)
  func parses(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(text)) == expected)
  }

  @Test(arguments: documents)
  func parsesAfterChineseLine(_ text: String, _ expected: String) throws {
    #expect(dump(try parse(withChineseLineBefore(text.replacingOccurrences(of: "\u{FEFF}", with: "")))) == expected)
  }

  @Test func scalarStyles() throws {
    let root = try parse("a: 1\nb: '2'\nc: \"3\"\nd: |\n  4\ne: >\n  5\n")
    let styles = root.entries?.compactMap { entry -> ScalarStyle? in
      if case .text(_, let style) = entry.value.value { return style }
      return nil
    }
    #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
  }

  @Test func emptyFileIsNullRoot() throws {
    let document = try DataDocument(parsing: SourceText(path: "空.yaml", string: ""))
    #expect(document.root.value == .null)
    #expect(document.root.range.lowerBound == TextLocation(line: 1, column: 1, offset: 0))
  }

  @Test func parsesFromStringWithPath() throws {
    let document = try DataDocument(parsing: "a: 1\n", path: "青石镇.yaml")
    #expect(document.source.path == "青石镇.yaml")
    #expect(document.root["a"]?.text == "1")
  }

  // MARK: - Ranges

  @Test func rangesCountScalarsAfterChinese() throws {
    let root = try parse("名称: 青石镇\n年份: 2025\n")
    let entries = try #require(root.entries)
    #expect(entries[0].keyRange == loc(1, 1, 0)..<loc(1, 3, 6))
    #expect(entries[0].value.range == loc(1, 5, 8)..<loc(1, 8, 17))
    #expect(entries[1].keyRange == loc(2, 1, 18)..<loc(2, 3, 24))
    #expect(entries[1].value.range == loc(2, 5, 26)..<loc(2, 9, 30))
    #expect(root.range == loc(1, 1, 0)..<loc(2, 9, 30))
  }

  @Test func rangesOfQuotedNullAndSequence() throws {
    let root = try parse("镇:\n  - \"青石\"\n  -\n")
    let items = try #require(root["镇"]?.items)
    // The quotes belong to the scalar's range.
    #expect(items[0].range == loc(2, 5, 9)..<loc(2, 9, 17))
    // An empty item is an empty range right after its dash.
    #expect(items[1].range == loc(3, 4, 21)..<loc(3, 4, 21))
    #expect(root["镇"]?.range == loc(2, 3, 7)..<loc(3, 4, 21))
  }

  @Test func rangeOfNullValueIsAfterColon() throws {
    let root = try parse("青石镇:\n")
    #expect(root["青石镇"]?.range == loc(1, 5, 10)..<loc(1, 5, 10))
  }

  @Test func rangesOnLongLineOfFlowItems() throws {
    let items = (0..<2000).map { "青\($0)" }
    let root = try parse("a: [" + items.joined(separator: ", ") + "]\n")
    let nodes = try #require(root["a"]?.items)
    #expect(nodes.count == 2000)
    // "a: [" is 4 columns; each earlier item "青N, " is its length plus 2.
    var column = 5
    for (index, node) in nodes.enumerated() {
      #expect(node.range.lowerBound.column == column)
      column += items[index].unicodeScalars.count + 2
    }
  }

  func loc(_ line: Int, _ column: Int, _ offset: Int) -> TextLocation {
    TextLocation(line: line, column: column, offset: offset)
  }
}

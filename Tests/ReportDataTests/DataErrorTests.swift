import ReportData
import ReportText
import Testing

@Suite struct DataErrorTests {
  static let cases: [ErrorCase] = [
    ErrorCase(
      "a:\n  b: 1\n\tc: 2\n", 3, 1, .tabIndentation, "第 3 行用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。"),
    ErrorCase("a:\n  b: 1\n  \tc: 2\n", 3, 3, .tabIndentation),
    ErrorCase("- \ta: 1\n", 1, 3, .tabIndentation),
    ErrorCase(
      "经济:\n　　财政收入: 17.1亿元\n", 2, 1, .fullWidthIndentation,
      "第 2 行用全角空格“　”缩进；YAML 只能用半角空格缩进，请把行首的全角空格换成半角空格。"),
    ErrorCase("项目:\n  　- 道路\n", 2, 3, .fullWidthIndentation),
    ErrorCase(
      "经济:\n  财政收入: 17.1亿元\n    增长: 10.6%\n", 3, 5, .inconsistentIndentation(found: 4, expected: 2),
      "第 3 行缩进了 4 个空格，与同一层的上一项（缩进 2 个空格）对不齐；请改为 2 个空格。若要写成上一项的下一级，上一项的冒号后面要留空。"),
    ErrorCase("- a\n  - b\n", 2, 3, .inconsistentIndentation(found: 2, expected: 0)),
    ErrorCase("- a: 1\n   b: 2\n", 2, 4, .inconsistentIndentation(found: 3, expected: 2)),
    ErrorCase(
      "a:\n    b: 1\n  c: 2\n", 3, 3, .unmatchedDedent(found: 2, levels: [0, 4]),
      "第 3 行缩进了 2 个空格，上面没有缩进 2 个空格的层级（已有的层级缩进 0、4 个空格）；请对齐到它所属的那一层。"),
    ErrorCase("- a: 1\n b: 2\n", 2, 2, .unmatchedDedent(found: 1, levels: [0, 2])),
    ErrorCase("  a: 1\nb: 2\n", 2, 1, .unmatchedDedent(found: 0, levels: [2])),
    ErrorCase(
      "财政收入: 1\n增长: 2\n财政收入: 3\n", 3, 1, .duplicateKey("财政收入", firstLine: 1),
      "第 3 行第 1 列的键“财政收入”重复了，第 1 行已经写过；同一层的键不能重复，请删去一个或改名。"),
    ErrorCase("镇: {名称: 青石, 名称: 白石}\n", 1, 13, .duplicateKey("名称", firstLine: 1)),
    ErrorCase(
      (1...12).map { "键\($0): \($0)\n" }.joined() + "键7: 重复\n", 13, 1, .duplicateKey("键7", firstLine: 7)),
    ErrorCase("a:\n  b: 1\n  'b': 2\n", 3, 3, .duplicateKey("b", firstLine: 2)),
    ErrorCase(
      "名称: \"青石镇\n", 1, 5, .unterminatedQuote(.double),
      "第 1 行第 5 列的双引号没有结束；引号要在同一行内成对出现，请在值的末尾补上 \"（值里的双引号写成 \\\"）。"),
    ErrorCase(
      "名称: '青石镇\n下: 1\n", 1, 5, .unterminatedQuote(.single),
      "第 1 行第 5 列的单引号没有结束；引号要在同一行内成对出现，请在值的末尾补上 '（值里的单引号写成 ''）。"),
    ErrorCase("名称: \"青石镇\\\n", 1, 5, .unterminatedQuote(.double)),
    ErrorCase("a: [\"x]\n", 1, 5, .unterminatedQuote(.double)),
    ErrorCase(
      "项目: [道路, 水利\n其他: 1\n", 1, 5, .unterminatedFlow(opener: "["),
      "第 1 行第 5 列的“[”没有对应的“]”；请补上“]”。跨行书写时，后面各行要比所属的键缩进更多。"),
    ErrorCase("a: {k: v", 1, 4, .unterminatedFlow(opener: "{")),
    ErrorCase("a: [1, [2,\n  3]\n", 1, 4, .unterminatedFlow(opener: "[")),
    ErrorCase("a: [1,\n---\n", 1, 4, .unterminatedFlow(opener: "[")),
    ErrorCase(
      "名称: 青石镇\n年份 2025\n", 2, 1, .missingColon("年份 2025", hint: .none),
      "第 2 行第 1 列的“年份 2025”后面缺少冒号；这一层的每一行都要写成“键: 值”（冒号后加空格）。"),
    ErrorCase(
      "名称: 青石镇\n年份：2025\n", 2, 1, .missingColon("年份：2025", hint: .fullWidthColon),
      "第 2 行第 1 列的“年份：2025”用了全角冒号“：”；键和值之间要用半角冒号加空格，写成“年份: 2025”。"),
    ErrorCase(
      "名称: 青石镇\n年份:2025\n", 2, 1, .missingColon("年份:2025", hint: .noSpaceAfterColon),
      "第 2 行第 1 列的“年份:2025”冒号后面缺少空格；请写成“年份: 2025”。"),
    ErrorCase("名称 青石镇\n年份: 2025\n", 1, 1, .missingColon("名称 青石镇", hint: .none)),
    ErrorCase("名称：青石镇\n年份：2025\n", 1, 1, .missingColon("名称：青石镇", hint: .fullWidthColon)),
    // The first key of a mapping or of a list item, with its siblings below: reported on its own line.
    ErrorCase("回顾:\n  年度：2024\n  总述: 好\n", 2, 3, .missingColon("年度：2024", hint: .fullWidthColon)),
    ErrorCase("指标:\n  - 名称：产值\n    本期: 23.6亿元\n", 2, 5, .missingColon("名称：产值", hint: .fullWidthColon)),
    ErrorCase("a: {k v}\n", 1, 5, .missingColon("k v", hint: .none)),
    ErrorCase("\"年份\":2025\n", 1, 1, .missingColon("\"年份\":2025", hint: .noSpaceAfterColon)),
    ErrorCase(
      "名称: \"青石\"镇\n", 1, 9, .textAfterQuote("镇"), "第 1 行第 9 列在引号结束后还有文字“镇”；请把它也放进引号里，或者删去。"),
    ErrorCase("a: ['x'y]\n", 1, 8, .textAfterQuote("y")),
    ErrorCase(
      "a: \"青石\\q\"\n", 1, 7, .invalidEscape("\\q"),
      "第 1 行第 7 列的转义“\\q”无效；双引号里只能用 \\n、\\t、\\\"、\\\\、\\uXXXX 等转义，要写反斜杠本身请写成 \\\\，或改用单引号。"),
    ErrorCase("a: \"\\u12\"\n", 1, 5, .invalidEscape("\\u12\"")),
    ErrorCase("a: \"\\uD800\"\n", 1, 5, .invalidEscape("\\uD800")),
    ErrorCase("a: \"\\x4G\"\n", 1, 5, .invalidEscape("\\x4G")),
    ErrorCase("a: 1\n- b\n", 2, 1, .mixedBlock(inSequence: false)),
    ErrorCase("- a\nb: 1\n", 2, 1, .mixedBlock(inSequence: true)),
    ErrorCase("目标: 推进乡村振兴\n  取得新成效\n", 2, 3, .plainScalarContinuation),
    ErrorCase("一句话\n又一句\n", 2, 1, .plainScalarContinuation),
    ErrorCase("\"根\"\nb\n", 2, 1, .unexpectedContent),
    ErrorCase("? a\n", 1, 1, .complexKey),
    ErrorCase("[a, b]: c\n", 1, 2, .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: "a")),
    ErrorCase("x:\n  [a, b]: c\n", 2, 3, .complexKey),
    ErrorCase("a: {[k]: v}\n", 1, 5, .complexKey),
    ErrorCase(": a\n", 1, 1, .missingKey),
    ErrorCase("a: b: c\n", 1, 5, .unexpectedColon),
    ErrorCase("a: [b: c]\n", 1, 6, .unexpectedColon),
    ErrorCase("a: @x\n", 1, 4, .reservedIndicator("@")),
    ErrorCase("a: `x`\n", 1, 4, .reservedIndicator("`")),
    ErrorCase("a: %50\n", 1, 4, .reservedIndicator("%")),
    ErrorCase("a: [1, ]]\n", 1, 9, .textAfterFlow("]")),
    ErrorCase("a: [|]\n", 1, 5, .reservedIndicator("|")),
    ErrorCase(
      "a: - b\n", 1, 4, .sequenceEntryAfterKey,
      "第 1 行第 4 列：列表项“- ”不能写在键的同一行；请换行并缩进后再写“- 项”。如果值就是短横线，请写成 \"-\"。"),
    ErrorCase("a: [\"x\" \"y\"]\n", 1, 9, .missingComma(closer: "]", found: "\"y\"")),
    ErrorCase("a: [x, [y] z]\n", 1, 12, .missingComma(closer: "]", found: "z")),
    ErrorCase("a: {k: v]\n", 1, 9, .missingComma(closer: "}", found: "]")),
    ErrorCase("a: [1,,2]\n", 1, 7, .emptyFlowEntry),
    ErrorCase("a: [,1]\n", 1, 5, .emptyFlowEntry),
    ErrorCase("a: [1] 2\n", 1, 8, .textAfterFlow("2")),
    ErrorCase("a: |x\n", 1, 4, .invalidBlockScalarHeader("|x")),
    ErrorCase("a: >0\n", 1, 4, .invalidBlockScalarHeader(">0")),
    ErrorCase("a: |-+\n", 1, 4, .invalidBlockScalarHeader("|-+")),
  ]

  @Test(arguments: cases)
  func reportsWhereAndWhy(_ test: ErrorCase) throws {
    try checkError(test)
  }

  @Test(arguments: cases.filter { !$0.text.hasPrefix("[") })
  func reportsWhereAndWhyAfterChineseLine(_ test: ErrorCase) throws {
    try checkErrorAfterChineseLine(test)
  }

  // MARK: - Rendering

  @Test func rendersHeaderSourceLineAndCaret() throws {
    let source = SourceText(path: "青石镇.yaml", string: "a:\n  b: 1\n\tc: 2\n")
    var caught: DataError?
    do { _ = try DataDocument(parsing: source) } catch { caught = error }
    let error = try #require(caught)
    #expect(error.description == "青石镇.yaml:3:1: error: 第 3 行用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。")
    let lines = error.rendered(source: source).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "青石镇.yaml:3:1: error: 第 3 行用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。")
    #expect(lines[1] == "    c: 2")
    // The tab is shown as four spaces, and underlined as wide.
    #expect(lines[2] == "^~~~")
  }

  @Test func caretStandsUnderChineseByDisplayWidth() throws {
    let source = SourceText(path: "data.yaml", string: "名称: \"青石镇\n")
    var caught: DataError?
    do { _ = try DataDocument(parsing: source) } catch { caught = error }
    let error = try #require(caught)
    let lines = error.rendered(source: source).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "名称: \"青石镇")
    // 名称 is four cells and ": " two; the range runs from the quote to the end of the line.
    #expect(lines[2] == "      ^~~~~~~")
    #expect(error.diagnostic.severity == .error)
    #expect(error.diagnostic.range == error.range)
  }
}

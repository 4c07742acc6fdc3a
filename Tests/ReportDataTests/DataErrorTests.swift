import ReportData
import ReportText
import Testing

@Suite struct DataErrorTests {
  /// An input that must fail, where, and why.
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var column: Int
    var kind: DataError.Kind
    /// The whole message, when the test pins it down.
    var message: String?

    init(_ text: String, _ line: Int, _ column: Int, _ kind: DataError.Kind, _ message: String? = nil) {
      self.text = text
      self.line = line
      self.column = column
      self.kind = kind
      self.message = message
    }

    var testDescription: String {
      text.count <= 60 ? text.debugDescription : String(text.prefix(40)).debugDescription + "…(\(text.count) characters)"
    }
  }

  static let yamlCases: [Case] = [
    Case(
      "a:\n  b: 1\n\tc: 2\n", 3, 1, .tabIndentation, "第 3 行用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。"),
    Case("a:\n  b: 1\n  \tc: 2\n", 3, 3, .tabIndentation),
    Case("- \ta: 1\n", 1, 3, .tabIndentation),
    Case(
      "经济:\n  财政收入: 17.1亿元\n    增长: 10.6%\n", 3, 5, .inconsistentIndentation(found: 4, expected: 2),
      "第 3 行缩进了 4 个空格，与同一层的上一项（缩进 2 个空格）对不齐；请改为 2 个空格。若要写成上一项的下一级，上一项的冒号后面要留空。"),
    Case("- a\n  - b\n", 2, 3, .inconsistentIndentation(found: 2, expected: 0)),
    Case("- a: 1\n   b: 2\n", 2, 4, .inconsistentIndentation(found: 3, expected: 2)),
    Case(
      "a:\n    b: 1\n  c: 2\n", 3, 3, .unmatchedDedent(found: 2, levels: [0, 4]),
      "第 3 行缩进了 2 个空格，上面没有缩进 2 个空格的层级（已有的层级缩进 0、4 个空格）；请对齐到它所属的那一层。"),
    Case("- a: 1\n b: 2\n", 2, 2, .unmatchedDedent(found: 1, levels: [0, 2])),
    Case("  a: 1\nb: 2\n", 2, 1, .unmatchedDedent(found: 0, levels: [2])),
    Case(
      "财政收入: 1\n增长: 2\n财政收入: 3\n", 3, 1, .duplicateKey("财政收入", firstLine: 1),
      "第 3 行第 1 列的键“财政收入”重复了，第 1 行已经写过；同一层的键不能重复，请删去一个或改名。"),
    Case("镇: {名称: 青石, 名称: 白石}\n", 1, 13, .duplicateKey("名称", firstLine: 1)),
    Case(
      (1...12).map { "键\($0): \($0)\n" }.joined() + "键7: 重复\n", 13, 1, .duplicateKey("键7", firstLine: 7)),
    Case("a:\n  b: 1\n  'b': 2\n", 3, 3, .duplicateKey("b", firstLine: 2)),
    Case(
      "名称: \"青石镇\n", 1, 5, .unterminatedQuote(.double),
      "第 1 行第 5 列的双引号没有结束；引号要在同一行内成对出现，请在值的末尾补上 \"（值里的双引号写成 \\\"）。"),
    Case("名称: '青石镇\n下: 1\n", 1, 5, .unterminatedQuote(.single)),
    Case("名称: \"青石镇\\\n", 1, 5, .unterminatedQuote(.double)),
    Case("a: [\"x]\n", 1, 5, .unterminatedQuote(.double)),
    Case(
      "项目: [道路, 水利\n其他: 1\n", 1, 5, .unterminatedFlow(opener: "["),
      "第 1 行第 5 列的“[”没有对应的“]”；请补上“]”。跨行书写时，后面各行要比所属的键缩进更多。"),
    Case("a: {k: v", 1, 4, .unterminatedFlow(opener: "{")),
    Case("a: [1, [2,\n  3]\n", 1, 4, .unterminatedFlow(opener: "[")),
    Case("a: [1,\n---\n", 1, 4, .unterminatedFlow(opener: "[")),
    Case(
      "基准: &基准 1\n", 1, 5, .anchor("&基准"), "第 1 行第 5 列用了锚点“&基准”；数据文件不支持锚点和别名，请删去它，把值直接写出来。"),
    Case("a: [&x 1]\n", 1, 5, .anchor("&x")),
    Case("&a 键: 1\n", 1, 1, .anchor("&a")),
    Case(
      "a: 1\nb: *基准\n", 2, 4, .alias("*基准"), "第 2 行第 4 列用了别名“*基准”；数据文件不支持锚点和别名，请把它代表的值直接写在这里。"),
    Case("a: {k: *x}\n", 1, 8, .alias("*x")),
    Case(
      "a:\n  <<: *base\n", 2, 3, .mergeKey, "第 2 行第 3 列用了合并键“<<”；数据文件不支持合并，请把要用的键逐个写出来。"),
    Case("a: {<<: b}\n", 1, 5, .mergeKey),
    Case(
      "a: !!str 1\n", 1, 4, .tag("!!str"), "第 1 行第 4 列用了标签“!!str”；数据文件里的值都按文字读取，不需要标签，请删去它，把值直接写出来。"),
    Case("a: !本地 x\n", 1, 4, .tag("!本地")),
    Case("- !!map\n", 1, 3, .tag("!!map")),
    Case(
      "a: 1\n---\nb: 2\n", 2, 1, .multipleDocuments(marker: "---"),
      "第 2 行的“---”开始了第二份文档；一个数据文件只能有一份文档，请删去这一行，把内容合并到一份里。"),
    Case("a: 1\n...\n", 2, 1, .multipleDocuments(marker: "...")),
    Case("---\n---\na: 1\n", 2, 1, .multipleDocuments(marker: "---")),
    Case("a: |\n  x\n---\n", 3, 1, .multipleDocuments(marker: "---")),
    Case("%YAML 1.2\n---\na: 1\n", 1, 1, .directive("%YAML"), "第 1 行的“%YAML”是 YAML 指令；数据文件不支持指令，请删去这一行。"),
    Case("a: 1\n%TAG ! x\n", 2, 1, .directive("%TAG")),
    Case(deepMapping(65), 65, 129, .tooDeep(limit: 64), "第 65 行第 129 列的嵌套超过了 64 层；数据文件最多嵌套 64 层，请减少层级。"),
    Case("a: " + String(repeating: "[", count: 10_000), 1, 67, .tooDeep(limit: 64)),
    Case("x: " + String(repeating: "{a: ", count: 10_000), 1, 3 + 4 * 63 + 1, .tooDeep(limit: 64)),
    Case(String(repeating: "- ", count: 10_000) + "x\n", 1, 129, .tooDeep(limit: 64)),
    Case(
      "名称: 青石镇\n年份 2025\n", 2, 1, .missingColon("年份 2025", hint: .none),
      "第 2 行第 1 列的“年份 2025”后面缺少冒号；这一层的每一行都要写成“键: 值”（冒号后加空格）。"),
    Case(
      "名称: 青石镇\n年份：2025\n", 2, 1, .missingColon("年份：2025", hint: .fullWidthColon),
      "第 2 行第 1 列的“年份：2025”用了全角冒号“：”；键和值之间要用半角冒号加空格，写成“年份: 2025”。"),
    Case(
      "名称: 青石镇\n年份:2025\n", 2, 1, .missingColon("年份:2025", hint: .noSpaceAfterColon),
      "第 2 行第 1 列的“年份:2025”冒号后面缺少空格；请写成“年份: 2025”。"),
    Case("名称 青石镇\n年份: 2025\n", 1, 1, .missingColon("名称 青石镇", hint: .none)),
    Case("名称：青石镇\n年份：2025\n", 1, 1, .missingColon("名称：青石镇", hint: .fullWidthColon)),
    Case("a: {k v}\n", 1, 5, .missingColon("k v", hint: .none)),
    Case("\"年份\":2025\n", 1, 1, .missingColon("\"年份\":2025", hint: .noSpaceAfterColon)),
    Case(
      "名称: \"青石\"镇\n", 1, 9, .textAfterQuote("镇"), "第 1 行第 9 列在引号结束后还有文字“镇”；请把它也放进引号里，或者删去。"),
    Case("a: ['x'y]\n", 1, 8, .textAfterQuote("y")),
    Case(
      "a: \"青石\\q\"\n", 1, 7, .invalidEscape("\\q"),
      "第 1 行第 7 列的转义“\\q”无效；双引号里只能用 \\n、\\t、\\\"、\\\\、\\uXXXX 等转义，要写反斜杠本身请写成 \\\\，或改用单引号。"),
    Case("a: \"\\u12\"\n", 1, 5, .invalidEscape("\\u12\"")),
    Case("a: \"\\uD800\"\n", 1, 5, .invalidEscape("\\uD800")),
    Case("a: \"\\x4G\"\n", 1, 5, .invalidEscape("\\x4G")),
    Case("a: 1\n- b\n", 2, 1, .mixedBlock(inSequence: false)),
    Case("- a\nb: 1\n", 2, 1, .mixedBlock(inSequence: true)),
    Case("目标: 推进乡村振兴\n  取得新成效\n", 2, 3, .plainScalarContinuation),
    Case("一句话\n又一句\n", 2, 1, .plainScalarContinuation),
    Case("\"根\"\nb\n", 2, 1, .unexpectedContent),
    Case("? a\n", 1, 1, .complexKey),
    Case("[a, b]: c\n", 1, 2, .invalidJSON(expected: "一个值（对象、数组、字符串、数字、true、false 或 null）", found: "a")),
    Case("x:\n  [a, b]: c\n", 2, 3, .complexKey),
    Case("a: {[k]: v}\n", 1, 5, .complexKey),
    Case(": a\n", 1, 1, .missingKey),
    Case("a: b: c\n", 1, 5, .unexpectedColon),
    Case("a: [b: c]\n", 1, 6, .unexpectedColon),
    Case("a: @x\n", 1, 4, .reservedIndicator("@")),
    Case("a: `x`\n", 1, 4, .reservedIndicator("`")),
    Case("a: %50\n", 1, 4, .reservedIndicator("%")),
    Case("a: [1, ]]\n", 1, 9, .textAfterFlow("]")),
    Case("a: [|]\n", 1, 5, .reservedIndicator("|")),
    Case(
      "a: - b\n", 1, 4, .sequenceEntryAfterKey,
      "第 1 行第 4 列：列表项“- ”不能写在键的同一行；请换行并缩进后再写“- 项”。如果值就是短横线，请写成 \"-\"。"),
    Case("a: [\"x\" \"y\"]\n", 1, 9, .missingComma(closer: "]", found: "\"y\"")),
    Case("a: [x, [y] z]\n", 1, 12, .missingComma(closer: "]", found: "z")),
    Case("a: {k: v]\n", 1, 9, .missingComma(closer: "}", found: "]")),
    Case("a: [1,,2]\n", 1, 7, .emptyFlowEntry),
    Case("a: [,1]\n", 1, 5, .emptyFlowEntry),
    Case("a: [1] 2\n", 1, 8, .textAfterFlow("2")),
    Case("a: |x\n", 1, 4, .invalidBlockScalarHeader("|x")),
    Case("a: >0\n", 1, 4, .invalidBlockScalarHeader(">0")),
    Case("a: |-+\n", 1, 4, .invalidBlockScalarHeader("|-+")),
  ]

  /// `levels` mappings, each nested in the one before, two spaces deeper.
  static func deepMapping(_ levels: Int) -> String {
    (0..<levels).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
  }

  @Test(arguments: yamlCases)
  func reportsWhereAndWhy(_ test: Case) throws {
    let error = try #require(parseError(test.text))
    #expect(error.kind == test.kind)
    #expect(error.location.line == test.line)
    #expect(error.location.column == test.column)
    #expect(error.path == "data.yaml")
    if let message = test.message { #expect(error.message == message) }
    #expect(error.message.hasPrefix("第 \(test.line) 行"))
    #expect(error.range.lowerBound <= error.range.upperBound)
  }

  @Test(arguments: yamlCases.filter { !$0.text.hasPrefix("[") && !$0.text.hasPrefix("%") })
  func reportsWhereAndWhyAfterChineseLine(_ test: Case) throws {
    let error = try #require(parseError(withChineseLineBefore(test.text)))
    #expect(error.kind == shifted(test.kind))
    #expect(error.location.line == test.line + 1)
    #expect(error.location.column == test.column)
    #expect(error.message.hasPrefix("第 \(test.line + 1) 行"))
  }

  /// The kind of `kind` one line further down (only duplicate keys name a line).
  func shifted(_ kind: DataError.Kind) -> DataError.Kind {
    if case .duplicateKey(let key, let line) = kind { return .duplicateKey(key, firstLine: line + 1) }
    return kind
  }

  @Test func directiveAfterChineseCommentIsStillRefused() throws {
    let error = try #require(parseError("# 说明\n%YAML 1.2\na: 1\n"))
    #expect(error.kind == .directive("%YAML"))
    #expect(error.location.line == 2)
  }

  @Test func sixtyFourLevelsAreAllowed() throws {
    #expect(parseError(Self.deepMapping(64)) == nil)
    #expect(parseError("a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)) == nil)
    #expect(parseError(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
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

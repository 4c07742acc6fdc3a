import ReportData
import ReportText
import Testing

/// The YAML features the data language refuses — anchors, aliases, merge keys, tags, more than one document,
/// directives — and nesting past the limit: each a located error that says what to write instead.
@Suite struct RefusedFeatureTests {
  static let cases: [ErrorCase] = [
    ErrorCase(
      "基准: &基准 1\n", 1, 5, .anchor("&基准"), "第 1 行第 5 列用了锚点“&基准”；数据文件不支持锚点和别名，请删去它，把值直接写出来。"),
    ErrorCase("a: [&x 1]\n", 1, 5, .anchor("&x")),
    ErrorCase("&a 键: 1\n", 1, 1, .anchor("&a")),
    ErrorCase(
      "a: 1\nb: *基准\n", 2, 4, .alias("*基准"), "第 2 行第 4 列用了别名“*基准”；数据文件不支持锚点和别名，请把它代表的值直接写在这里。"),
    ErrorCase("a: {k: *x}\n", 1, 8, .alias("*x")),
    ErrorCase(
      "a:\n  <<: *base\n", 2, 3, .mergeKey, "第 2 行第 3 列用了合并键“<<”；数据文件不支持合并，请把要用的键逐个写出来。"),
    ErrorCase("a: {<<: b}\n", 1, 5, .mergeKey),
    ErrorCase(
      "a: !!str 1\n", 1, 4, .tag("!!str"), "第 1 行第 4 列用了标签“!!str”；数据文件里的值都按文字读取，不需要标签，请删去它，把值直接写出来。"),
    ErrorCase("a: !本地 x\n", 1, 4, .tag("!本地")),
    ErrorCase("- !!map\n", 1, 3, .tag("!!map")),
    ErrorCase(
      "a: 1\n---\nb: 2\n", 2, 1, .multipleDocuments(marker: "---"),
      "第 2 行的“---”开始了第二份文档；一个数据文件只能有一份文档，请删去这一行，把内容合并到一份里。"),
    ErrorCase(
      "a: 1\n...\n", 2, 1, .multipleDocuments(marker: "..."),
      "第 2 行的“...”表示文档结束；一个数据文件只能有一份文档，请删去这一行，把内容合并到一份里。"),
    ErrorCase("---\n---\na: 1\n", 2, 1, .multipleDocuments(marker: "---")),
    ErrorCase("a: |\n  x\n---\n", 3, 1, .multipleDocuments(marker: "---")),
    ErrorCase("%YAML 1.2\n---\na: 1\n", 1, 1, .directive("%YAML"), "第 1 行的“%YAML”是 YAML 指令；数据文件不支持指令，请删去这一行。"),
    ErrorCase("a: 1\n%TAG ! x\n", 2, 1, .directive("%TAG")),
    ErrorCase(deepMapping(65), 65, 129, .tooDeep(limit: 64), "第 65 行第 129 列的嵌套超过了 64 层；数据文件最多嵌套 64 层，请减少层级。"),
    ErrorCase("a: " + String(repeating: "[", count: 10_000), 1, 67, .tooDeep(limit: 64)),
    ErrorCase("x: " + String(repeating: "{a: ", count: 10_000), 1, 3 + 4 * 63 + 1, .tooDeep(limit: 64)),
    ErrorCase(String(repeating: "- ", count: 10_000) + "x\n", 1, 129, .tooDeep(limit: 64)),
  ]

  @Test(arguments: cases)
  func refusesWithWhereAndWhy(_ test: ErrorCase) throws {
    try checkError(test)
  }

  @Test(arguments: cases.filter { !$0.text.hasPrefix("%") })
  func refusesAfterChineseLine(_ test: ErrorCase) throws {
    try checkErrorAfterChineseLine(test)
  }

  @Test func directiveAfterChineseCommentIsStillRefused() throws {
    let error = try #require(parseError("# 说明\n%YAML 1.2\na: 1\n"))
    #expect(error.kind == .directive("%YAML"))
    #expect(error.location.line == 2)
  }

  @Test func sixtyFourLevelsAreAllowed() throws {
    #expect(parseError(deepMapping(64)) == nil)
    #expect(parseError("a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)) == nil)
    #expect(parseError(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
  }
}

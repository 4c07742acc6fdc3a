import Testing

@testable import ReportText

@Suite struct DiagnosticRendererTests {
  /// A diagnostic on the first occurrence of `target` in `text`.
  func diagnostic(
    _ text: String, on target: String, severity: Diagnostic.Severity = .warning, ruleID: String? = "number.unit",
    help: String? = nil
  ) -> (Diagnostic, SourceText) {
    let source = SourceText(path: "报告.txt", string: text)
    let start = text.range(of: target).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
    let diagnostic = Diagnostic(
      severity: severity, message: "数字与单位不符", source: source, byteRange: start..<(start + target.utf8.count),
      ruleID: ruleID, help: help)
    return (diagnostic, source)
  }

  @Test func caretUnderCJKWordAfterCJKText() {
    let (d, source) = diagnostic("标题\n　　全镇实现地区生产总值9.5483亿元。", on: "生产总值")
    let out = DiagnosticRenderer().render(d, source: source)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "报告.txt:2:9: warning: 数字与单位不符 [number.unit]")
    #expect(lines[1] == "　　全镇实现地区生产总值9.5483亿元。")
    // 　　全镇实现地区 is eight wide characters: 16 cells.
    #expect(lines[2] == String(repeating: " ", count: 16) + "^~~~~~~~")
    #expect(lines.count == 4 && lines[3].isEmpty)
  }

  @Test func caretAfterMixedText() {
    let (d, source) = diagnostic("GDP增长10.6%，好", on: "10.6%")
    let caret = DiagnosticRenderer().snippet(for: d.range, in: source)?.caret
    #expect(caret == "       ^~~~~")
  }

  @Test func tabsAreExpanded() {
    let (d, source) = diagnostic("\t一、总\t体", on: "体")
    let snippet = DiagnosticRenderer(tabWidth: 4).snippet(for: d.range, in: source)
    #expect(snippet?.line == "    一、总  体")
    #expect(snippet?.caret == "            ^~")
  }

  @Test func emptyRangeGetsOneCaret() {
    let source = SourceText(path: "a.txt", string: "一、回顾")
    let at = source.location(of: 3)
    let snippet = DiagnosticRenderer().snippet(for: at..<at, in: source)
    #expect(snippet?.caret == "  ^")
  }

  @Test func rangeAtEndOfLine() {
    let source = SourceText(path: "a.txt", string: "一、回顾\n下一行")
    let end = source.location(of: Array("一、回顾".utf8).count)
    #expect(DiagnosticRenderer().snippet(for: end..<end, in: source)?.caret == "        ^")
  }

  @Test func rangeOverLinesIsUnderlinedToEndOfFirstLine() {
    let (d, source) = diagnostic("甲乙丙\n丁戊", on: "乙丙\n丁")
    #expect(d.range.upperBound.line == 2)
    #expect(DiagnosticRenderer().snippet(for: d.range, in: source)?.caret == "  ^~~~")
  }

  @Test func helpLine() {
    let (d, source) = diagnostic("一、回顾", on: "回顾", help: "改为“工作回顾”。")
    let out = DiagnosticRenderer().render(d, source: source)
    #expect(out.hasSuffix("\n  = 帮助：改为“工作回顾”。\n"))
  }

  @Test func withoutSourceOnlyTheHeader() {
    let (d, _) = diagnostic("一、回顾", on: "回顾", severity: .error, ruleID: nil)
    #expect(DiagnosticRenderer().render(d) == "报告.txt:1:3: error: 数字与单位不符\n")
  }

  @Test func plainLocatedError() {
    let renderer = DiagnosticRenderer()
    #expect(
      renderer.renderHeader(severity: .error, path: "a.txt", location: nil, message: "无法读取文件")
        == "a.txt: error: 无法读取文件")
    #expect(
      renderer.renderHeader(
        severity: .note, path: "a.txt", location: TextLocation(line: 3, column: 5, offset: 20), message: "说明",
        ruleID: "x.y") == "a.txt:3:5: note: 说明 [x.y]")
  }

  @Test func colourOffHasNoEscapes() {
    let (d, source) = diagnostic("　　全镇实现地区生产总值", on: "生产", help: "帮助")
    for severity in Diagnostic.Severity.allCases {
      var copy = d
      copy.severity = severity
      #expect(!DiagnosticRenderer(usesColor: false).render(copy, source: source).contains("\u{1B}"))
    }
    let coloured = DiagnosticRenderer(usesColor: true).render(d, source: source)
    #expect(coloured.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;32m"))
  }

  @Test func controlCharactersInTheSourceAreNotPrinted() {
    let (d, source) = diagnostic("a\u{1B}[31mb", on: "b")
    let snippet = DiagnosticRenderer().snippet(for: d.range, in: source)
    #expect(snippet?.line == "a?[31mb")
    #expect(snippet?.caret == "      ^")
  }

  @Test func longLinesAreCutAroundTheRange() throws {
    let prefix = String(repeating: "全镇", count: 3000)
    let text = prefix + "生产总值" + String(repeating: "增长", count: 3000)
    let (d, source) = diagnostic(text, on: "生产总值")
    let renderer = DiagnosticRenderer(maximumLineWidth: 80)
    let snippet = try #require(renderer.snippet(for: d.range, in: source))
    #expect(displayWidth(snippet.line) <= 80)
    #expect(snippet.line.hasPrefix("..."))
    #expect(snippet.line.hasSuffix("..."))
    // The caret's cell holds the first character of the range.
    let caretColumn = snippet.caret.prefix { $0 == " " }.count
    var column = 0
    var under: Unicode.Scalar?
    for scalar in snippet.line.unicodeScalars {
      if column == caretColumn {
        under = scalar
        break
      }
      column += displayWidth(scalar)
    }
    #expect(under == "生")
    #expect(snippet.caret.hasSuffix("^~~~~~~~"))
  }

  @Test func lineOutsideTheSourceGivesNoSnippet() {
    let source = SourceText(path: "a.txt", string: "一")
    let far = TextLocation(line: 9, column: 1, offset: 100)
    #expect(DiagnosticRenderer().snippet(for: far..<far, in: source) == nil)
  }

  @Test func rendersSeveralInOrder() {
    let (a, source) = diagnostic("一、回顾\n二、计划", on: "回顾")
    let (b, _) = diagnostic("一、回顾\n二、计划", on: "计划")
    let out = DiagnosticRenderer().render([a, b], source: source)
    #expect(out.components(separatedBy: "\n").filter { $0.hasPrefix("报告.txt:") }.count == 2)
    #expect(out.firstRange(of: "1:3")!.lowerBound < out.firstRange(of: "2:3")!.lowerBound)
  }

  @Test func severityNames() {
    #expect(Diagnostic.Severity.error.rawValue == "error")
    #expect(Diagnostic.Severity.warning.chineseName == "警告")
  }
}

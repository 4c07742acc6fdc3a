import Foundation
import ReportLint
import Testing

@testable import BaogaoCLI

/// `lint` with the test-only rules instead of `LintRules.all`.
enum TestLintCommand: Command {
  static let spec = LintCommand.spec
  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    try LintCommand.run(invocation, io: io, rules: [TestPlaceholderRule.self, TestBadWordRule.self])
  }
}

/// `baogao lint` end to end, in-process.
@Suite struct LintCommandTests {
  static let warningOnly = "标题\n全镇完成XX亿元。\n"
  static let withError = "标题\n全镇完成XX亿元，坏词。\n"

  func run(_ arguments: [String], in dir: TemporaryDirectory, input: String = "") -> RunResult {
    runBaogao(["lint"] + arguments, in: dir.url, standardInput: input, commands: [TestLintCommand.self])
  }

  @Test func isRegistered() {
    #expect(BaogaoCLI.commands.contains { $0.spec.name == "lint" })
  }

  @Test func exitCodesFollowTheFailLevel() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.warningOnly, to: "w.txt")
    try dir.write(Self.withError, to: "e.txt")
    try dir.write("标题\n全镇完成1亿元。\n", to: "ok.txt")
    #expect(run(["ok.txt"], in: dir).code == .success)
    #expect(run(["w.txt"], in: dir).code == .success)
    #expect(run(["e.txt"], in: dir).code == .findings)
    #expect(run(["w.txt", "--fail-level", "warning"], in: dir).code == .findings)
    #expect(run(["ok.txt", "--fail-level", "warning"], in: dir).code == .success)
    let both = run(["w.txt", "e.txt"], in: dir)
    #expect(both.code == .findings)
    #expect(both.standardOutput.hasPrefix("w.txt:2:5: warning: 发现未填写的占位符“XX” [placeholder.testxx]\n"))
    #expect(both.standardOutput.hasSuffix("共 3 个问题：1 个错误，2 个警告\n"))
  }

  @Test(arguments: ["json", "sarif", "github", "text"])
  func everyFormatRunsAndReadsStandardInput(format: String) throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.withError, to: "e.txt")
    let file = run(["--format", format, "e.txt"], in: dir)
    let stdin = run(["--format", format, "-"], in: dir, input: Self.withError)
    #expect(file.code == .findings)
    #expect(stdin.standardOutput.replacingOccurrences(of: "<stdin>", with: "e.txt") == file.standardOutput)
    if format == "json" || format == "sarif" {
      #expect((try? JSONSerialization.jsonObject(with: Data(file.standardOutput.utf8))) != nil)
    }
  }

  /// A data file, a template, a web page or a Word document given to lint is refused with exit 2 and a message
  /// that says what it is and what to run; --fix leaves it as it was.
  @Test(arguments: [
    ("数据.yaml", "类别: 政府工作报告\n镇名: 青石镇\n", "baogao generate"),
    ("数据.json", "{\"镇名\": \"青石镇\"}\n", "baogao generate"),
    ("stdin-data", "{\"镇名\": \"青石镇\"}\n", "数据文件"),
    ("report.tpl", "{{ 镇名 }}{{ 年份 }}年政府工作报告\n", "模板"),
    ("draft", "{% if 镇名 %}{{ 镇名 }}{% endif %}年政府工作报告\n{{ 年份 }}\n", "模板"),
    ("page.html", "<!DOCTYPE html><html><body>报告</body></html>\n", "网页"),
    ("报告.docx", "PK\u{03}\u{04}不是文本\n", "Word"),
  ])
  func inputsLintDoesNotTake(name: String, text: String, says: String) throws {
    let dir = try TemporaryDirectory()
    let stdin = name.hasPrefix("stdin")
    if !stdin { try dir.write(text, to: name) }
    for fix in [[], ["--fix"]] {
      let result =
        stdin
        ? run(fix.isEmpty ? ["-"] : ["--fix", "--dry-run", "-"], in: dir, input: text)
        : run(fix + [name], in: dir)
      #expect(result.code == .usage)
      #expect(result.standardError.contains(says), "\(result.standardError)")
      if !stdin { #expect(try dir.read(name) == text) }
    }
  }

  @Test func unreadableInputIsUsageError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("\n", to: "empty.txt")
    #expect(run(["missing.txt"], in: dir).code == .usage)
    let empty = run(["empty.txt"], in: dir)
    #expect(empty.code == .usage)
    #expect(empty.standardError.hasPrefix("empty.txt:1:1: error:"))
    #expect(run([], in: dir).code == .usage)
    #expect(run(["--dry-run", "x.txt"], in: dir).code == .usage)
    try dir.write(Self.withError, to: "e.txt")
    #expect(run(["--fix", "e.txt", "missing.txt"], in: dir).code == .usage)
    #expect(try dir.read("e.txt") == Self.withError)
  }

  @Test func fixRewritesTheFileAndIsIdempotent() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.withError, to: "e.txt")
    let first = run(["--fix", "e.txt"], in: dir)
    #expect(first.code == .findings, "\(first.standardError)")
    #expect(try dir.read("e.txt") == "标题\n全镇完成某亿元，坏词。\n")
    #expect(first.standardOutput.hasSuffix("共 1 个问题：1 个错误，0 个警告\n"))
    let second = run(["--fix", "e.txt"], in: dir)
    #expect(try dir.read("e.txt") == "标题\n全镇完成某亿元，坏词。\n")
    #expect(second.standardOutput == first.standardOutput)
    #expect(try dir.contents() == ["e.txt"])
  }

  @Test func fixKeepsEncodingAndLineEnds() throws {
    let dir = try TemporaryDirectory()
    let crlf = Self.withError.replacingOccurrences(of: "\n", with: "\r\n")
    try Data(crlf.data(using: String.Encoding(rawValue: 0x8000_0632))!).write(
      to: dir.url.appendingPathComponent("g.txt"))
    try Data([0xFF, 0xFE] + Array(Self.withError.data(using: .utf16LittleEndian)!)).write(
      to: dir.url.appendingPathComponent("u.txt"))
    #expect(run(["--fix", "g.txt", "u.txt"], in: dir).code == .findings)
    let fixed = "标题\r\n全镇完成某亿元，坏词。\r\n"
    #expect(
      try Data(contentsOf: dir.url.appendingPathComponent("g.txt"))
        == fixed.data(using: String.Encoding(rawValue: 0x8000_0632)))
    #expect(
      try Data(contentsOf: dir.url.appendingPathComponent("u.txt"))
        == Data([0xFF, 0xFE]) + "标题\n全镇完成某亿元，坏词。\n".data(using: .utf16LittleEndian)!)
  }

  @Test func dryRunPrintsADiffAndWritesNothing() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.warningOnly, to: "w.txt")
    let result = run(["--fix", "--dry-run", "w.txt"], in: dir)
    #expect(result.code == .success)
    #expect(
      result.standardOutput == """
        --- a/w.txt
        +++ b/w.txt
        @@ -1,2 +1,2 @@
         标题
        -全镇完成XX亿元。
        +全镇完成某亿元。

        """)
    #expect(try dir.read("w.txt") == Self.warningOnly)
  }

  @Test func configIsFoundAndApplied() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.withError, to: "e.txt")
    try dir.write("rules:\n  wording.testbad: warning\n", to: ".baogao.yml")
    let result = run(["e.txt"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    try dir.write("rules:\n  wording.testbad: off\n  placeholder.testxx: error\n", to: "other.yml")
    let other = run(["--config", "other.yml", "e.txt"], in: dir)
    #expect(other.code == .findings)
    #expect(!other.standardOutput.contains("wording.testbad"))
  }

  @Test func configErrorsAreLocated() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.withError, to: "e.txt")
    try dir.write("rules:\n  wording.testbda: warning\n", to: ".baogao.yml")
    let result = run(["e.txt"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix(".baogao.yml:2:3: error: 没有编号为“wording.testbda”的规则，是不是“wording.testbad”？"))
    #expect(result.standardError.contains("^~~~"))
    try dir.write("rules:\n  wording.testbad: loud\n", to: "bad.yml")
    let level = run(["--config", "bad.yml", "e.txt"], in: dir)
    #expect(level.code == .usage)
    #expect(level.standardError.hasPrefix("bad.yml:2:20: error: 规则级别不能是“loud”"))
  }

  @Test func inlineCommentsTurnRulesOff() throws {
    let dir = try TemporaryDirectory()
    try dir.write("标题\n<!-- baogao-disable-next-line wording.testbad -->\n坏词\n", to: "m.md")
    #expect(run(["m.md"], in: dir).code == .success)
  }

  @Test func listRules() throws {
    let dir = try TemporaryDirectory()
    let markdown = run(["--list-rules", "--format", "markdown"], in: dir)
    #expect(markdown.code == .success)
    #expect(markdown.standardOutput.contains("| `wording.testbad` | error | 否 | 测试用：坏词 |"))
    let text = run(["--list-rules"], in: dir)
    #expect(text.standardOutput.hasPrefix("placeholder.testxx"))
    #expect(run(["--list-rules", "--format", "json"], in: dir).code == .usage)
  }
}

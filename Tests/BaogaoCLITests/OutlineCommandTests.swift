import Foundation
import Testing

@testable import BaogaoCLI

/// `baogao outline` end to end, in-process, on short reports of our own.
@Suite struct OutlineCommandTests {
  static let report = """
    2025年上半年政府工作报告

    各位代表：
    现在，我代表镇人民政府向大会报告上半年工作，请予审议。
    上半年工作回顾
    一、项目建设提速增效
    招商成效明显。新签约项目6个。
    二、社会事业全面进步
    教育质量提升。中考优秀率提高4个百分点。
    在肯定成绩的同时，我们也清醒地认识到，发展基础还不牢固。
    下半年工作打算
    一、全力冲刺全年目标
    紧盯年度目标任务，确保各项指标全面完成。
    各位代表！让我们团结一心，奋力完成全年各项任务！

    """

  func run(_ arguments: [String], in dir: TemporaryDirectory, input: String = "") -> RunResult {
    runBaogao(arguments, in: dir.url, standardInput: input, commands: BaogaoCLI.commands)
  }

  @Test func printsTSVRows() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.report, to: "r.txt")
    let result = run(["outline", "r.txt"], in: dir)
    #expect(result.code == .success)
    let kinds = result.standardOutput.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
    #expect(
      kinds == [
        "1 title", "3 preamble", "5 review", "6 h1", "7 runin", "8 h1", "9 runin", "10 problems", "11 plan", "12 h1",
        "14 closing",
      ])
  }

  @Test(arguments: ["json", "markdown", "tree", "tsv"])
  func everyFormatIsDeterministicAndReadsStandardInput(format: String) throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.report, to: "r.txt")
    let fromFile = run(["outline", "--format", format, "r.txt"], in: dir)
    let again = run(["outline", "--format=\(format)", "r.txt"], in: dir)
    let fromStdin = run(["outline", "--format", format, "-"], in: dir, input: Self.report)
    #expect(fromFile.code == .success)
    #expect(fromFile.standardOutput == again.standardOutput)
    #expect(!fromFile.standardOutput.isEmpty)
    #expect(fromStdin.standardOutput.replacingOccurrences(of: "<stdin>", with: "r.txt") == fromFile.standardOutput)
  }

  @Test func jsonParsesBack() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.report, to: "r.txt")
    let result = run(["outline", "--format", "json", "r.txt"], in: dir)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let parts = object?["parts"] as? [[String: Any]]
    #expect(parts?.map { $0["role"] as? String } == ["preamble", "review", "problems", "plan", "closing"])
  }

  @Test func emptyFileIsALocatedError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("\n  \n", to: "empty.txt")
    let result = run(["outline", "empty.txt"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("empty.txt:1:1: error: 文件是空的"))
  }

  @Test func binaryAndInvalidTextAreLocatedErrors() throws {
    let dir = try TemporaryDirectory()
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]).write(to: dir.url.appendingPathComponent("a.docx"))
    try Data(Array("第一行\nabc".utf8) + [0xC3, 0x28] + Array("def\n".utf8)).write(
      to: dir.url.appendingPathComponent("bad.txt"))
    let binary = run(["outline", "a.docx"], in: dir)
    #expect(binary.code == .usage)
    #expect(binary.standardError.hasPrefix("a.docx:"))
    let invalid = run(["outline", "bad.txt"], in: dir)
    #expect(invalid.code == .usage)
    #expect(invalid.standardError.hasPrefix("bad.txt:2:4: error:"))
  }

  @Test func readsGB18030AndUTF16() throws {
    let dir = try TemporaryDirectory()
    let expected = run(["outline", "-"], in: dir, input: Self.report).standardOutput
    if let gb = Self.report.data(using: String.Encoding(rawValue: 0x8000_0632)) {
      try gb.write(to: dir.url.appendingPathComponent("gb.txt"))
      #expect(run(["outline", "gb.txt"], in: dir).standardOutput == expected)
    }
    var utf16 = Data([0xFF, 0xFE])
    utf16.append(Self.report.data(using: .utf16LittleEndian)!)
    try utf16.write(to: dir.url.appendingPathComponent("u16.txt"))
    #expect(run(["outline", "u16.txt"], in: dir).standardOutput == expected)
  }

  @Test func outputFileNeedsForceToBeReplaced() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.report, to: "r.txt")
    #expect(run(["outline", "r.txt", "-o", "out.tsv"], in: dir).code == .success)
    let refused = run(["outline", "r.txt", "-o", "out.tsv"], in: dir)
    #expect(refused.code == .usage)
    #expect(refused.standardError.contains("--force"))
    #expect(run(["outline", "r.txt", "-o", "out.tsv", "--force"], in: dir).code == .success)
    let overInput = run(["outline", "r.txt", "-o", "r.txt", "--force"], in: dir)
    #expect(overInput.code == .usage)
    #expect(try dir.read("r.txt") == Self.report)
    #expect(try dir.contents() == ["out.tsv", "r.txt"])
  }

  @Test func unknownFlagNamesTheNearestOne() throws {
    let dir = try TemporaryDirectory()
    let result = run(["outline", "--fromat", "json", "r.txt"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.contains("--fromat"))
    #expect(result.standardError.contains("--format"))
  }

  @Test func markdownInputIsReadAsMarkdown() throws {
    let dir = try TemporaryDirectory()
    try dir.write("# 报告\n\n## 上半年工作回顾\n\n### 一、产业发展\n\n**农业稳定。** 粮食丰收。\n", to: "r.md")
    let result = run(["outline", "r.md"], in: dir)
    #expect(result.standardOutput.hasPrefix("1\ttitle\t# 报告\n3\treview\t## 上半年工作回顾\n5\th1\t"))
  }
}

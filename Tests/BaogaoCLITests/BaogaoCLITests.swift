import Foundation
import Testing

@testable import BaogaoCLI

@Suite struct BaogaoCLITests {
  @Test func echoCopiesStandardInputToStandardOutput() {
    let result = runBaogao(["echo", "-"], standardInput: "二、2025年工作安排\n")
    #expect(result.code == .success)
    #expect(result.standardOutput == "二、2025年工作安排\n")
    #expect(result.standardError == "已读取：<stdin>\n")
  }

  @Test func echoReadsFilesAndReferencesInOrder() throws {
    let directory = try TemporaryDirectory()
    try directory.write("甲", to: "a.txt")
    try directory.write("乙", to: "b.txt")
    try directory.write("丙", to: "c.txt")
    let result = runBaogao(
      ["echo", "a.txt", "--ref", "c.txt", "-", "--format=upper"], in: directory.url, standardInput: "x")
    #expect(result.standardOutput == "甲X丙")
    #expect(result.standardError == "已读取：a.txt、<stdin>、c.txt\n")
  }

  @Test func flagsChangeWhatTheCommandDoes() throws {
    let directory = try TemporaryDirectory()
    let result = runBaogao(["echo", "--dry-run", "-", "-o", "out.txt"], in: directory.url, standardInput: "12345")
    #expect(result.code == .success)
    #expect(result.standardError == "将写入 5 字节\n")
    #expect(try directory.contents().isEmpty)
  }

  @Test(
    arguments: [
      (["fail", "located"], ExitCode.usage, "数据.yaml:12:5: error: 缩进不一致。\n  乡镇: 东城镇\n    ^\n"),
      (["fail", "located", "--path", "-"], .usage, "-:12:5: error: 缩进不一致。\n  乡镇: 东城镇\n    ^\n"),
      (["fail", "file", "--path=a.txt"], .usage, "a.txt: error: 文件为空。\n"),
      (["fail", "plain"], .usage, "baogao: error: 出了问题。\n"),
      (["fail", "missing"], .findings, "baogao: error: 缺少数据：town.name\n"),
      (["fail", "usage"], .usage, "baogao: error: --path 不能为空。\n"),
      (["fail", "unconverted"], .usage, "baogao: error: 意外的错误\n"),
    ] as [([String], ExitCode, String)])
  func errorsReachingTheTopArePrintedAndMapped(arguments: [String], code: ExitCode, message: String) {
    let result = runBaogao(arguments)
    #expect(result.code == code)
    #expect(result.standardError == message)
    #expect(result.standardOutput.isEmpty)
  }

  @Test func findingsExitWithOne() {
    let result = runBaogao(["fail", "findings"])
    #expect(result.code == .findings)
    #expect(result.code.rawValue == 1)
    #expect(result.standardOutput == "a.txt:1:1: error: 缺少部分\n")
  }

  @Test func exitCodesHaveTheDocumentedValues() {
    #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 2])
  }

  @Test func registeredRunUsesTheRegisteredCommands() {
    let (io, out, _) = CommandIO.capturing(in: FileManager.default.temporaryDirectory)
    #expect(BaogaoCLI.run(arguments: ["--version"], io: io) == .success)
    #expect(out.text == "baogao 0.1.0\n")
  }

  @Test func reportConvertsErrors() {
    #expect(BaogaoCLI.report(UsageError.invalid("坏了")).heading == "baogao: error: 坏了")
    #expect(BaogaoCLI.report(CommandError("缺", exitCode: .findings)).exitCode == .findings)
  }
}

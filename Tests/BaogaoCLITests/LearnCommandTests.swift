import Foundation
import Testing

@testable import BaogaoCLI

/// `baogao learn` end to end, in-process, on short reports of our own.
@Suite struct LearnCommandTests {
  func run(_ arguments: [String], in dir: TemporaryDirectory) -> RunResult {
    runBaogao(arguments, in: dir.url, commands: BaogaoCLI.commands)
  }

  static func report(_ town: String) -> String {
    """
    \(town)2025年上半年政府工作报告

    各位代表：
    现在，我代表\(town)人民政府向大会报告工作，请予审议。
    上半年工作回顾
    一、经济运行稳中有进
    工业提质增效。规上工业产值增长8%。
    二、民生事业持续改善
    新增就业300人。
    在肯定成绩的同时，我们也清醒地看到，发展中还有不少困难。
    下半年工作计划
    一、抓项目促投资
    力争新开工项目5个。
    各位代表，让我们携手奋进！
    """
  }

  @Test func learnsFromAFolderAndIsDeterministic() throws {
    let dir = try TemporaryDirectory()
    try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("refs"), withIntermediateDirectories: true)
    try dir.write(Self.report("青石镇"), to: "refs/a.txt")
    try dir.write(Self.report("白沙镇"), to: "refs/b.txt")
    try dir.write("这个文件夹放参考报告。", to: "refs/README.md")
    let first = run(["learn", "refs", "-o", "m1.json"], in: dir)
    #expect(first.code == .success, "\(first.standardError)")
    #expect(run(["learn", "refs/b.txt", "refs/a.txt", "-o", "m2.json"], in: dir).code == .success)
    let json = try dir.read("m1.json")
    #expect(json == (try dir.read("m2.json")))
    #expect(json.contains("\"file\" : \"a.txt\""))
    #expect(!json.contains("README"))
    #expect(!json.contains(dir.url.path))
  }

  @Test func summaryPrintsATable() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.report("青石镇"), to: "a.txt")
    let result = run(["learn", "a.txt", "--summary"], in: dir)
    #expect(result.code == .success)
    #expect(result.standardOutput.contains("上半年政府工作报告"))
    #expect(result.standardOutput.contains("工作回顾"))
  }

  @Test func summaryOfTheDefaultModel() throws {
    let dir = try TemporaryDirectory()
    let result = run(["learn", "--summary"], in: dir)
    #expect(result.code == .success)
    #expect(result.standardOutput.hasPrefix("结构模型"))
  }

  @Test func noReportsIsAUsageError() throws {
    let dir = try TemporaryDirectory()
    let result = run(["learn"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.contains("baogao learn"))
  }

  @Test func aModelThatIsNotOneIsRefused() throws {
    let dir = try TemporaryDirectory()
    try dir.write("{\"x\": 1}", to: "bad.json")
    let result = run(["learn", "--summary", "--model", "bad.json"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("bad.json: error:"))
  }
}

import Foundation
import Testing

@testable import BaogaoCLI

/// `baogao compare` end to end, in-process, on our example drafts (copied into a temporary folder).
@Suite struct CompareCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let drafts = ["songling-2024-annual.txt", "baisha-2025-half-year.txt", "yunxi-2024-summary-plan.txt"]

  func run(_ arguments: [String], in dir: TemporaryDirectory, input: String = "") -> RunResult {
    runBaogao(arguments, in: dir.url, standardInput: input, commands: BaogaoCLI.commands)
  }

  static func example(_ name: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("Examples/drafts/\(name)"), encoding: .utf8)
  }

  /// A folder with the three example drafts and a `refs` folder holding two of them under other names.
  static func folder() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    for name in drafts { try dir.write(try example(name), to: name) }
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("refs"), withIntermediateDirectories: true)
    try dir.write(try example("baisha-2025-half-year.txt"), to: "refs/ref-a.txt")
    try dir.write(try example("baisha-2025-half-year.md"), to: "refs/ref-b.md")
    try dir.write(try example("yunxi-2024-summary-plan.txt"), to: "refs/ref-c.txt")
    try dir.write("这个文件夹放参考报告。", to: "refs/README.md")
    return dir
  }

  @Test(arguments: ["text", "markdown", "json"])
  func eachFormatAgainstTheModelIsDeterministic(format: String) throws {
    let dir = try Self.folder()
    let first = run(["compare", "baisha-2025-half-year.txt", "--format", format], in: dir)
    #expect(first.code == .success, "\(first.standardError)")
    #expect(first.standardError.isEmpty)
    #expect(first.standardOutput.contains("baisha-2025-half-year.txt"))
    #expect(first.standardOutput.contains("结构模型"))
    #expect(
      run(["compare", "baisha-2025-half-year.txt", "--format", format], in: dir).standardOutput == first.standardOutput)
    if format == "json" {
      let root = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
      #expect(root?["comparisons"] != nil && root?["summary"] != nil)
    }
  }

  @Test func htmlCallsTheHTMLWriter() throws {
    let dir = try Self.folder()
    let result = run(["compare", "songling-2024-annual.txt", "--format", "html"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
  }

  @Test func standardInputIsADraft() throws {
    let dir = try Self.folder()
    let result = run(["compare", "-"], in: dir, input: try Self.example("songling-2024-annual.txt"))
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("结构比较：<stdin>（政府工作报告）"))
  }

  @Test func severalDraftsGiveOneRowEach() throws {
    let dir = try Self.folder()
    let result = run(["compare"] + Self.drafts + ["--ref", "refs"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[0] == "结构比较：共 3 份草稿")
    for (k, name) in Self.drafts.enumerated() { #expect(lines[2 + k].hasPrefix("  \(name)  ")) }

    let json = run(["compare"] + Self.drafts + ["--ref", "refs", "--format", "json"], in: dir)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    let summary = try #require(root["summary"] as? [[String: Any]])
    #expect(summary.map { $0["draft"] as? String } == Self.drafts)
  }

  /// A folder is every .txt and .md in it but README, and a reference that is the draft itself is skipped.
  @Test func refFolderAndTheDraftItselfSkipped() throws {
    let dir = try Self.folder()
    let folder = run(["compare", "songling-2024-annual.txt", "--ref", "refs", "--format", "json"], in: dir)
    #expect(folder.code == .success, "\(folder.standardError)")
    #expect(folder.standardOutput.contains("\"count\": 3"))
    #expect(folder.standardOutput.contains("\"report\": \"ref-b.md\""))
    #expect(!folder.standardOutput.contains("README"))
    let files = run(
      [
        "compare", "songling-2024-annual.txt", "--ref", "refs/ref-a.txt", "--ref", "refs/ref-b.md", "--ref",
        "refs/ref-c.txt", "--format", "json",
      ], in: dir)
    #expect(files.standardOutput == folder.standardOutput)

    let itself = run(
      ["compare", "refs/ref-a.txt", "--ref", "refs", "--format", "json"], in: dir)
    #expect(itself.code == .success, "\(itself.standardError)")
    #expect(itself.standardOutput.contains("\"count\": 1"))
    #expect(!itself.standardOutput.contains("\"report\": \"ref-a.txt\""))

    let alone = run(["compare", "refs/ref-a.txt", "--ref", "refs/ref-a.txt"], in: dir)
    #expect(alone.code == .usage)
    #expect(alone.standardError.contains("除初稿本身外没有参考报告"))
  }

  @Test func refAndModelTogetherIsAUsageError() throws {
    let dir = try Self.folder()
    let result = run(["compare", "songling-2024-annual.txt", "--ref", "refs", "--model", "m.json"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.contains("--ref 和 --model 不能同用"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test func unreadableInputsExitTwoNamingTheFile() throws {
    let dir = try Self.folder()
    let draft = run(["compare", "missing.txt"], in: dir)
    #expect(draft.code == .usage)
    #expect(draft.standardError.contains("missing.txt"))
    let reference = run(["compare", "songling-2024-annual.txt", "--ref", "refs/nope.txt"], in: dir)
    #expect(reference.code == .usage)
    #expect(reference.standardError.contains("refs/nope.txt"))
    try dir.write("   \n", to: "blank.txt")
    let blank = run(["compare", "blank.txt"], in: dir)
    #expect(blank.code == .usage)
    #expect(blank.standardError.hasPrefix("blank.txt:1:1: error:"))
    try dir.write("{\"x\": 1}", to: "bad.json")
    let model = run(["compare", "songling-2024-annual.txt", "--model", "bad.json"], in: dir)
    #expect(model.code == .usage)
    #expect(model.standardError.hasPrefix("bad.json: error:"))
  }

  @Test func learnedModelIsUsed() throws {
    let dir = try Self.folder()
    #expect(run(["learn", "refs", "-o", "model.json"], in: dir).code == .success)
    let result = run(["compare", "baisha-2025-half-year.txt", "--model", "model.json"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.contains("结构模型中的 2 篇上半年政府工作报告"))
  }

  @Test func aModelWithoutTheDraftsGenreIsRefused() throws {
    let dir = try Self.folder()
    #expect(run(["learn", "refs/ref-a.txt", "-o", "half.json"], in: dir).code == .success)
    let result = run(["compare", "songling-2024-annual.txt", "--model", "half.json"], in: dir)
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("half.json: error: 结构模型中没有政府工作报告"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test func outputFileNeedsForceAndNeverReplacesAnInput() throws {
    let dir = try Self.folder()
    let first = run(["compare", "songling-2024-annual.txt", "-o", "out.md", "--format", "markdown"], in: dir)
    #expect(first.code == .success, "\(first.standardError)")
    #expect(first.standardOutput.isEmpty)
    let written = try dir.read("out.md")
    #expect(written.hasPrefix("# 结构比较：songling-2024-annual.txt"))

    let refused = run(["compare", "songling-2024-annual.txt", "-o", "out.md"], in: dir)
    #expect(refused.code == .usage)
    #expect(refused.standardError.contains("--force"))
    #expect(try dir.read("out.md") == written)
    #expect(run(["compare", "songling-2024-annual.txt", "-o", "out.md", "--force"], in: dir).code == .success)
    #expect(try dir.read("out.md") != written)

    let overDraft = run(["compare", "songling-2024-annual.txt", "-o", "songling-2024-annual.txt", "--force"], in: dir)
    #expect(overDraft.code == .usage)
    let overReference = run(
      ["compare", "songling-2024-annual.txt", "--ref", "refs", "-o", "refs/ref-a.txt", "--force"], in: dir)
    #expect(overReference.code == .usage)
    #expect(overReference.standardError.contains("输入文件"))
    #expect(try dir.read("refs/ref-a.txt") == (try Self.example("baisha-2025-half-year.txt")))
    #expect(try dir.read("songling-2024-annual.txt") == (try Self.example("songling-2024-annual.txt")))
  }

  @Test func helpHasExamples() throws {
    let dir = try Self.folder()
    let result = run(["compare", "--help"], in: dir)
    #expect(result.code == .success)
    #expect(result.standardOutput.contains("baogao compare 初稿.txt --ref ../shared/corpus"))
  }
}

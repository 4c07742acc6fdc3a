import Foundation
import Testing

@testable import BaogaoCLI

/// The templates built into the program, `baogao templates`, and a user's folder that replaces a built-in one.
@Suite struct TemplatesCommandTests {
  func run(_ arguments: [String], in dir: TemporaryDirectory, input: String = "") -> RunResult {
    runBaogao(arguments, in: dir.url, standardInput: input, commands: BaogaoCLI.commands)
  }

  static let data = try! String(
    contentsOf: GenerateCommandTests.root.appendingPathComponent("Examples/data/songling-2024-annual.yaml"),
    encoding: .utf8)

  /// Far from the package, with no Templates/ anywhere: the built-in template is used.
  @Test func generatesWithoutATemplatesFolder() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.data, to: "松岭.yaml")
    let result = run(["generate", "松岭.yaml"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.contains("2024年工作回顾"))
    let skeleton = run(["init", "half-year"], in: dir)
    #expect(skeleton.code == .success)
    #expect(skeleton.standardOutput.contains("类别: \"上半年政府工作报告\""))
  }

  @Test func listsTheBuiltInTemplates() throws {
    let dir = try TemporaryDirectory()
    let result = run(["templates"], in: dir)
    #expect(result.code == .success)
    for name in ["annual", "half-year", "summary-plan"] { #expect(result.standardOutput.contains(name)) }
    #expect(result.standardOutput.contains("政府工作报告"))
    #expect(result.standardOutput.contains("内置"))
  }

  /// A folder Templates/annual in the current directory replaces the built-in annual template, and is listed so.
  @Test func aUsersFolderReplacesTheBuiltInOne() throws {
    let dir = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("Templates/annual"), withIntermediateDirectories: true)
    try dir.write("名称: 本镇的政府工作报告\n类别: annual\n说明: 本镇自己的写法\n入口: report.tpl\n", to: "Templates/annual/manifest.yaml")
    try dir.write("{{ 镇名 }}政府工作报告（本镇格式）\n", to: "Templates/annual/report.tpl")
    try dir.write(Self.data, to: "松岭.yaml")
    let result = run(["generate", "松岭.yaml"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.contains("松岭镇政府工作报告（本镇格式）"))
    let listed = run(["templates"], in: dir)
    #expect(listed.standardOutput.contains("自己的"))
    #expect(listed.standardOutput.contains("本镇自己的写法"))
  }
}

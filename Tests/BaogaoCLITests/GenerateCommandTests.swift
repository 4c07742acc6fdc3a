import Foundation
import ReportData
import ReportOutline
import ReportTemplate
import ReportText
import Testing

@testable import BaogaoCLI

/// `baogao generate` on the shipped examples and on broken data, in-process, from the package root
/// (where `Templates/` is found).
@Suite struct GenerateCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let examples = ["songling-2024-annual", "baisha-2025-half-year", "yunxi-2024-summary-plan"]

  func run(_ arguments: [String], in directory: URL = GenerateCommandTests.root, input: String = "") -> RunResult {
    runBaogao(arguments, in: directory, standardInput: input, commands: BaogaoCLI.commands)
  }

  /// The committed drafts are what generate writes, byte for byte. `RECORD_GOLDENS=1` rewrites them.
  @Test(arguments: examples, ["txt", "md"])
  func examplesProduceTheCommittedDrafts(name: String, ext: String) throws {
    let result = run(["generate", "Examples/data/\(name).yaml", "--format", ext == "md" ? "markdown" : "text"])
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let url = Self.root.appendingPathComponent("Examples/drafts/\(name).\(ext)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try Data(result.standardOutput.utf8).write(to: url)
      Issue.record("recorded \(url.lastPathComponent)")
      return
    }
    #expect(result.standardOutput == (try String(contentsOf: url, encoding: .utf8)))
  }

  /// The outline parser finds every part the template wrote, in order, and every heading.
  @Test(arguments: examples, ["txt", "md"])
  func draftsRoundTripThroughTheOutline(name: String, ext: String) throws {
    let url = Self.root.appendingPathComponent("Examples/drafts/\(name).\(ext)")
    let text = try String(contentsOf: url, encoding: .utf8)
    let outline = Outline(parsing: SourceText(path: url.lastPathComponent, string: text))
    let expected: [PartRole] =
      switch name {
      case "songling-2024-annual": [.preamble, .review, .thanks, .problems, .plan, .closing]
      case "baisha-2025-half-year": [.preamble, .review, .thanks, .problems, .plan, .closing]
      default: [.preamble, .review, .problems, .plan]
      }
    #expect(outline.parts.filter { !$0.continuesPrevious }.map(\.role) == expected)
    #expect(outline.titleBlock?.title != nil)
    if name == "songling-2024-annual" {
      let roles = outline.parts.flatMap(\.blocks).compactMap { block -> PartRole? in
        if case .paragraph(let p) = block { return p.role }
        return nil
      }
      #expect(roles == [.guidance, .targets])
    }
    // Every heading the template wrote below a part is a section heading of the outline, in order.
    let sections = outline.headings.filter { $0.depth >= 1 }.map(\.title)
    #expect(sections == (try draftSections(name)))
  }

  /// The headings below the part level (`##` and deeper) that the template writes for an example.
  func draftSections(_ name: String) throws -> [String] {
    let dataURL = Self.root.appendingPathComponent("Examples/data/\(name).yaml")
    let data = try DataDocument(parsing: try SourceText.read(path: dataURL.path).text)
    let genre = data.root["类别"]?.text ?? ""
    let folder = ["政府工作报告": "annual", "上半年政府工作报告": "half-year"][genre] ?? "summary-plan"
    let loader = TemplateLoader(folder: Self.root.appendingPathComponent("Templates/\(folder)"))
    let rendered = try Template(named: "report.tpl", loader: loader).render(data: data).text
    return DraftDocument(rendered: rendered).blocks.compactMap { block in
      if case .heading(let h) = block, h.level >= 2 { return h.text }
      return nil
    }
  }

  @Test func missingDataIsListedWithPlacesAndSuggestions() throws {
    let dir = try TemporaryDirectory()
    let data = try String(contentsOf: Self.root.appendingPathComponent("Examples/data/yunxi-2024-summary-plan.yaml"), encoding: .utf8)
    try dir.write(data.replacingOccurrences(of: "单位名称:", with: "单位名:"), to: "d.yaml")
    let result = run(["generate", dir.url.appendingPathComponent("d.yaml").path])
    #expect(result.code == .findings)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("d.yaml:4:1: error: 数据里的“单位名”是不是“单位名称”？"))
    #expect(result.standardError.contains("note: 模板在这里用到它"))
    #expect(result.standardError.contains("数据文件有 1 处要改"))
  }

  @Test func allowMissingMarksThePlaceAndWarns() throws {
    let dir = try TemporaryDirectory()
    let data = try String(contentsOf: Self.root.appendingPathComponent("Examples/data/yunxi-2024-summary-plan.yaml"), encoding: .utf8)
    try dir.write(data.replacingOccurrences(of: "单位名称: 云溪街道\n", with: ""), to: "d.yaml")
    let result = run(["generate", dir.url.appendingPathComponent("d.yaml").path, "--allow-missing"])
    #expect(result.code == .success)
    #expect(result.standardOutput.contains("【待补充：单位名称】2024年工作总结"))
    #expect(result.standardError.contains("warning: 数据里缺少“单位名称”"))
    #expect(result.standardError.contains("初稿中已写成【待补充】"))
  }

  @Test func dataWithoutAGenreIsALocatedError() throws {
    let result = run(["generate", "-"], input: "镇名: 松岭镇\n")
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("<stdin>:1:1: error: 数据文件没有写“类别”"))
    let unknown = run(["generate", "-"], input: "类别: 年报\n")
    #expect(unknown.standardError.hasPrefix("<stdin>:1:5: error: 类别“年报”不是已知的报告类别"))
  }

  @Test func badDataShowsTheLineAndCaret() throws {
    let result = run(["generate", "-"], input: "类别: 政府工作报告\n会议:\n\t日期: 2025-01-09\n")
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("<stdin>:3:1: error:"))
    #expect(result.standardError.contains("^"))
  }

  @Test func templateGivenByNameOrFolderAndFormatByExtension() throws {
    let dir = try TemporaryDirectory()
    let data = Self.root.appendingPathComponent("Examples/data/baisha-2025-half-year.yaml").path
    let byName = run(["generate", data, "--template", "half-year"])
    let byFolder = run(["generate", data, "--template", "Templates/half-year"])
    #expect(byName.code == .success)
    #expect(byName.standardOutput == byFolder.standardOutput)
    let out = dir.url.appendingPathComponent("draft.md").path
    #expect(run(["generate", data, "-o", out]).code == .success)
    #expect(try dir.read("draft.md").hasPrefix("# 2025年上半年政府工作报告\n"))
    let missing = run(["generate", data, "--template", "no-such"])
    #expect(missing.code == .usage)
    #expect(missing.standardError.contains("找不到模板"))
  }

  @Test func dataValuesAreNeverTemplateCode() throws {
    let dir = try TemporaryDirectory()
    let data = try String(contentsOf: Self.root.appendingPathComponent("Examples/data/yunxi-2024-summary-plan.yaml"), encoding: .utf8)
    try dir.write(data.replacingOccurrences(of: "单位名称: 云溪街道", with: "单位名称: \"{{ 年度 }}{% if true %}街道\""), to: "d.yaml")
    let result = run(["generate", dir.url.appendingPathComponent("d.yaml").path])
    #expect(result.standardOutput.contains("{{ 年度 }}{% if true %}街道2024年工作总结"))
  }

  @Test func slotsAndInitDescribeTheData() throws {
    let slots = run(["slots", "summary-plan"])
    #expect(slots.code == .success)
    #expect(slots.standardOutput.contains("总结[].段落[].内容"))
    #expect(slots.standardOutput.contains("Templates/summary-plan/report.tpl:"))
    let skeleton = run(["init", "summary-plan"])
    #expect(skeleton.code == .success)
    #expect(skeleton.standardOutput.contains("类别: \"工作总结和工作计划\""))
    let annual = run(["init", "annual"]).standardOutput
    #expect(annual.contains("\n  总述: \"\"  # 可选\n"))
    #expect(annual.contains("\n  成绩:  # 必填，列表，可写多项\n    - 标题: \"\"  # 必填\n"))
    #expect(annual.contains("\n会议:  # 必填\n  日期: \"\"  # 必填\n"))
    // The skeleton is a data file that generate reads and fills with 【待补充】 everywhere it must.
    let dir = try TemporaryDirectory()
    try dir.write(skeleton.standardOutput, to: "s.yaml")
    let filled = run(["generate", dir.url.appendingPathComponent("s.yaml").path, "--allow-missing"])
    #expect(filled.code == .success, "\(filled.standardError)")
  }
}

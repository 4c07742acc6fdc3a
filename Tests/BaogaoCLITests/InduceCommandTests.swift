import Foundation
import ReportData
import ReportInduce
import ReportOutline
import ReportText
import Testing

@testable import BaogaoCLI

/// `baogao induce` in-process: the round trip through the real `generate`, the dry run, what it refuses to
/// overwrite, bad input, determinism, and a new year's data changing exactly the lines it should.
@Suite struct InduceCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let examples = ["songling-2024-annual", "baisha-2025-half-year", "yunxi-2024-summary-plan"]
  static let corpusDirectory = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
  static let corpus: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()
  static let corpusAbsent: Comment = "参考语料 ../shared/corpus 不存在，跳过语料部分（the reference corpus is absent）"

  func run(_ arguments: [String], in directory: TemporaryDirectory, input: String = "") -> RunResult {
    runBaogao(arguments, in: directory.url, standardInput: input, commands: BaogaoCLI.commands)
  }

  /// A temporary folder holding the example draft `name` as 去年.txt.
  func folder(with name: String) throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try dir.write(try Self.example(name), to: "去年.txt")
    return dir
  }

  static func example(_ name: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("Examples/drafts/\(name).txt"), encoding: .utf8)
  }

  static func outline(_ text: String) -> Outline {
    Outline(parsing: SourceText(path: "去年.txt", string: text))
  }

  /// `induce 去年.txt -o 模板 --data 数据.yaml`, then `generate 数据.yaml --template 模板`: the report comes back
  /// as `Induction.normalized` says, and the manifest names the genre, the entry and the default name.
  @Test(arguments: examples)
  func generateGivesTheReportBack(name: String) throws {
    let dir = try folder(with: name)
    let induced = run(["induce", "去年.txt", "-o", "模板", "--data", "数据.yaml"], in: dir)
    #expect(induced.code == .success, "\(induced.standardError)")
    #expect(induced.standardError.isEmpty)
    #expect(induced.standardOutput.contains("baogao generate 数据.yaml --template 模板\n"))
    #expect(try dir.contents() == ["去年.txt", "数据.yaml", "模板"])
    #expect(try dir.contents(of: "模板") == ["manifest.yaml", "report.tpl"])

    let manifest = try DataDocument(parsing: try dir.read("模板/manifest.yaml"), path: "manifest.yaml")
    let genre = ["songling-2024-annual": "annual", "baisha-2025-half-year": "half-year"][name] ?? "summary-plan"
    #expect(manifest.root["类别"]?.text == genre)
    #expect(manifest.root["入口"]?.text == "report.tpl")
    #expect(manifest.root["名称"]?.text == "去年（由 baogao induce 生成）")
    #expect(manifest.root["说明"]?.text?.hasPrefix("由 baogao induce 从 去年.txt 生成") == true)

    let generated = run(["generate", "数据.yaml", "--template", "模板"], in: dir)
    #expect(generated.code == .success, "\(generated.standardError)")
    #expect(generated.standardOutput == Induction.normalized(Self.outline(try Self.example(name))))
  }

  /// The same through the CLI for every report of the corpus, read from standard input.
  @Test(.enabled(if: !corpus.isEmpty, corpusAbsent), arguments: corpus)
  func corpusReportsComeBack(name: String) throws {
    let dir = try TemporaryDirectory()
    let text = try String(contentsOf: Self.corpusDirectory.appendingPathComponent(name), encoding: .utf8)
    let induced = run(["induce", "-", "-o", "t", "--data", "d.yaml", "--name", name], in: dir, input: text)
    #expect(induced.code == .success, "\(induced.standardError)")
    #expect(induced.standardError.isEmpty, "the command's own round-trip check warned")
    let generated = run(["generate", "d.yaml", "--template", "t"], in: dir)
    #expect(generated.code == .success, "\(generated.standardError)")
    #expect(generated.standardOutput == Induction.normalized(Self.outline(text)))
  }

  /// `--dry-run` writes nothing, even with -o and --data, and lists every slot with its place and context.
  @Test func dryRunListsSlotsAndWritesNothing() throws {
    let dir = try folder(with: "songling-2024-annual")
    let result = run(["induce", "去年.txt", "--dry-run", "-o", "模板", "--data", "数据.yaml"], in: dir)
    #expect(result.code == .success, "\(result.standardError)")
    #expect(try dir.contents() == ["去年.txt"])
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["位置", "类型", "键", "原文", "上下文"])
    let induction = Induction(outline: Self.outline(try Self.example("songling-2024-annual")))
    #expect(lines.count == induction.slots.count + 2)
    for (slot, line) in zip(induction.slots, lines.dropFirst()) {
      #expect(line.hasPrefix("\(slot.range.lowerBound.line):\(slot.range.lowerBound.column) "))
      #expect(line.contains(slot.kind == .year ? slot.expression : slot.key))
      #expect(line.contains("【\(slot.value)】"))
    }
    #expect(lines.contains { $0.contains("镇名") && $0.contains("【松岭镇】") })
    #expect(lines.contains { $0.contains("{{ 年份 - 1 }}") && $0.contains("【2024】年工作回顾") })
    #expect(lines.last?.hasPrefix("共 \(induction.slots.count) 处：数字 ") == true)
    #expect(lines.last?.contains("报告年份 2025") == true)
    #expect(lines.last?.hasSuffix("未写入任何文件。") == true)
  }

  /// The context is a window of the line: cut with "…" past 12 characters each side.
  @Test func contextIsAWindowOfTheLine() throws {
    let text = "　　前面有很多很多很多的文字，全镇完成地区生产总值23.6亿元，后面也有很多很多很多的文字。\n"
    let source = SourceText(path: "a.txt", string: text)
    let induction = Induction(outline: Outline(parsing: source))
    let slot = try #require(induction.slots.first { $0.value == "23.6亿元" })
    #expect(InduceReport.context(of: slot, in: source) == "…字，全镇完成地区生产总值【23.6亿元】，后面也有很多很多很多的…")
  }

  /// Whatever the name, the manifest reads back with it (quoted where YAML needs it).
  @Test(arguments: ["松岭镇政府工作报告", "a: \"b\" #c", "- 开头", " 前后有空格 ", "反斜杠\\和\t制表", "{x}"])
  func manifestReadsBack(name: String) throws {
    let text = InduceReport.manifest(name: name, genre: .halfYear, description: "说明：有冒号。")
    let manifest = try DataDocument(parsing: text, path: "manifest.yaml")
    #expect(manifest.root["名称"]?.text == name)
    #expect(manifest.root["类别"]?.text == "half-year")
    #expect(manifest.root["说明"]?.text == "说明：有冒号。")
  }

  /// Nothing existing is replaced without --force, and a refused run writes nothing at all.
  @Test func existingFilesNeedForce() throws {
    let dir = try folder(with: "songling-2024-annual")
    let arguments = ["induce", "去年.txt", "-o", "模板", "--data", "数据.yaml"]
    #expect(run(arguments, in: dir).code == .success)
    try dir.write("年份: 1999\n", to: "数据.yaml")
    let template = try dir.read("模板/report.tpl")

    let again = run(arguments, in: dir)
    #expect(again.code == .usage)
    #expect(again.standardError.contains("模板/manifest.yaml' 已存在。如需覆盖，请加上 --force。"))
    #expect(try dir.read("数据.yaml") == "年份: 1999\n")
    try dir.write("", to: "模板/report.tpl")
    #expect(run(["induce", "去年.txt", "-o", "新模板", "--data", "数据.yaml"], in: dir).code == .usage)
    #expect(try dir.contents() == ["去年.txt", "数据.yaml", "模板"], "a refused run creates no folder")

    let forced = run(arguments + ["--force"], in: dir)
    #expect(forced.code == .success, "\(forced.standardError)")
    #expect(try dir.read("模板/report.tpl") == template)
    #expect(try dir.read("数据.yaml").hasPrefix("# baogao induce"))
    #expect(try dir.contents(of: "模板") == ["manifest.yaml", "report.tpl"], "no temporary file is left")
  }

  /// A folder that holds other things and is not a template is refused unless --force.
  @Test func foreignFolderNeedsForce() throws {
    let dir = try folder(with: "songling-2024-annual")
    try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("文档"), withIntermediateDirectories: true)
    try dir.write("别的文件", to: "文档/说明.txt")
    let refused = run(["induce", "去年.txt", "-o", "文档", "--data", "数据.yaml"], in: dir)
    #expect(refused.code == .usage)
    #expect(refused.standardError.contains("不是 baogao 模板文件夹"))
    #expect(try dir.contents(of: "文档") == ["说明.txt"])
    #expect(try dir.contents() == ["去年.txt", "文档"])
    let forced = run(["induce", "去年.txt", "-o", "文档", "--data", "文档/数据.yaml", "--force"], in: dir)
    #expect(forced.code == .success, "\(forced.standardError)")
    #expect(try dir.contents(of: "文档") == ["manifest.yaml", "report.tpl", "数据.yaml", "说明.txt"])
    #expect(try dir.read("文档/说明.txt") == "别的文件")
    // A missing folder is created, with its parents.
    let nested = run(["induce", "去年.txt", "-o", "a/b/模板", "--data", "a/b/模板/数据.yaml"], in: dir)
    #expect(nested.code == .success, "\(nested.standardError)")
    #expect(try dir.contents(of: "a/b/模板") == ["manifest.yaml", "report.tpl", "数据.yaml"])
  }

  /// The report read is never written, --force or not, whichever output would land on it.
  @Test func inputIsNeverOverwritten() throws {
    let dir = try folder(with: "songling-2024-annual")
    let original = try dir.read("去年.txt")
    let onData = run(["induce", "去年.txt", "-o", "模板", "--data", "去年.txt", "--force"], in: dir)
    #expect(onData.code == .usage)
    #expect(onData.standardError.contains("不会覆盖输入文件"))
    #expect(try dir.contents() == ["去年.txt"])

    try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("模板"), withIntermediateDirectories: true)
    try dir.write(original, to: "模板/report.tpl")
    let onTemplate = run(["induce", "模板/report.tpl", "-o", "模板", "--data", "数据.yaml", "--force"], in: dir)
    #expect(onTemplate.code == .usage)
    #expect(onTemplate.standardError.contains("不会覆盖输入文件"))
    #expect(try dir.read("模板/report.tpl") == original)
    #expect(try dir.read("去年.txt") == original)
    #expect(try dir.contents(of: "模板") == ["report.tpl"])
  }

  /// Unreadable input and bad usage: exit 2 with a message, nothing written.
  @Test func unreadableInputAndBadUsage() throws {
    let dir = try TemporaryDirectory()
    try dir.write("  \n\n", to: "空.txt")
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("文件夹"), withIntermediateDirectories: true)
    let cases: [([String], String)] = [
      (["induce", "没有.txt", "-o", "t", "--data", "d.yaml"], "找不到文件 '没有.txt'"),
      (["induce", "文件夹", "-o", "t", "--data", "d.yaml"], "是一个目录，不是文件"),
      (["induce", "空.txt", "-o", "t", "--data", "d.yaml"], "空.txt:1:1: error: 文件是空的"),
      (["induce", "空.txt"], "请用 -o 给出模板文件夹"),
      (["induce", "空.txt", "-o", "t"], "用 --data 给出数据文件"),
      (["induce", "空.txt", "-o", "-", "--data", "d.yaml"], "不能是 -"),
    ]
    for (arguments, message) in cases {
      let result = run(arguments, in: dir)
      #expect(result.code == .usage, "\(arguments)")
      #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)")
    }
    let emptyStdin = run(["induce", "-", "--dry-run"], in: dir, input: "")
    #expect(emptyStdin.code == .usage)
    #expect(emptyStdin.standardError.hasPrefix("<stdin>:1:1: error:"))
    try dir.write("x", to: "占位")
    let onFile = run(["induce", "空.txt", "-o", "占位", "--data", "d.yaml"], in: dir)
    #expect(onFile.code == .usage)
    #expect(try dir.contents() == ["占位", "文件夹", "空.txt"])
  }

  /// The same input gives the same bytes, run after run; standard input gives the same template.
  @Test func sameInputSameBytes() throws {
    var outputs: [[String]] = []
    for useStandardInput in [false, false, true] {
      let dir = try folder(with: "baisha-2025-half-year")
      let report = useStandardInput ? "-" : "去年.txt"
      let result = run(
        ["induce", report, "-o", "模板", "--data", "数据.yaml", "--name", "白沙镇半年报告"], in: dir,
        input: try dir.read("去年.txt"))
      #expect(result.code == .success, "\(result.standardError)")
      outputs.append([
        try dir.read("模板/manifest.yaml"), try dir.read("模板/report.tpl"), try dir.read("数据.yaml"),
        useStandardInput ? "" : result.standardOutput,
      ])
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0][1...2] == outputs[2][1...2])
    #expect(outputs[2][0].contains("从 标准输入 生成"))
  }

  /// A new year and three new figures in the data file change exactly the output lines that hold them and the
  /// lines with a year; every other line stays as it was.
  @Test func newDataChangesExactlyItsLines() throws {
    let name = "songling-2024-annual"
    let dir = try folder(with: name)
    #expect(run(["induce", "去年.txt", "-o", "模板", "--data", "数据.yaml"], in: dir).code == .success)
    let first = run(["generate", "数据.yaml", "--template", "模板"], in: dir)
    #expect(first.code == .success, "\(first.standardError)")

    let text = try Self.example(name)
    let induction = Induction(outline: Self.outline(text))
    let year = try #require(induction.reportYear)
    let yearLines = Set(induction.slots.filter { $0.kind == .year }.map(\.range.lowerBound.line))
    // Three figures with keys of their own, on three lines without a year, written plainly in the data file.
    var data = try dir.read("数据.yaml").components(separatedBy: "\n")
    var chosen: [(slot: InducedSlot, value: String)] = []
    for slot in induction.slots where slot.kind == .quantity && chosen.count < 3 {
      let line = slot.range.lowerBound.line
      guard induction.slots.filter({ $0.key == slot.key }).count == 1, !yearLines.contains(line),
        !chosen.contains(where: { $0.slot.range.lowerBound.line == line })
      else { continue }
      let entry = String(repeating: "  ", count: slot.path.count - 1) + slot.path.last! + ": " + slot.value
      let matches = data.indices.filter { data[$0] == entry || data[$0].hasPrefix(entry + "  #") }
      guard matches.count == 1 else { continue }
      let value = "\(chosen.count + 7)\(chosen.count + 7)\(chosen.count + 7).5万元"
      data[matches[0]] = String(repeating: "  ", count: slot.path.count - 1) + slot.path.last! + ": " + value
      chosen.append((slot, value))
    }
    try #require(chosen.count == 3)
    let yearEntry = try #require(data.firstIndex { $0.hasPrefix("年份: \(year)") })
    data[yearEntry] = "年份: \(year + 1)"
    try dir.write(data.joined(separator: "\n"), to: "数据.yaml")

    let second = run(["generate", "数据.yaml", "--template", "模板"], in: dir)
    #expect(second.code == .success, "\(second.standardError)")
    let before = first.standardOutput.components(separatedBy: "\n")
    let after = second.standardOutput.components(separatedBy: "\n")
    try #require(before.count == after.count)

    // The output's non-blank lines are the report's non-blank lines, in order.
    let source = SourceText(path: "去年.txt", string: text)
    let reportLines = (1...source.lineCount).filter { !source.text(ofLine: $0).allSatisfy(\.isWhitespace) }
    let outputLines = before.indices.filter { !before[$0].allSatisfy(\.isWhitespace) }
    try #require(reportLines.count == outputLines.count)
    let outputLine = Dictionary(uniqueKeysWithValues: zip(reportLines, outputLines))

    var expected: Set<Int> = []
    for line in yearLines { expected.insert(try #require(outputLine[line])) }
    for (slot, value) in chosen {
      let k = try #require(outputLine[slot.range.lowerBound.line])
      expected.insert(k)
      #expect(after[k].contains(value) && !after[k].contains(slot.value), "\(after[k])")
    }
    for slot in induction.slots where slot.kind == .year {
      let k = try #require(outputLine[slot.range.lowerBound.line])
      #expect(after[k].contains("\(Int(slot.value)! + 1)年"), "\(after[k])")
    }
    let changed = Set(before.indices.filter { before[$0] != after[$0] })
    #expect(changed == expected)
    #expect(expected.count == yearLines.count + 3)
  }
}

extension TemporaryDirectory {
  /// The names in a folder relative to the directory, hidden ones included, sorted.
  func contents(of folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path).sorted()
  }
}

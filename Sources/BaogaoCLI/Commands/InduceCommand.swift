import Foundation
import ReportData
import ReportInduce
import ReportModel
import ReportOutline
import ReportTemplate
import ReportText

/// `baogao induce REPORT -o TEMPLATE_DIR --data DATA [--name NAME] [--force] [--dry-run]`: last year's report
/// turned into a template folder and a data file holding its figures.
///
/// The folder gets `manifest.yaml` (名称, 类别 from `ReportGenre(detecting:)`, 说明, 入口) and `report.tpl`;
/// `baogao generate DATA --template TEMPLATE_DIR` then gives the report back in the writer's layout
/// (`Induction.normalized`). Every output is checked before the first is written, so a refused run writes
/// nothing.
enum InduceCommand: Command {
  static let spec = CommandSpec(
    name: "induce",
    summary: "把去年的报告变成模板和数据文件：数字、年份、日期、镇名等换成数据项，结构和文字不变",
    usage: "REPORT -o TEMPLATE_DIR --data DATA [--name NAME] [--force] [--dry-run]",
    discussion: """
      读取一份报告（纯文本或 Markdown），保留它的结构和文字，把其中的数字（连同单位和“约”“超”“多”等）、\
      年份、完整的日期、镇（乡、街道）名、会议名称和报告人姓名换成数据项，写出模板文件夹 TEMPLATE_DIR\
      （manifest.yaml 和 report.tpl）和数据文件 DATA，数据文件里是报告中原来的数值。年份写成相对“年份”的式子\
      （{{ 年份 - 1 }}年），改了数据文件中的“年份”，全文的年份跟着改。
      把数据文件改成今年的数字后，运行 baogao generate DATA --template TEMPLATE_DIR 就得到今年的初稿；\
      不改数据直接生成，得到的就是原报告（按公文格式重排：标题块居中，段落缩进两个全角空格，去掉空行）。
      --dry-run 只列出找到的数据项：位置、类型、键、原文和上下文，不写任何文件。
      已存在的文件只有加 --force 才会覆盖，输入的报告在任何情况下都不会被覆盖；TEMPLATE_DIR 已存在、\
      不是空的、又不是 baogao 模板文件夹（没有 manifest.yaml）时，也要加 --force 才会写入。
      退出码：0 完成；2 用法错误、报告无法读取或文件无法写入。
      """,
    examples: [
      "baogao induce 2024年政府工作报告.txt -o 模板/松岭镇 --data 松岭镇2025.yaml",
      "baogao induce 去年的报告.txt -o 模板/年度报告 --data 数据.yaml --name 松岭镇政府工作报告",
      "baogao induce 去年的报告.txt --dry-run",
      "baogao induce - -o 模板 --data 数据.yaml < 去年的报告.txt",
    ],
    options: [
      .value(
        "output", short: "o", placeholder: "TEMPLATE_DIR",
        help: "写入模板的文件夹（manifest.yaml 和 report.tpl）；不存在时自动创建"),
      .value("data", placeholder: "DATA", help: "写入的数据文件（YAML），里面是报告中原来的数值"),
      .value("name", placeholder: "NAME", help: "模板名称，写入 manifest.yaml；默认为“报告文件名（由 baogao induce 生成）”"),
      .flag("force", help: "允许覆盖已存在的模板文件和数据文件、写入非空的文件夹（输入的报告除外）"),
      .flag("dry-run", help: "只列出找到的数据项及其上下文，不写任何文件"),
    ],
    positionals: [.one("REPORT", help: "去年的报告（纯文本或 Markdown）；用 - 表示标准输入")])

  /// The entry template's file name, written into the manifest's 入口.
  static let entry = "report.tpl"

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let isDryRun = invocation.flag("dry-run")
    let folder = invocation.value("output")
    let dataPath = invocation.value("data")
    if !isDryRun && (folder == nil || dataPath == nil) {
      throw UsageError.invalid(
        "请用 -o 给出模板文件夹、用 --data 给出数据文件，例如：baogao induce 报告.txt -o 模板 --data 数据.yaml；"
          + "只想看看哪些地方会换成数据项，请加 --dry-run。", in: invocation)
    }
    if folder == "-" || dataPath == "-" {
      throw UsageError.invalid("induce 写的是文件：-o 和 --data 要给出文件夹和文件的路径，不能是 -（标准输出）。", in: invocation)
    }
    let source = try ReportInput.read(invocation.positionals[0], io: io)
    let outline = Outline(parsing: source)
    let induction = Induction(outline: outline)
    if isDryRun {
      io.standardOutput.write(InduceReport.slotTable(induction, source: source))
      io.standardOutput.writeLine(InduceReport.countLine(induction) + "未写入任何文件。")
      return .success
    }
    guard let folder, let dataPath else { return .usage }
    let outputs = try InduceOutputs(folder: folder, data: dataPath, invocation: invocation, io: io)
    let sourceName = InduceReport.sourceName(source.path)
    let manifest = InduceReport.manifest(
      name: invocation.value("name") ?? "\(InduceReport.stem(sourceName))（由 baogao induce 生成）",
      genre: ReportGenre(detecting: outline), description: InduceReport.description(induction, sourceName: sourceName))
    let data = InduceReport.dataText(induction, nextCommand: InduceReport.nextCommand(data: dataPath, folder: folder))
    try outputs.write(manifest: manifest, template: induction.template, data: data)
    if let line = InduceReport.roundTripMismatch(induction, outline) {
      let problem = line == 0 ? "生成的模板或数据文件无法读回" : "用生成的模板和数据重新生成，与原报告（按公文格式重排后）在第 \(line) 行不同"
      io.standardError.writeLine("\(source.path): warning: \(problem)；请检查生成的模板，并告诉 baogao 的维护者。")
    }
    io.standardOutput.write(InduceReport.summary(induction, sourceName: sourceName, outputs: outputs))
    return .success
  }
}

/// The three files `induce` writes, checked together before any is written.
struct InduceOutputs {
  let folder: String
  let manifestPath: String
  let templatePath: String
  let dataPath: String
  let force: Bool
  let inputs: [String]
  let io: CommandIO

  /// Checks the folder and the three files: the folder is not a file and, unless `--force`, is missing, empty
  /// or a template folder; no file is an input, a directory, or (unless `--force`) an existing file; the
  /// data file is not one of the template's files and its folder exists or is the template folder.
  init(folder: String, data: String, invocation: Invocation, io: CommandIO) throws {
    self.folder = folder
    self.io = io
    manifestPath = (folder as NSString).appendingPathComponent("manifest.yaml")
    templatePath = (folder as NSString).appendingPathComponent(InduceCommand.entry)
    dataPath = data
    force = invocation.flag("force")
    inputs = invocation.inputPaths
    let folderURL = io.url(for: folder)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folderURL.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CommandError("'\(folder)' 是一个文件，不是文件夹。请用 -o 给出要写入模板的文件夹。")
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []
      let isTemplate = names.contains("manifest.yaml")
      if !force && !isTemplate && names.contains(where: { !$0.hasPrefix(".") }) {
        throw CommandError(
          "文件夹 '\(folder)' 里已有其他文件，又不是 baogao 模板文件夹（没有 manifest.yaml）。"
            + "请换一个新的或空的文件夹；确实要写入这里，请加上 --force。")
      }
    }
    let dataURL = io.url(for: data)
    for path in [manifestPath, templatePath] where FileIdentity.same(dataURL, io.url(for: path)) {
      throw UsageError.invalid("数据文件 '\(data)' 与模板文件 '\(path)' 是同一个文件；请给数据文件另起一个名字。", in: invocation)
    }
    for (path, option) in [(manifestPath, "-o 另给一个模板文件夹"), (templatePath, "-o 另给一个模板文件夹"), (data, "--data 另给一个文件名")]
    where inputs.contains(where: { FileIdentity.same(io.url(for: path), io.url(for: $0)) }) {
      throw CommandError("'\(path)' 是要读取的报告；baogao 不会覆盖输入文件，加 --force 也不会。请用 \(option)。")
    }
    for path in [manifestPath, templatePath, data] {
      try io.checkOutputFile(path, replacingExisting: force, protecting: inputs)
    }
    let dataFolder = dataURL.deletingLastPathComponent()
    if !FileManager.default.fileExists(atPath: dataFolder.path, isDirectory: &isDirectory)
      && dataFolder.standardizedFileURL.path != folderURL.standardizedFileURL.path
    {
      throw CommandError("无法写入 '\(data)'：目录 '\(dataFolder.path)' 不存在。请先创建目录。")
    }
  }

  /// Creates the folder when needed and writes the manifest, the template and the data file, each atomically.
  func write(manifest: String, template: String, data: String) throws {
    do {
      try FileManager.default.createDirectory(at: io.url(for: folder), withIntermediateDirectories: true)
    } catch {
      throw CommandError("无法创建文件夹 '\(folder)'：\(error.localizedDescription)")
    }
    try io.writeFile(Array(manifest.utf8), to: manifestPath, replacingExisting: force, protecting: inputs)
    try io.writeFile(Array(template.utf8), to: templatePath, replacingExisting: force, protecting: inputs)
    try io.writeFile(Array(data.utf8), to: dataPath, replacingExisting: force, protecting: inputs)
  }
}

import Foundation
import ReportData
import ReportModel
import ReportTemplate
import ReportText

/// `baogao generate DATA [--template NAME|DIR] [--format text|markdown]`: fill a template from a data file.
enum GenerateCommand: Command {
  static let spec = CommandSpec(
    name: "generate",
    summary: "用数据文件填写模板，生成报告初稿（纯文本或 Markdown，标题按 GB/T 9704 编号）",
    discussion: """
      读取一份 YAML（或 JSON）数据文件，按模板生成报告初稿。不给 --template 时按数据文件里的“类别”\
      选用内置模板（政府工作报告、上半年政府工作报告、工作总结和工作计划）。
      模板里的标题不写编号，生成时按 GB/T 9704 编为 一、（一）1．（1），增删、调换小节不会打乱编号。
      数据缺项时列出每一个缺少的数据路径、模板中用到它的位置和最接近的已有键，退出码 1；加 \
      --allow-missing 则在缺项处写【待补充：路径】并给出警告。
      不给 --format 时，-o 的文件名以 .md 结尾则输出 Markdown，否则输出纯文本。
      """,
    examples: [
      "baogao generate Examples/data/songling-2024-annual.yaml",
      "baogao generate 数据.yaml --format markdown -o 初稿.md",
      "baogao generate 数据.yaml --template Templates/half-year --allow-missing",
    ],
    options: [
      .value("template", placeholder: "NAME|DIR", help: "模板名（annual、half-year、summary-plan）或模板文件夹"),
      .value("format", placeholder: "FORMAT", allowed: ["text", "markdown"], help: "输出格式：text（默认）或 markdown"),
      .flag("allow-missing", help: "数据缺项时写【待补充：路径】并警告，而不是报错"),
      .output, .force,
    ],
    positionals: [.one("DATA", help: "数据文件（YAML 或 JSON）；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let document = try DataInput.read(invocation.positionals[0], io: io)
    let source = try templateSource(invocation, document: document, io: io)
    let template = try TemplateInput.load(source, io: io)
    let allowMissing = invocation.flag("allow-missing")
    let options = try io.renderOptions(allowMissing: allowMissing)
    let result: RenderResult
    do {
      result = try template.render(data: document, options: options)
    } catch .template(let error) {
      throw error
    } catch .missingData(let error) {
      let check = DataCheck(data: document, slots: template.slots(), missing: error.missing)
      report(check, document: document, io: io, allowMissing: false)
      let errors = check.findings.filter(\.isError).count
      io.standardError.write(
        "baogao: error: 数据文件有 \(errors) 处要改（见上）；改好后再运行，或加 --allow-missing 先生成带【待补充】的初稿。\n")
      return .findings
    }
    report(
      DataCheck(data: document, slots: template.slots(), missing: result.warnings), document: document, io: io,
      allowMissing: true)
    let format = outputFormat(invocation)
    let draft = DraftDocument(rendered: result.text)
    try io.writeOutput(DraftWriter(format: format).write(draft), for: invocation)
    return .success
  }

  /// Prints the data check's findings, each at its place in the data file, with where the template uses the value
  /// as a note. With `allowMissing`, missing values are warnings: the draft holds 【待补充】 there.
  static func report(_ check: DataCheck, document: DataDocument, io: CommandIO, allowMissing: Bool) {
    let renderer = DiagnosticRenderer(usesColor: io.isStandardErrorTerminal)
    for finding in check.findings {
      var severity: Diagnostic.Severity = finding.isError && !allowMissing ? .error : .warning
      if case .unused = finding.kind { severity = .warning }
      var message = finding.message
      if allowMissing, finding.isError { message += "初稿中已写成【待补充】。" }
      let diagnostic = Diagnostic(severity: severity, message: message, path: document.source.path, range: finding.range)
      var out = renderer.render(diagnostic, source: document.source)
      for line in finding.details { out += line + "\n" }
      if case .blank = finding.kind {
      } else if let use = finding.uses.first {
        let more = finding.uses.count > 1 ? "（另有 \(finding.uses.count - 1) 处）" : ""
        out += renderer.renderHeader(
          severity: .note, path: use.templatePath, location: use.location, message: "模板在这里用到它\(more)")
        out += "\n"
      }
      io.standardError.write(out)
    }
  }

  /// `--format`, or Markdown when the output file ends in `.md`, else plain text.
  static func outputFormat(_ invocation: Invocation) -> DraftFormat {
    if let format = invocation.value("format") { return DraftFormat(rawValue: format) ?? .text }
    if let output = invocation.value("output"), output.lowercased().hasSuffix(".md") { return .markdown }
    return .text
  }

  /// `--template`, or the template the data file's 类别 names.
  static func templateSource(_ invocation: Invocation, document: DataDocument, io: CommandIO) throws -> TemplateSource {
    let locator = TemplateLocator(io: io)
    if let given = invocation.value("template") { return try locator.source(for: given) }
    guard let genreNode = document.root["类别"], let genreText = genreNode.text else {
      throw CommandError(
        "数据文件没有写“类别”，不知道用哪个模板。请在数据文件开头加一行，如“类别: 政府工作报告”，或用 --template 指定模板。",
        path: document.source.path, location: TextLocation(line: 1, column: 1, offset: 0), exitCode: .usage)
    }
    guard let genre = TemplateLocator.genre(named: genreText) else {
      let names = ReportGenre.allCases.map(\.chineseName).joined(separator: "、")
      throw CommandError(
        "类别“\(genreText)”不是已知的报告类别；请写 \(names) 之一，或用 --template 指定模板。",
        path: document.source.path, location: genreNode.range.lowerBound, exitCode: .usage)
    }
    return try locator.source(for: TemplateLocator.folderName(for: genre))
  }
}

/// Reading a data file: a path or `-`, decoded, parsed as YAML or JSON, with located errors.
enum DataInput {
  static func read(_ argument: String, io: CommandIO) throws -> DataDocument {
    let input = try io.readInput(argument)
    let source = try SourceText.decode(input.bytes, path: input.path).text
    do {
      return try DataDocument(parsing: source)
    } catch {
      throw LocatedDataError(error: error, source: source)
    }
  }
}

/// Reading a template folder: its manifest and its entry template.
enum TemplateInput {
  /// The manifest's fields that generate needs.
  struct Manifest {
    var name: String
    var genre: String?
    var entry: String
    /// What the template is for (说明).
    var summary: String?
  }

  static func manifest(_ source: TemplateSource, io: CommandIO) throws -> Manifest {
    let document: DataDocument
    let fallback: String
    switch source {
    case .folder(let folder):
      fallback = folder.lastPathComponent
      let url = folder.appendingPathComponent("manifest.yaml")
      guard FileManager.default.fileExists(atPath: url.path) else {
        return Manifest(name: fallback, genre: nil, entry: "report.tpl", summary: nil)
      }
      document = try DataInput.read(url.path, io: io)
    case .builtIn(let name):
      fallback = name
      guard let text = BuiltInTemplates.files[name]?["manifest.yaml"] else {
        return Manifest(name: name, genre: nil, entry: "report.tpl", summary: nil)
      }
      do {
        document = try DataDocument(parsing: SourceText(path: "\(name)/manifest.yaml", string: text))
      } catch {
        throw LocatedDataError(error: error, source: SourceText(path: "\(name)/manifest.yaml", string: text))
      }
    }
    return Manifest(
      name: document.root["名称"]?.text ?? fallback, genre: document.root["类别"]?.text,
      entry: document.root["入口"]?.text ?? "report.tpl", summary: document.root["说明"]?.text)
  }

  static func load(_ source: TemplateSource, io: CommandIO) throws -> Template {
    let manifest = try manifest(source, io: io)
    let loader: TemplateLoader
    switch source {
    case .folder(let folder): loader = TemplateLoader(folder: folder)
    case .builtIn(let name): loader = TemplateLoader(sources: BuiltInTemplates.files[name] ?? [:])
    }
    return try Template(named: manifest.entry, loader: loader)
  }
}

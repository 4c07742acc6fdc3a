import Foundation
import ReportLint
import ReportModel
import ReportText

/// `baogao lint FILE... [--format text|json|sarif|github] [--fix [--dry-run]]`: check drafts.
enum LintCommand: Command {
  static let spec = CommandSpec(
    name: "lint",
    summary: "检查初稿：缺少的标准部分、序号、未填占位符、年份、提法、数字和标点",
    discussion: """
      逐个读取报告（纯文本或 Markdown），按规则检查并列出问题，每个问题都带“文件:行:列”。
      当前目录下的 .baogao.yml（或 --config 给出的文件）可以调整规则级别（rules: 规则编号: error|warning|info|off）\
      和本地词语（terms: 地名、企业名）。文中的 <!-- baogao-disable 规则编号 -->、<!-- baogao-enable 规则编号 -->、\
      <!-- baogao-disable-next-line 规则编号 --> 可以在局部关闭或打开规则。
      --fix 自动修复可安全修复的问题并直接改写文件；加 --dry-run 只打印差异，不改文件。
      退出码：0 没有达到 --fail-level 的问题；1 有；2 用法错误或文件无法读取。
      """,
    examples: [
      "baogao lint 2025年政府工作报告.txt",
      "baogao lint --format json 初稿/*.txt",
      "baogao lint --fix --dry-run 初稿.md",
      "baogao lint --list-rules --format markdown",
    ],
    options: [
      .value(
        "format", placeholder: "FORMAT", allowed: ["text", "json", "sarif", "github", "markdown"], default: "text",
        help: "输出格式：text、json、sarif 或 github；与 --list-rules 同用时为 text 或 markdown"),
      .flag("fix", help: "自动修复可安全修复的问题，并改写文件"),
      .flag("dry-run", help: "与 --fix 同用：只打印修复前后的差异，不改文件"),
      .value("model", placeholder: "FILE", isInputFile: true, help: "结构模型文件（baogao learn 生成）；不给时用内置模型"),
      .value("config", placeholder: "FILE", isInputFile: true, help: "配置文件；不给时读取当前目录下的 .baogao.yml（如有）"),
      .value(
        "fail-level", placeholder: "LEVEL", allowed: ["error", "warning"], default: "error",
        help: "达到这个级别的问题使退出码为 1：error 或 warning"),
      .value(
        "color", placeholder: "WHEN", allowed: ["auto", "always", "never"], default: "auto",
        help: "text 格式是否着色：auto（输出到终端时）、always 或 never"),
      .flag("list-rules", help: "列出全部规则（编号、默认级别、能否自动修复、说明）"),
    ],
    positionals: [.zeroOrMore("FILE", help: "要检查的报告；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    try run(invocation, io: io, rules: LintRules.all)
  }

  /// The command with a given rule list, so that tests can run it with rules of their own.
  static func run(_ invocation: Invocation, io: CommandIO, rules: [any LintRule.Type]) throws -> ExitCode {
    let format = invocation.value("format") ?? "text"
    if invocation.flag("list-rules") {
      let reference = RuleReference(rules: rules.map { $0.description })
      switch format {
      case "markdown": io.standardOutput.write(reference.markdown())
      case "text": io.standardOutput.write(reference.text())
      default: throw CommandError("--list-rules 只支持 --format text 或 markdown。")
      }
      return .success
    }
    guard let outputFormat = LintOutputFormat(rawValue: format) else {
      throw CommandError("--format markdown 只能与 --list-rules 同用；检查报告请用 text、json、sarif 或 github。")
    }
    let paths = invocation.positionals(named: "FILE")
    if paths.isEmpty {
      throw CommandError("请给出要检查的报告文件，例如 baogao lint 报告.txt；或用 --list-rules 列出规则。")
    }
    if invocation.flag("dry-run") && !invocation.flag("fix") {
      throw CommandError("--dry-run 只能与 --fix 同用。")
    }
    if invocation.flag("fix") && !invocation.flag("dry-run") && paths.contains("-") {
      throw CommandError("--fix 会改写文件，不能用于标准输入；请给出文件路径，或加 --dry-run 只看差异。")
    }
    let config = try loadConfig(invocation, io: io, rules: rules)
    let model = try ModelInput.load(invocation.value("model"), io: io)
    let linter = Linter(rules: rules, model: model, config: config)
    var files: [LintedFile] = []
    var diff = ""
    // Every input is read before anything is written, so an unreadable file stops the run with no file changed.
    let inputs = try paths.map { path in try ReportInput.readWithForm(path, io: io) }
    for (path, (source, form)) in zip(paths, inputs) {
      if invocation.flag("fix") {
        let (fixed, findings) = linter.fixing(source)
        if fixed.bytes != source.bytes {
          if invocation.flag("dry-run") {
            diff += UnifiedDiff().diff(
              String(decoding: source.bytes, as: UTF8.self), String(decoding: fixed.bytes, as: UTF8.self),
              path: source.path)
          } else {
            try io.writeFile(form.encode(fixed.bytes), to: path, replacingExisting: true)
          }
        }
        files.append(LintedFile(source: fixed, findings: findings))
      } else {
        files.append(LintedFile(source: source, findings: linter.lintHonoringComments(source)))
      }
    }
    if invocation.flag("dry-run") {
      io.standardOutput.write(diff)
    } else {
      let usesColor: Bool
      switch invocation.value("color") {
      case "always": usesColor = true
      case "never": usesColor = false
      default: usesColor = io.isStandardOutputTerminal && io.environment["NO_COLOR"] == nil
      }
      io.standardOutput.write(
        outputFormat.write(
          files, usesColor: usesColor, toolVersion: BaogaoCLI.version, rules: rules.map { $0.description }))
    }
    let failing: Set<Diagnostic.Severity> = invocation.value("fail-level") == "warning" ? [.error, .warning] : [.error]
    let fails = files.contains { $0.findings.contains { failing.contains($0.severity) } }
    return fails ? .findings : .success
  }

  /// The config named by `--config`, else `.baogao.yml` in the current directory when there is one.
  static func loadConfig(_ invocation: Invocation, io: CommandIO, rules: [any LintRule.Type]) throws -> LintConfig {
    let path: String
    if let given = invocation.value("config") {
      path = given
    } else if FileManager.default.fileExists(atPath: io.url(for: LintConfig.fileName).path) {
      path = LintConfig.fileName
    } else {
      return LintConfig()
    }
    let input = try io.readInput(path)
    let source = try SourceText.decode(input.bytes, path: input.path).text
    do {
      return try LintConfig(parsing: source, knownRules: rules.map { $0.description.id })
    } catch {
      let rendered = DiagnosticRenderer().render(error.diagnostic, source: source)
      throw CommandError(diagnostic: error.diagnostic, rendered: rendered, exitCode: .usage)
    }
  }
}

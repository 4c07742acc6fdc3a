/// A subcommand of `baogao`: its declared interface and what it does.
///
/// A command is a type, not a value: the parser only needs the static `spec`, and `run` receives
/// everything else. Register a new command by adding its type to `BaogaoCLI.commands`.
///
/// ```swift
/// struct OutlineCommand: Command {
///   static let spec = CommandSpec(
///     name: "outline",
///     summary: "打印解析器看到的报告结构",
///     discussion: "读取一份报告（纯文本或 Markdown），按层级列出标题、段落及其位置。",
///     examples: ["baogao outline 2024年政府工作报告.txt", "baogao outline --format json - < 报告.md"],
///     options: [.value("format", placeholder: "FORMAT", allowed: ["tsv", "json", "markdown"],
///                      default: "tsv", help: "输出格式")],
///     positionals: [.one("FILE", help: "要读取的报告；用 - 表示标准输入", isInputFile: true)])
///
///   static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
///     let input = try io.readInput(invocation.positionals[0])
///     …
///     try io.writeOutput(text, for: invocation)
///     return .success
///   }
/// }
/// ```
public protocol Command {
  /// The command's name, options, positionals and help text.
  static var spec: CommandSpec { get }

  /// Runs the command on parsed arguments.
  ///
  /// Write results through `io` (never `print`). Throw `CommandError` (or an error conforming to
  /// `CommandErrorConvertible`) for what stops the command; return `.findings` when the command
  /// finished but found errors.
  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode
}

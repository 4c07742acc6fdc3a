import BaogaoCLI

/// A command that exists only in tests: copies its inputs to its output through the real input and
/// output helpers, so the parser, `readInput` and `writeOutput` are exercised end to end.
enum EchoCommand: Command {
  static let spec = CommandSpec(
    name: "echo",
    summary: "把输入原样写到输出（仅用于测试）",
    discussion: "依次读取每个 FILE 和每个 --ref，把内容连起来写到标准输出或 -o 指定的文件。",
    examples: ["baogao echo 报告.txt", "baogao echo - -o 副本.txt --force"],
    options: [
      .value("format", placeholder: "FORMAT", allowed: ["text", "upper", "json"], default: "text", help: "输出格式"),
      .output,
      .force,
      .repeated("ref", placeholder: "FILE", isInputFile: true, help: "附加的参考文件"),
      .value("model", placeholder: "FILE", isInputFile: true, help: "结构模型文件"),
      .flag("dry-run", help: "只报告将要写入的字节数，不写入"),
      .flag("quiet", short: "q", help: "不输出提示"),
    ],
    positionals: [.oneOrMore("FILE", help: "要复制的文件；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let inputs = try io.readInputs(invocation.positionals + invocation.values("ref"))
    var bytes = inputs.flatMap(\.bytes)
    if invocation.value("format") == "upper" {
      bytes = Array(String(decoding: bytes, as: UTF8.self).uppercased().utf8)
    }
    if invocation.flag("dry-run") {
      io.standardError.writeLine("将写入 \(bytes.count) 字节")
      return .success
    }
    try io.writeOutput(bytes: bytes, for: invocation)
    if !invocation.flag("quiet") {
      io.standardError.writeLine("已读取：" + inputs.map(\.path).joined(separator: "、"))
    }
    return .success
  }
}

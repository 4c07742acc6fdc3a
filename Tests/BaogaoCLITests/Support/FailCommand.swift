import BaogaoCLI
import ReportText

/// A command that exists only in tests: ends in each of the ways a real command can.
enum FailCommand: Command {
  struct UnconvertedError: Error, CustomStringConvertible {
    var description: String { "意外的错误" }
  }

  static let spec = CommandSpec(
    name: "fail",
    summary: "按要求失败（仅用于测试）",
    examples: ["baogao fail located"],
    options: [.value("path", placeholder: "PATH", help: "错误所在的文件")],
    positionals: [
      .one(
        "MODE", isInputFile: false,
        help: "located、file、plain、findings、usage、unconverted 之一")
    ])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let path = invocation.value("path") ?? "数据.yaml"
    switch invocation.positionals[0] {
    case "located":
      throw CommandError(
        "缩进不一致。", path: path, location: TextLocation(line: 12, column: 5, offset: 200),
        details: ["  乡镇: 东城镇", "    ^"])
    case "file":
      throw CommandError("文件为空。", path: path)
    case "plain":
      throw CommandError("出了问题。")
    case "findings":
      io.standardOutput.writeLine("a.txt:1:1: error: 缺少部分")
      return .findings
    case "missing":
      throw CommandError("缺少数据：town.name", exitCode: .findings)
    case "usage":
      throw UsageError.invalid("--path 不能为空。", in: invocation)
    default:
      throw UnconvertedError()
    }
  }
}

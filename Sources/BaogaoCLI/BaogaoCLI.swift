/// The command-line interface as a library; `main.swift` only calls `run(arguments:)`.
///
/// A run parses the arguments against the registered commands (`commands`), handles `help` and
/// `version` itself, runs the command, and turns whatever error reaches the top into a message on
/// standard error and an exit status:
///
/// ```text
/// baogao: error: 找不到文件 'missing.txt'。请检查路径和文件名是否正确。
/// 数据.yaml:12:5: error: 缩进不一致。
/// ```
public enum BaogaoCLI {
  /// The version `baogao --version` prints; the only place it is written.
  public static let version = "0.1.0"

  /// Runs one invocation with the real standard streams, working directory and environment.
  public static func run(arguments: [String]) -> ExitCode {
    run(arguments: arguments, io: .process())
  }

  /// Runs one invocation of the registered commands with the given IO; for tests.
  public static func run(arguments: [String], io: CommandIO) -> ExitCode {
    run(arguments: arguments, io: io, commands: commands)
  }

  /// Runs one invocation against the given commands instead of the registered ones.
  ///
  /// This is how the infrastructure is tested with commands that exist only in tests.
  public static func run(arguments: [String], io: CommandIO, commands: [any Command.Type]) -> ExitCode {
    let parser = CommandLineParser(specs: commands.map { $0.spec })
    do {
      let invocation = try parser.parse(arguments)
      switch invocation.subcommand {
      case CommandSpec.help.name:
        let page: String
        if let topic = invocation.positionals.first, let spec = parser.spec(named: topic) {
          page = HelpFormatter.help(for: spec)
        } else {
          page = HelpFormatter.mainHelp(specs: parser.specs)
        }
        io.standardOutput.write(page)
        return .success
      case CommandSpec.version.name:
        io.standardOutput.writeLine("baogao \(version)")
        return .success
      default:
        guard let command = commands.first(where: { $0.spec.name == invocation.subcommand }) else {
          preconditionFailure("the parser returned \(invocation.subcommand), which is not registered")
        }
        return try command.run(invocation, io: io)
      }
    } catch let error as UsageError where error.kind == .missingSubcommand {
      io.standardError.write(HelpFormatter.shortHelp(specs: parser.specs))
      return .usage
    } catch {
      let reported = report(error)
      io.standardError.write(reported.rendered)
      return reported.exitCode
    }
  }

  /// The command-line form of an error that reached the top.
  ///
  /// `CommandErrorConvertible` errors (`CommandError`, `UsageError`, library errors conformed in this
  /// target) report themselves; anything else is printed as `baogao: error: …` with exit status 2.
  public static func report(_ error: any Error) -> CommandError {
    if let error = error as? any CommandErrorConvertible { return error.commandError }
    return CommandError("\(error)", exitCode: .usage)
  }
}

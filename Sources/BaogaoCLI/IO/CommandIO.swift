import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything a command may touch outside its arguments: output channels, standard input, the
/// current directory, the environment, and whether the outputs are terminals.
///
/// Commands never use `print`, `FileHandle` or `FileManager.currentDirectoryPath` directly; they go
/// through this value, so a test can run any command in-process with `CommandIO.capturing(…)`.
public struct CommandIO: Sendable {
  /// Where results go unless `-o` says otherwise.
  public var standardOutput: OutputChannel
  /// Where error messages go.
  public var standardError: OutputChannel
  /// What `-` reads.
  public var standardInput: InputChannel
  /// The directory relative paths are resolved against.
  public var currentDirectory: URL
  /// The environment variables (for `NO_COLOR` and the like); commands read them only from here.
  public var environment: [String: String]
  /// Whether standard output is a terminal (colour and paging decisions).
  public var isStandardOutputTerminal: Bool
  /// Whether standard error is a terminal.
  public var isStandardErrorTerminal: Bool

  /// Creates an IO context from its parts.
  public init(
    standardOutput: OutputChannel, standardError: OutputChannel, standardInput: InputChannel,
    currentDirectory: URL, environment: [String: String] = [:], isStandardOutputTerminal: Bool = false,
    isStandardErrorTerminal: Bool = false
  ) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.standardInput = standardInput
    self.currentDirectory = currentDirectory
    self.environment = environment
    self.isStandardOutputTerminal = isStandardOutputTerminal
    self.isStandardErrorTerminal = isStandardErrorTerminal
  }

  /// The real process: its standard streams, working directory and environment.
  public static func process() -> CommandIO {
    CommandIO(
      standardOutput: OutputChannel { bytes in try? FileHandle.standardOutput.write(contentsOf: Data(bytes)) },
      standardError: OutputChannel { bytes in try? FileHandle.standardError.write(contentsOf: Data(bytes)) },
      standardInput: .standardInput,
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
      environment: ProcessInfo.processInfo.environment,
      isStandardOutputTerminal: isatty(STDOUT_FILENO) != 0,
      isStandardErrorTerminal: isatty(STDERR_FILENO) != 0)
  }

  /// An in-memory context for tests: what is written lands in the returned buffers.
  ///
  /// ```swift
  /// let (io, out, err) = CommandIO.capturing(standardInput: "一、总体情况\n", in: directory)
  /// let code = BaogaoCLI.run(arguments: ["outline", "-"], io: io)
  /// ```
  public static func capturing(
    standardInput: String = "", in directory: URL, environment: [String: String] = [:]
  ) -> (io: CommandIO, standardOutput: OutputBuffer, standardError: OutputBuffer) {
    let out = OutputBuffer()
    let err = OutputBuffer()
    let io = CommandIO(
      standardOutput: out.channel, standardError: err.channel, standardInput: InputChannel(string: standardInput),
      currentDirectory: directory, environment: environment)
    return (io, out, err)
  }

  /// The file URL of `path`, resolved against `currentDirectory` when relative.
  public func url(for path: String) -> URL {
    URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
  }
}

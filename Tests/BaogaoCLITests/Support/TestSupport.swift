import BaogaoCLI
import Foundation

/// The commands the infrastructure tests run against.
var testCommands: [any Command.Type] { [EchoCommand.self, FailCommand.self] }

/// A parser for the test commands.
let testParser = CommandLineParser(specs: testCommands.map { $0.spec })

/// A fresh directory under the system temporary directory, removed when the value goes away.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-cli-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes a file relative to the directory and returns its URL.
  @discardableResult
  func write(_ text: String, to name: String) throws -> URL {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file
  }

  /// The text of a file relative to the directory.
  func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
  }

  /// The names in the directory, hidden ones included, sorted.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }
}

/// The result of running `baogao` in-process.
struct RunResult {
  var code: ExitCode
  var standardOutput: String
  var standardError: String
}

/// Runs `baogao` in-process on the test commands, in `directory`, with `standardInput`.
func runBaogao(
  _ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory, standardInput: String = "",
  commands: [any Command.Type] = testCommands
) -> RunResult {
  let (io, out, err) = CommandIO.capturing(standardInput: standardInput, in: directory)
  let code = BaogaoCLI.run(arguments: arguments, io: io, commands: commands)
  return RunResult(code: code, standardOutput: out.text, standardError: err.text)
}

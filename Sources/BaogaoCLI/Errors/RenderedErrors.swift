import ReportData
import ReportTemplate
import ReportText

extension CommandError {
  /// A command error whose heading and details come from text a library renderer produced:
  /// the first line is the `path:line:col: error: message` heading, the rest are details.
  init(diagnostic: Diagnostic, rendered: String, exitCode: ExitCode) {
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let details = Array(lines.dropFirst()).filter { !$0.isEmpty }
    self.init(
      diagnostic.message, path: diagnostic.path, location: diagnostic.range.lowerBound, details: details,
      exitCode: exitCode)
  }
}

/// A data error together with the text it was found in, so the message can show the line.
struct LocatedDataError: CommandErrorConvertible {
  var error: DataError
  var source: SourceText?

  var commandError: CommandError {
    CommandError(diagnostic: error.diagnostic, rendered: error.rendered(source: source), exitCode: .usage)
  }
}

extension TemplateError: CommandErrorConvertible {
  public var commandError: CommandError {
    CommandError(diagnostic: diagnostic, rendered: rendered(), exitCode: .usage)
  }
}

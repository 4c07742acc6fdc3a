import ReportText

extension ReadError: CommandErrorConvertible {
  public var commandError: CommandError {
    CommandError(message, path: path, location: location, exitCode: .usage)
  }
}

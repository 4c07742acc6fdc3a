import ReportText

/// An error that stops a command, with where it happened and the exit status it means.
///
/// Printed to standard error as one heading line and optional detail lines:
///
/// ```text
/// data.yaml:12:5: error: 缩进不一致：这里应与第 11 行对齐。
/// baogao: error: 找不到文件 'missing.txt'。请检查路径是否正确。
/// ```
///
/// The heading starts with `path:line:column:` when the error has a location, with `path:` when it
/// concerns a file as a whole, and with `baogao:` otherwise. `details` are printed as they are
/// below the heading: the source line and caret from the ReportText diagnostic renderer, or an
/// include stack.
public struct CommandError: Error, Sendable, Hashable {
  /// What went wrong and what to do, in Chinese.
  public var message: String
  /// The file as the user named it (`<stdin>` for standard input), when the error concerns a file.
  public var path: String?
  /// Where in `path`; line and column are 1-based, the column counts Unicode scalars.
  public var location: TextLocation?
  /// Lines printed below the heading as they are, without trailing newlines.
  public var details: [String]
  /// The exit status: `.usage` (2) for unreadable input or output that cannot be written,
  /// `.findings` (1) for a command that finished but found missing data.
  public var exitCode: ExitCode

  /// Creates an error.
  public init(
    _ message: String, path: String? = nil, location: TextLocation? = nil, details: [String] = [],
    exitCode: ExitCode = .usage
  ) {
    self.message = message
    self.path = path
    self.location = location
    self.details = details
    self.exitCode = exitCode
  }

  /// The heading line without a newline: `path:line:col: error: message`.
  public var heading: String {
    switch (path, location) {
    case (let path?, let location?): "\(path):\(location.line):\(location.column): error: \(message)"
    case (let path?, nil): "\(path): error: \(message)"
    case (nil, _): "baogao: error: \(message)"
    }
  }

  /// The heading and the details, each line ending with a newline.
  public var rendered: String {
    ([heading] + details).map { $0 + "\n" }.joined()
  }
}

extension CommandError: CustomStringConvertible {
  public var description: String { heading }
}

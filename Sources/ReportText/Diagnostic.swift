/// A message about a place in a source text: a lint finding, a parser recovery, an input error.
///
/// Rendered by `DiagnosticRenderer` in gcc style (`path:line:column: warning: message [rule.id]`, the source
/// line, a caret under the range). Other formats (JSON, SARIF) read the fields directly.
public struct Diagnostic: Sendable, Hashable {
  /// How serious a diagnostic is; the raw values are the words printed in gcc style.
  public enum Severity: String, Sendable, Hashable, CaseIterable, Codable {
    case error
    case warning
    case info
    case note

    /// The Chinese name, for summaries: 错误, 警告, 提示, 说明.
    public var chineseName: String {
      switch self {
      case .error: "错误"
      case .warning: "警告"
      case .info: "提示"
      case .note: "说明"
      }
    }
  }

  public var severity: Severity
  /// What is wrong, in Chinese, one sentence without a location.
  public var message: String
  /// The path of the text as the user gave it, or `<stdin>`.
  public var path: String
  /// The part of the text the message is about; may be empty (a point) or span lines.
  public var range: TextRange
  /// The id of the rule that found it (`numbering.sequence`), if any.
  public var ruleID: String?
  /// What to do about it, in Chinese, printed on a line of its own.
  public var help: String?

  public init(
    severity: Severity, message: String, path: String, range: TextRange, ruleID: String? = nil, help: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.path = path
    self.range = range
    self.ruleID = ruleID
    self.help = help
  }

  /// A diagnostic about byte range `byteRange` of `source`, named by the source's path.
  public init(
    severity: Severity, message: String, source: SourceText, byteRange: Range<Int>, ruleID: String? = nil,
    help: String? = nil
  ) {
    self.init(
      severity: severity, message: message, path: source.path, range: source.range(byteRange), ruleID: ruleID,
      help: help)
  }

  /// Where the diagnostic starts.
  public var location: TextLocation { range.lowerBound }
}

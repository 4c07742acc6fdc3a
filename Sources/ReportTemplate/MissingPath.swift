import ReportText

/// A data path a template asked for and the data does not have, with where the template asked for it.
///
/// Collected while rendering goes on; see `MissingDataError`. `allowMissing` renders `【待补充：path】` in its place
/// and returns the list as warnings.
public struct MissingPath: Sendable, Hashable, CustomStringConvertible {
  /// The path as the data would have it: `指标.财政收入.本期`, `成绩[2].标题`.
  public var path: String
  /// The template file that asked for it, as shown in messages.
  public var templatePath: String
  /// Where in that file: the name as written.
  public var range: TextRange
  /// How that file was included, outermost first.
  public var includeStack: [IncludeSite]
  /// The nearest existing key at the level where the path broke off (`财政收入` for `财政收人`).
  public var suggestion: String?
  /// A sentence about what the data has there instead, when it has something.
  public var hint: String?
  /// Whether the key is in the data but has no value (`key:`).
  public var isBlank: Bool

  public init(
    path: String, templatePath: String, range: TextRange, includeStack: [IncludeSite] = [],
    suggestion: String? = nil, hint: String? = nil, isBlank: Bool = false
  ) {
    self.path = path
    self.templatePath = templatePath
    self.range = range
    self.includeStack = includeStack
    self.suggestion = suggestion
    self.hint = hint
    self.isBlank = isBlank
  }

  /// Where the template asked for it.
  public var location: TextLocation { range.lowerBound }

  /// `数据缺少“指标.财政收入.本期”` or `数据中“…”没有填写`.
  public var message: String {
    isBlank ? "数据中“\(path)”没有填写" : "数据缺少“\(path)”"
  }

  /// `你是不是想用 财政收入？`, the hint, or how to fill the value in.
  public var help: String {
    if let suggestion { return "你是不是想用 \(suggestion)？" }
    if let hint { return hint }
    return isBlank ? "在数据文件里填上“\(path)”的值。" : "在数据文件里补上“\(path)”，或在模板里用 default 过滤器给出默认值。"
  }

  /// The text rendered in its place with `allowMissing`: `【待补充：指标.财政收入.本期】`.
  public var placeholder: String { Self.placeholder(for: path) }

  /// `【待补充：path】`.
  public static func placeholder(for path: String) -> String { "【待补充：\(path)】" }

  /// A warning diagnostic at the place in the template.
  public var diagnostic: Diagnostic {
    Diagnostic(severity: .warning, message: message, path: templatePath, range: range, help: help)
  }

  /// `path:line:column: message`.
  public var description: String { "\(templatePath):\(location): \(message)" }
}

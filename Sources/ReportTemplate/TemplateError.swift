import ReportText

/// An error in a template, or in rendering it, that stops the rendering: what went wrong and where.
///
/// `kind` says what (with a Chinese `message` and `help` saying what to do); `templatePath` and `range` say where in
/// the template file, and `includeStack` how that file was reached: the outermost `{% include %}` first, each
/// entry naming the including file and where its include tag is. When the value at fault came from the data file
/// (a text that is not a number, say), `dataLocation` names it too.
///
/// Missing data is not a `TemplateError`: it is collected while rendering goes on and reported as a whole in
/// `MissingDataError`.
///
/// ```
/// 报告.tpl:12:9: error: “待定”不是数字，不能做算术
///   {{ 指标.财政收入.本期 + 1 }}
///      ^~~~~~~~~~~~~~~~~
///   = 帮助：把数据改成数字（如 17.1），或在模板里去掉这一运算。
/// 数据.yaml:5:9: note: 这个值写在数据文件的这里
/// ```
public struct TemplateError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public var kind: Kind
  /// The template file the error is in, as shown in messages.
  public var templatePath: String
  /// The part of that file at fault: a token, a tag, an expression.
  public var range: TextRange
  /// How the file was included: outermost first; empty for the template that was rendered.
  public var includeStack: [IncludeSite]
  /// Where the value at fault was written in the data file, when it came from there.
  public var dataLocation: DataLocation?
  /// The text of the template file, for the source line in `rendered()`.
  var source: SourceText?
  /// The text of the data file, for the data line in `rendered()`.
  var dataSource: SourceText?

  public init(
    kind: Kind, templatePath: String, range: TextRange, includeStack: [IncludeSite] = [],
    dataLocation: DataLocation? = nil
  ) {
    self.kind = kind
    self.templatePath = templatePath
    self.range = range
    self.includeStack = includeStack
    self.dataLocation = dataLocation
  }

  /// Where the error starts in the template file.
  public var location: TextLocation { range.lowerBound }

  /// `path:line:column: message`, one line.
  public var description: String { "\(templatePath):\(location): \(kind.message)" }
}

/// One `{% include %}` on the way to a template: the including file and where its include tag starts.
public struct IncludeSite: Sendable, Hashable, CustomStringConvertible {
  /// The including template file, as shown in messages.
  public var path: String
  /// Where the include tag starts in it.
  public var location: TextLocation

  public init(path: String, location: TextLocation) {
    self.path = path
    self.location = location
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(location)" }
}

/// A place in the data file: the value a template error is about.
public struct DataLocation: Sendable, Hashable, CustomStringConvertible {
  /// The data file, as shown in messages; `<数据>` when the data did not come from a file.
  public var path: String
  /// Where the value was written.
  public var range: TextRange

  public init(path: String, range: TextRange) {
    self.path = path
    self.range = range
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(range.lowerBound)" }
}

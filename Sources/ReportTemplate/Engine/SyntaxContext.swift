import ReportText

/// The template file being parsed, for making located errors.
struct SyntaxContext: Sendable {
  let source: SourceText
  let path: String

  /// An error of `kind` at `bytes` of the source.
  func error(_ kind: TemplateError.Kind, at bytes: Range<Int>) -> TemplateError {
    var error = TemplateError(kind: kind, templatePath: path, range: source.range(bytes))
    error.source = source
    return error
  }

  /// The source text of `bytes`.
  func text(_ bytes: Range<Int>) -> String {
    source.text(bytes)
  }
}

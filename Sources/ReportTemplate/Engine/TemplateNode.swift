import ReportText

/// A piece of a parsed template: text to copy, a value to print, or a tag with its body.
enum TemplateNode: Sendable {
  /// Text copied to the output as is (after whitespace control).
  case text([UInt8])
  /// `{{ expression }}`.
  case output(Expression)
  /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
  case conditional(Conditional)
  /// `{% for %}…{% else %}…{% endfor %}`.
  case loop(Loop)
  /// `{% set name = expression %}`.
  case assignment(Assignment)
  /// `{% include "name" %}`.
  case include(Include)
}

/// `{% if %}` with its branches.
struct Conditional: Sendable {
  struct Branch: Sendable {
    var condition: Expression
    var body: [TemplateNode]
  }

  var branches: [Branch]
  var elseBody: [TemplateNode]
}

/// `{% for value in iterable %}` or `{% for key, value in mapping %}`.
struct Loop: Sendable {
  var keyName: String?
  var valueName: String
  var iterable: Expression
  var body: [TemplateNode]
  /// Rendered when the list or mapping is empty.
  var elseBody: [TemplateNode]
  /// The opening tag.
  var tagRange: Range<Int>
}

/// `{% set name = value %}`.
struct Assignment: Sendable {
  var name: String
  var value: Expression
  var tagRange: Range<Int>
}

/// `{% include "name" %}`.
struct Include: Sendable {
  var name: String
  var tagRange: Range<Int>
}

/// A parsed template file: its text and its nodes. Shared, never changed after parsing.
final class TemplateUnit: Sendable {
  /// The file as shown in messages.
  let path: String
  /// The include name it was loaded by; `nil` for a template given by its text.
  let name: String?
  let source: SourceText
  let nodes: [TemplateNode]

  init(path: String, name: String?, source: SourceText, nodes: [TemplateNode]) {
    self.path = path
    self.name = name
    self.source = source
    self.nodes = nodes
  }
}

/// Where in the templates something was written: a unit of the template, a byte range, and the includes that led
/// there.
struct TemplateSite: Sendable, Hashable {
  var unit: Int
  var bytes: Range<Int>
  var includes: [IncludeFrame]
}

/// One include being rendered: the including unit and its include tag.
struct IncludeFrame: Sendable, Hashable {
  var unit: Int
  var bytes: Range<Int>
}

import ReportText

/// A piece of a parsed template: text to copy, a value to print, or a tag with its body.
///
/// Blocks and outputs are final classes, so that a node is one reference: rendering walks the tree many times
/// (once per loop item) and copying a node costs one retain, not one per field.
enum TemplateNode: Sendable {
  /// Text copied to the output as is (after whitespace control).
  case text([UInt8])
  /// `{{ expression }}`.
  case output(Output)
  /// `{{ name.key }}`: a plain path of names, printed straight from the data when it is there.
  case directOutput(DirectPath)
  /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
  case conditional(Conditional)
  /// `{% for %}…{% else %}…{% endfor %}`.
  case loop(Loop)
  /// `{% set name = expression %}`.
  case assignment(Assignment)
  /// `{% include "name" %}`.
  case include(Include)
}

/// `{{ expression }}`.
final class Output: Sendable {
  let expression: Expression

  init(expression: Expression) {
    self.expression = expression
  }
}

/// A path of names only, for printing without making values: `报告.标题`, `s["items"]`, `loop.index`.
///
/// A class, so that the renderer reads its name and keys in place rather than copying them per use.
final class DirectPath: Sendable {
  /// The whole expression, evaluated the ordinary way when the data is not simply there.
  let expression: Expression
  let root: String
  let keys: [String]
  /// The only key, for the common `项.标题`; `nil` when there are none or several.
  let singleKey: String?

  init?(_ expression: Expression) {
    guard case .path(let path) = expression.kind, case .name(let root) = path.root else { return nil }
    var keys: [String] = []
    for segment in path.segments {
      guard case .key(let key) = segment else { return nil }
      keys.append(key)
    }
    self.expression = expression
    self.root = root
    self.keys = keys
    self.singleKey = keys.count == 1 ? keys[0] : nil
  }
}

/// `{% if %}` with its branches.
final class Conditional: Sendable {
  struct Branch: Sendable {
    var condition: Expression
    var body: [TemplateNode]
  }

  let branches: [Branch]
  let elseBody: [TemplateNode]
  /// The opening `if` tag.
  let tagRange: Range<Int>

  init(branches: [Branch], elseBody: [TemplateNode], tagRange: Range<Int>) {
    self.branches = branches
    self.elseBody = elseBody
    self.tagRange = tagRange
  }
}

/// `{% for value in iterable %}` or `{% for key, value in mapping %}`.
final class Loop: Sendable {
  let keyName: String?
  let valueName: String
  let iterable: Expression
  /// The iterable's name and keys when it is a plain path of names.
  let direct: DirectPath?
  let body: [TemplateNode]
  /// Rendered when the list or mapping is empty.
  let elseBody: [TemplateNode]
  /// The opening tag.
  let tagRange: Range<Int>

  init(header: LoopHeader, body: [TemplateNode], elseBody: [TemplateNode]) {
    self.keyName = header.keyName
    self.valueName = header.valueName
    self.iterable = header.iterable
    self.direct = DirectPath(header.iterable)
    self.body = body
    self.elseBody = elseBody
    self.tagRange = header.tagRange
  }
}

/// The opening tag of a `for`, while its body is parsed.
struct LoopHeader: Sendable {
  var keyName: String?
  var valueName: String
  var iterable: Expression
  var tagRange: Range<Int>
}

/// `{% set name = value %}`.
final class Assignment: Sendable {
  let name: String
  let value: Expression
  let tagRange: Range<Int>

  init(name: String, value: Expression, tagRange: Range<Int>) {
    self.name = name
    self.value = value
    self.tagRange = tagRange
  }
}

/// `{% include "name" %}`.
final class Include: Sendable {
  let name: String
  let tagRange: Range<Int>

  init(name: String, tagRange: Range<Int>) {
    self.name = name
    self.tagRange = tagRange
  }
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

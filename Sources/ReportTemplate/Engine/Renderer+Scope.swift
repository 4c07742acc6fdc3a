import Foundation
import ReportData

/// A template variable: a name bound by `for`, `set` or a loop, with where its value came from.
struct Variable {
  enum Binding {
    case value(TemplateValue)
    /// `loop` of the loop frame at this index.
    case loop(Int)
    /// The current data item of the loop frame at this index (no copy of the node per item).
    case item(Int)
  }

  var name: String
  var binding: Binding
  var origin: Origin
}

/// Where a variable's value came from, to write data paths in messages only when needed.
enum Origin {
  /// The variable's own name.
  case own
  /// The path of an expression (a `set` of a path), looked up among the first `limit` variables.
  case expression(Expression, unit: Int, limit: Int)
  /// The current item of the loop frame at this index: `成绩[2]`.
  case item(Int)
  /// The current entry's value of the loop frame at this index: `指标.财政收入`.
  case entry(Int)
}

/// A `for` being rendered.
struct LoopFrame {
  var iterable: Expression
  /// The unit the `for` is in, and the number of variables visible at its start.
  var unit: Int
  var limit: Int
  var index: Int
  var length: Int
  /// The data items of a loop over a data sequence.
  var nodes: [DataNode] = []
  /// The current key of a loop over a mapping.
  var key: String?
}

/// A missing path at a place, to list it once.
struct MissingKey: Hashable {
  var path: String
  var unit: Int
  var offset: Int
}

extension Renderer {
  // MARK: - Variables

  /// The index of the innermost variable `name`.
  @inline(__always)
  func variableIndex(_ name: String) -> Int? {
    var index = variables.count - 1
    while index >= 0 {
      if variables[index].name == name { return index }
      index -= 1
    }
    return nil
  }

  /// The value of `loop.attribute` for the loop frame at `frame`.
  func loopAttribute(_ frame: Int, _ attribute: String, range: Range<Int>) throws(TemplateError) -> TemplateValue {
    let loop = frames[frame]
    switch attribute {
    case "index": return .number(Decimal(loop.index + 1))
    case "index0": return .number(Decimal(loop.index))
    case "first": return .bool(loop.index == 0)
    case "last": return .bool(loop.index == loop.length - 1)
    case "length": return .number(Decimal(loop.length))
    case "revindex": return .number(Decimal(loop.length - loop.index))
    case "revindex0": return .number(Decimal(loop.length - loop.index - 1))
    default:
      let suggestion = Suggestion.nearest(to: attribute, among: ExpressionParser.loopAttributes)
      throw error(.unknownLoopAttribute(attribute, suggestion: suggestion), at: range)
    }
  }

  // MARK: - Paths for messages

  /// The data path of the variable at `index`: `成绩[2]` for a loop item, the set expression's path, or its name.
  func path(ofVariableAt index: Int) -> String {
    let variable = variables[index]
    switch variable.origin {
    case .own:
      return variable.name
    case .expression(let expression, let unit, let limit):
      return path(of: expression, unit: unit, limit: limit)
    case .item(let frame):
      let loop = frames[frame]
      return path(of: loop.iterable, unit: loop.unit, limit: loop.limit) + "[\(loop.index)]"
    case .entry(let frame):
      let loop = frames[frame]
      return Self.appending(key: loop.key ?? "", to: path(of: loop.iterable, unit: loop.unit, limit: loop.limit))
    }
  }

  /// The data path an expression reads, its variables looked up among the first `limit`; its source text when it
  /// is not a path.
  func path(of expression: Expression, unit: Int, limit: Int) -> String {
    guard case .path(let path) = expression.kind else { return units[unit].source.text(expression.range) }
    return self.path(path, segments: path.segments.count, unit: unit, limit: limit)
  }

  /// The data path of `path` with its first `count` segments.
  func path(_ path: PathExpression, segments count: Int, unit: Int, limit: Int) -> String {
    var text: String
    switch path.root {
    case .name(let name):
      var index = min(limit, variables.count) - 1
      while index >= 0 && variables[index].name != name { index -= 1 }
      text = index >= 0 ? self.path(ofVariableAt: index) : name
    case .expression(let expression):
      text = "(" + units[unit].source.text(expression.range) + ")"
    }
    for segment in path.segments.prefix(count) {
      switch segment {
      case .key(let key): text = Self.appending(key: key, to: text)
      case .index(let index): text += "[\(index)]"
      case .dynamic(_, let source): text += "[\(source)]"
      }
    }
    return text
  }

  /// `base.key`, or `base["key"]` when the key is not a name.
  static func appending(key: String, to base: String) -> String {
    guard ExpressionLexer.isName(key) else { return base + "[\"" + key + "\"]" }
    return base.isEmpty ? key : base + "." + key
  }

  // MARK: - Undefined values

  /// The site of bytes in the current unit.
  func site(_ bytes: Range<Int>) -> TemplateSite {
    TemplateSite(unit: unit, bytes: bytes, includes: includes)
  }

  /// An undefined value for a key written with no value.
  func blank(path: String, at bytes: Range<Int>) -> UndefinedValue {
    var value = UndefinedValue(path: path, isBlank: true)
    value.site = site(bytes)
    return value
  }

  /// An undefined value for the whole of `path`, read at `bytes`.
  ///
  /// The path, suggestion and hint are worked out only when they can be reported: while probing (`is defined`,
  /// `default`, a plain `if` test), an undefined value is only a "no", and costs nothing to make.
  func undefined(
    _ path: PathExpression, at bytes: Range<Int>, suggestion: @autoclosure () -> String? = nil,
    hint: @autoclosure () -> String? = nil, isBlank: Bool = false
  ) -> UndefinedValue {
    guard !isProbing else { return UndefinedValue(path: "", isBlank: isBlank) }
    var value = UndefinedValue(
      path: self.path(path, segments: path.segments.count, unit: unit, limit: variables.count),
      suggestion: suggestion(), hint: hint(), isBlank: isBlank)
    value.site = site(bytes)
    return value
  }

  /// A prefix of `path` for hints: its root and first `count` segments.
  func prefix(_ path: PathExpression, _ count: Int) -> String {
    self.path(path, segments: count, unit: unit, limit: variables.count)
  }
}

import Foundation

/// An expression as parsed from a tag: evaluated many times, never parsed again.
///
/// `range` is the bytes of the expression in its template's source, for messages.
struct Expression: Sendable {
  indirect enum Kind: Sendable {
    /// A string, number, `true`, `false` or `none`.
    case literal(TemplateValue)
    /// A name with its keys and indexes: `指标.财政收入.本期`, `成绩[0]["标题"]`.
    case path(PathExpression)
    /// A list literal `[a, b]`.
    case list([Expression])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `value | filter(arguments)`.
    case filter(Expression, FilterApplication)
    /// `value is defined`, `value is not none`.
    case test(Expression, TestKind, isNegated: Bool)
  }

  var kind: Kind
  var range: Range<Int>
  /// The height of the expression tree: 1 for a literal or a plain name. The parser keeps it bounded, so that
  /// evaluating (which recurses) cannot exhaust the stack: `1 + 1 + … + 1` with ten thousand terms is an error.
  let depth: Int

  init(kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
    switch kind {
    case .literal: depth = 1
    case .path(let path):
      var deepest = 0
      if case .expression(let root) = path.root { deepest = root.depth }
      for case .dynamic(let index, _) in path.segments { deepest = max(deepest, index.depth) }
      depth = deepest + 1
    case .list(let items): depth = (items.map(\.depth).max() ?? 0) + 1
    case .unary(_, let operand): depth = operand.depth + 1
    case .binary(_, let left, let right): depth = max(left.depth, right.depth) + 1
    case .filter(let input, let application):
      depth = max(input.depth, application.arguments.map { $0?.depth ?? 0 }.max() ?? 0) + 1
    case .test(let operand, _, _): depth = operand.depth + 1
    }
  }
}

/// `not`, `-` and `+` before an operand.
enum UnaryOperator: String, Sendable {
  case not
  case minus = "-"
  case plus = "+"
}

/// The binary operators, from the loosest binding to the tightest: `or`; `and`; comparisons and `in`; `~`;
/// `+ -`; `* / %`.
enum BinaryOperator: String, Sendable {
  case or, and
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case contains = "in"
  case notContains = "not in"
  case concatenate = "~"
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains, .notContains: true
    default: false
    }
  }

  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .remainder: true
    default: false
    }
  }
}

/// The tests after `is`.
enum TestKind: String, Sendable {
  case defined, none
}

/// A name followed by keys and indexes, looked up in the template's variables, then in the data.
///
/// Keys are data keys only: nothing here reaches a Swift property or method.
struct PathExpression: Sendable {
  enum Root: Sendable {
    /// A variable (`for`, `set`, `loop`) or a top-level data key.
    case name(String)
    /// Any other expression in parentheses or a literal: `(名单 | sort)[0]`.
    case expression(Expression)
  }

  enum Segment: Sendable {
    /// `.标题` or `["标题"]`.
    case key(String)
    /// `[0]`, `.0` or `[-1]` (from the end).
    case index(Int)
    /// `[expression]`, with its source text for paths in messages.
    case dynamic(Expression, text: String)
  }

  var root: Root
  var segments: [Segment]
  /// The name when the root is a name and there are no segments.
  var simpleName: String? {
    if case .name(let name) = root, segments.isEmpty { return name }
    return nil
  }
}

/// A filter and its arguments, matched to the filter's parameters when parsed.
struct FilterApplication: Sendable {
  var filter: Filter
  /// One entry per parameter of the filter, `nil` where the template gave none.
  var arguments: [Expression?]
  /// The filter's name in the source.
  var nameRange: Range<Int>
  /// The name and the arguments in the source.
  var range: Range<Int>
}

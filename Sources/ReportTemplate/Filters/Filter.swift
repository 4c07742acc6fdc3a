import ReportText

/// A filter: `{{ value | name(arguments) }}` turns a value into another.
///
/// Filters are values in one table, `Filter.all`, so that the documentation can list them and the tests can run
/// every example. Arguments are matched to `parameters` when the template is parsed: positional first, then
/// by name (`percent(digits=2)`); too many, unknown or missing arguments are template errors before anything is
/// rendered.
///
/// A filter whose input is undefined does not run (unless `acceptsUndefinedInput`, as `default` does): the
/// missing path is recorded and the result stays undefined. The same holds for an undefined argument.
public struct Filter: Sendable {
  /// One parameter of a filter.
  public struct Parameter: Sendable, Hashable {
    /// The name used in keyword arguments: `digits` in `percent(digits=2)`.
    public var name: String
    /// The default as written in the docs (`"2"`, `"\"和\""`), or `nil` when the argument is required.
    public var defaultValue: String?
    /// What the argument is, in Chinese.
    public var summary: String

    public init(_ name: String, default defaultValue: String? = nil, summary: String) {
      self.name = name
      self.defaultValue = defaultValue
      self.summary = summary
    }

    /// Whether a template must give the argument.
    public var isRequired: Bool { defaultValue == nil }
  }

  /// A template fragment and what it renders to, shown in the docs and checked by the tests.
  public struct Example: Sendable, Hashable {
    /// A fragment such as `{{ "125000万元" | amount("亿元") }}`, literals only, so it needs no data.
    public var template: String
    /// What the fragment renders to: `12.5亿元`.
    public var output: String

    public init(_ template: String, _ output: String) {
      self.template = template
      self.output = output
    }
  }

  /// The name in templates, English snake_case: `amount`, `join_cn`.
  public let name: String
  /// The parameters in positional order.
  public let parameters: [Parameter]
  /// What the filter does, in Chinese, one or two sentences.
  public let summary: String
  /// Examples for the docs; the tests render each.
  public let examples: [Example]
  /// Whether the filter runs on an undefined input (only `default` does).
  public let acceptsUndefinedInput: Bool
  let body: @Sendable (FilterCall) throws(ValueFailure) -> TemplateValue

  init(
    _ name: String, parameters: [Parameter] = [], summary: String, examples: [Example],
    acceptsUndefinedInput: Bool = false, body: @escaping @Sendable (FilterCall) throws(ValueFailure) -> TemplateValue
  ) {
    self.name = name
    self.parameters = parameters
    self.summary = summary
    self.examples = examples
    self.acceptsUndefinedInput = acceptsUndefinedInput
    self.body = body
  }

  /// How the filter is written: `值 | amount(unit, digits=2, from=none)`.
  public var usage: String {
    let list = parameters.map { parameter in
      parameter.defaultValue.map { "\(parameter.name)=\($0)" } ?? parameter.name
    }
    return "值 | \(name)" + (list.isEmpty ? "" : "(\(list.joined(separator: ", ")))")
  }

  /// The filter named `name`, or `nil`.
  public static func named(_ name: String) -> Filter? {
    index[name]
  }

  private static let index: [String: Filter] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}

/// A value that a filter, an operator or a lookup cannot work with: the error kind, which operand, and where the
/// value was written in the data when it came from there. The renderer adds the template location.
struct ValueFailure: Error {
  /// Which operand is at fault.
  enum Subject {
    /// The value before `|`, or the left operand.
    case input
    /// An argument of the filter (by parameter index), or the right operand.
    case argument(Int)
    /// The filter application as a whole.
    case whole
  }

  var kind: TemplateError.Kind
  var subject: Subject
  /// Where the value was written in the data file.
  var dataRange: TextRange?

  init(_ kind: TemplateError.Kind, subject: Subject = .input, data: TextRange? = nil) {
    self.kind = kind
    self.subject = subject
    self.dataRange = data
  }
}

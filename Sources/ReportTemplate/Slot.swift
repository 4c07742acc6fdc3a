import ReportText

/// A data path a template reads, with every place it is read; for `baogao slots` and `baogao init`.
///
/// Paths are data paths: loop variables are replaced by the path they iterate, with `[]` for "each item" of a
/// list and `.*` for "each value" of a mapping: in `{% for 项 in 成绩 %}{{ 项.标题 }}{% endfor %}` the template
/// reads `成绩` (as a list) and `成绩[].标题`. Keys that are not names are written `指标["1-6月"]`. Names bound by
/// `set` to a path read under that path; names bound to anything else, and `loop`, are not data.
public struct Slot: Sendable, Hashable {
  /// How a place reads the path.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Printed by `{{ }}` (possibly through filters).
    case output
    /// Tested in `if`, `elif`, `and`, `or`, `not` or a comparison.
    case condition
    /// Iterated by `for`: the data must be a list (or a mapping, for `for k, v`).
    case loop
    /// Given to a filter as an argument.
    case argument
    /// Named by `set`.
    case assignment
  }

  /// One place that reads the path.
  public struct Use: Sendable, Hashable {
    /// The template file, as shown in messages.
    public var templatePath: String
    /// The expression that reads the path.
    public var range: TextRange
    /// How that file was included, outermost first.
    public var includeStack: [IncludeSite]
    /// How the place reads the path.
    public var role: Role
    /// Whether the template copes with the value missing here: `default`, `is defined`, a plain `if` test.
    public var isGuarded: Bool

    public init(
      templatePath: String, range: TextRange, includeStack: [IncludeSite] = [], role: Role, isGuarded: Bool = false
    ) {
      self.templatePath = templatePath
      self.range = range
      self.includeStack = includeStack
      self.role = role
      self.isGuarded = isGuarded
    }

    /// Where the expression starts.
    public var location: TextLocation { range.lowerBound }
  }

  /// The data path: `指标.财政收入.本期`, `成绩[].标题`.
  public var path: String
  /// Every place that reads it, in template order (includes walked where they stand).
  public var uses: [Use]

  public init(path: String, uses: [Use]) {
    self.path = path
    self.uses = uses
  }

  /// Whether every place copes with the value missing, so the data may leave it out.
  public var isOptional: Bool { uses.allSatisfy(\.isGuarded) }

  /// Whether some place iterates the path, so the data should hold a list there.
  public var isIterated: Bool { uses.contains { $0.role == .loop } }
}

/// One positional argument of a subcommand, such as `FILE` or `FILE...`.
///
/// Positionals are matched in order. Each takes at least its minimum count; arguments beyond the
/// minimums go to the earliest positionals that accept more. `-` stands for standard input when the
/// command reads the argument with `CommandIO.readInput(_:)`.
public struct PositionalSpec: Sendable, Hashable {
  /// How many arguments a positional takes.
  public enum Arity: Sendable, Hashable {
    /// Exactly one: `FILE`.
    case one
    /// Zero or one: `[FILE]`.
    case optional
    /// One or more: `FILE...`.
    case oneOrMore
    /// Zero or more: `[FILE...]`.
    case zeroOrMore

    /// The fewest arguments this positional takes.
    public var minimum: Int {
      switch self {
      case .one, .oneOrMore: 1
      case .optional, .zeroOrMore: 0
      }
    }

    /// The most arguments this positional takes; `nil` means no limit.
    public var maximum: Int? {
      switch self {
      case .one, .optional: 1
      case .oneOrMore, .zeroOrMore: nil
      }
    }
  }

  /// The name shown in usage and help, in capitals: `FILE`, `DRAFT`. Also the key for
  /// `Invocation.positional(_:)`.
  public var name: String
  /// How many arguments it takes.
  public var arity: Arity
  /// Whether the argument names a file the command reads: output never replaces such a file.
  public var isInputFile: Bool
  /// A one-line description in Chinese.
  public var help: String

  /// Creates a positional; the static factories below read better at the call site.
  public init(name: String, arity: Arity, isInputFile: Bool = true, help: String) {
    self.name = name
    self.arity = arity
    self.isInputFile = isInputFile
    self.help = help
  }

  /// Exactly one argument, such as `FILE`.
  public static func one(_ name: String, isInputFile: Bool = true, help: String) -> PositionalSpec {
    PositionalSpec(name: name, arity: .one, isInputFile: isInputFile, help: help)
  }

  /// Zero or one argument, such as `[FILE]`.
  public static func optional(_ name: String, isInputFile: Bool = true, help: String) -> PositionalSpec {
    PositionalSpec(name: name, arity: .optional, isInputFile: isInputFile, help: help)
  }

  /// One or more arguments, such as `FILE...`.
  public static func oneOrMore(_ name: String, isInputFile: Bool = true, help: String) -> PositionalSpec {
    PositionalSpec(name: name, arity: .oneOrMore, isInputFile: isInputFile, help: help)
  }

  /// Zero or more arguments, such as `[FILE...]`.
  public static func zeroOrMore(_ name: String, isInputFile: Bool = true, help: String) -> PositionalSpec {
    PositionalSpec(name: name, arity: .zeroOrMore, isInputFile: isInputFile, help: help)
  }

  /// The positional as written in a usage line: `FILE`, `[FILE]`, `FILE...`, `[FILE...]`.
  public var usage: String {
    switch arity {
    case .one: name
    case .optional: "[\(name)]"
    case .oneOrMore: "\(name)..."
    case .zeroOrMore: "[\(name)...]"
    }
  }
}

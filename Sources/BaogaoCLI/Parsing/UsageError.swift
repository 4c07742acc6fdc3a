/// A command line that cannot be run as written; the program exits with status 2.
///
/// `kind` says what is wrong in a form tests can match; `message` says it in Chinese, names the
/// offending argument and says what to do, usually with the nearest valid spelling.
public struct UsageError: Error, Sendable, Hashable {
  /// What is wrong with the command line.
  public enum Kind: Sendable, Hashable {
    /// `baogao` was run without a subcommand.
    case missingSubcommand
    /// The subcommand does not exist; `suggestion` is the nearest existing one.
    case unknownSubcommand(String, suggestion: String?)
    /// The option does not exist for this subcommand; `suggestion` is the nearest valid flag.
    case unknownOption(String, suggestion: String?)
    /// An option that takes a value was given without one.
    case missingValue(option: String)
    /// A flag was given a value with `--flag=value`.
    case unexpectedValue(option: String, value: String)
    /// The value is not among the option's allowed values; `suggestion` is the nearest allowed one.
    case invalidValue(option: String, value: String, allowed: [String], suggestion: String?)
    /// A single-value option or a flag was given more than once.
    case duplicateOption(option: String)
    /// A required option was not given.
    case missingOption(option: String)
    /// A required positional was not given.
    case missingPositional(name: String)
    /// More positional arguments than the subcommand takes; the first surplus one.
    case tooManyPositionals(extra: String)
    /// A command's own check of its arguments failed, such as two options that exclude each other.
    case invalidArguments
  }

  /// What is wrong.
  public var kind: Kind
  /// The subcommand the arguments were for, when known.
  public var subcommand: String?
  /// The message for the user, in Chinese: what is wrong and what to do.
  public var message: String

  /// Creates a usage error with its message.
  public init(kind: Kind, subcommand: String? = nil, message: String) {
    self.kind = kind
    self.subcommand = subcommand
    self.message = message
  }

  /// A usage error that a command raises after parsing, for combinations the parser cannot check.
  ///
  /// ```swift
  /// if invocation.flag("fix") && invocation.isGiven("output") {
  ///   throw UsageError.invalid("--fix 会就地修改输入文件，不能与 -o 同时使用。", in: invocation)
  /// }
  /// ```
  public static func invalid(_ message: String, in invocation: Invocation? = nil) -> UsageError {
    UsageError(kind: .invalidArguments, subcommand: invocation?.subcommand, message: message)
  }
}

extension UsageError: CustomStringConvertible {
  public var description: String { message }
}

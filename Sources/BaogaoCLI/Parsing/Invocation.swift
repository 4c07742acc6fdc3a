/// A parsed command line: the subcommand and the values given for its options and positionals.
///
/// Accessors take the option's long name without dashes. Asking for an option the spec does not
/// declare is a programming error and stops the program, so a typo in a command shows in its first
/// test.
///
/// ```swift
/// let format = invocation.value("format")      // "json", or the declared default
/// let force = invocation.flag("force")         // true when --force was given
/// let references = invocation.values("ref")    // every --ref, in order
/// let file = invocation.positionals[0]
/// ```
public struct Invocation: Sendable, Hashable {
  /// The declaration the arguments were parsed against.
  public let spec: CommandSpec
  /// The positional arguments in the order given (after `--` too); `-` means standard input.
  public let positionals: [String]
  /// The positional arguments grouped by the positional they were matched to.
  public let positionalsByName: [String: [String]]
  /// Values of value and repeated options, by long name, in the order given.
  let optionValues: [String: [String]]
  /// Long names of the flags that were given.
  let givenFlags: Set<String>

  /// Creates an invocation; normally the parser does this. `positionals` are matched to the spec's
  /// positionals the way the parser matches them, and must fit.
  public init(
    spec: CommandSpec, positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = []
  ) {
    self.spec = spec
    self.positionals = positionals
    self.positionalsByName = Self.assign(positionals, to: spec.positionals) ?? [:]
    self.optionValues = values
    self.givenFlags = flags
  }

  /// The subcommand name, such as `"outline"`.
  public var subcommand: String { spec.name }

  /// The value of a single-value option: the last one given, or the declared default, or `nil`.
  public func value(_ name: String) -> String? {
    let option = declared(name)
    return optionValues[name]?.last ?? option.defaultValue
  }

  /// Every value given for an option, in order; empty when it was not given.
  public func values(_ name: String) -> [String] {
    _ = declared(name)
    return optionValues[name] ?? []
  }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool {
    _ = declared(name)
    return givenFlags.contains(name)
  }

  /// Whether an option or flag was given on the command line (a default does not count).
  public func isGiven(_ name: String) -> Bool {
    _ = declared(name)
    return givenFlags.contains(name) || optionValues[name] != nil
  }

  /// The first argument matched to the positional `name`, or `nil` when none was given.
  public func positional(_ name: String) -> String? {
    positionals(named: name).first
  }

  /// Every argument matched to the positional `name`, in order.
  public func positionals(named name: String) -> [String] {
    precondition(spec.positionals.contains { $0.name == name }, "\(spec.name) declares no positional \(name)")
    return positionalsByName[name] ?? []
  }

  /// Every argument that names a file the command reads: positionals and options declared with
  /// `isInputFile`, without `-` (standard input). Output must never replace one of these.
  public var inputPaths: [String] {
    var paths: [String] = []
    for positional in spec.positionals where positional.isInputFile {
      paths += positionalsByName[positional.name] ?? []
    }
    for option in spec.options where option.isInputFile {
      paths += optionValues[option.name] ?? []
    }
    return paths.filter { $0 != "-" }
  }

  private func declared(_ name: String) -> OptionSpec {
    guard let option = spec.option(named: name) else {
      preconditionFailure("\(spec.name) declares no option --\(name)")
    }
    return option
  }

  /// Matches arguments to positionals: each takes its minimum, and the rest go to the earliest
  /// positionals that accept more. `nil` when the arguments are too few or too many.
  static func assign(_ arguments: [String], to positionals: [PositionalSpec]) -> [String: [String]]? {
    let minimum = positionals.reduce(0) { $0 + $1.arity.minimum }
    guard arguments.count >= minimum else { return nil }
    var extra = arguments.count - minimum
    var result: [String: [String]] = [:]
    var index = 0
    for positional in positionals {
      var take = positional.arity.minimum
      let room = positional.arity.maximum.map { $0 - take } ?? extra
      let more = min(extra, room)
      take += more
      extra -= more
      result[positional.name, default: []] += arguments[index..<index + take]
      index += take
    }
    return extra == 0 ? result : nil
  }
}

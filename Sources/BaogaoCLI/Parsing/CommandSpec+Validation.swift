extension CommandSpec {
  /// Option names that every subcommand has and no declaration may reuse.
  static let reservedOptionNames: Set<String> = ["help"]
  /// Short aliases that every subcommand has and no declaration may reuse.
  static let reservedShortNames: Set<Character> = ["h"]

  /// Mistakes in this declaration, in English for the developer; empty when the spec is sound.
  ///
  /// Checked: the name is lowercase ASCII letters, digits and `-`; summary and examples are present
  /// and every example starts with `baogao <name>` (or `baogao --<name>`, as in `baogao --version`);
  /// option names and short aliases are unique and do not take `--help`/`-h`; a command with
  /// `--output` has `--force`; defaults are among the allowed values; at most one positional takes an
  /// unbounded number of arguments; positional names are unique.
  public var problems: [String] {
    var problems: [String] = []
    if !Self.isValidName(name) {
      problems.append("command name '\(name)' must be lowercase ASCII letters, digits and '-'")
    }
    if summary.isEmpty { problems.append("\(name): the summary is empty") }
    if examples.isEmpty { problems.append("\(name): there is no example") }
    for example in examples
    where !["baogao \(name)", "baogao --\(name)"].contains(where: { form in
      example == form || example.hasPrefix(form + " ")
    }) {
      problems.append("\(name): example '\(example)' does not start with 'baogao \(name)'")
    }
    var names: Set<String> = []
    var shorts: Set<Character> = []
    for option in options {
      if !Self.isValidName(option.name) {
        problems.append("\(name): option name '\(option.name)' must be lowercase ASCII letters, digits and '-'")
      }
      if Self.reservedOptionNames.contains(option.name) || !names.insert(option.name).inserted {
        problems.append("\(name): option --\(option.name) is declared twice or is reserved")
      }
      if let short = option.short {
        if Self.reservedShortNames.contains(short) || !shorts.insert(short).inserted || short == "-" {
          problems.append("\(name): short alias -\(short) is declared twice or is reserved")
        }
      }
      if option.help.isEmpty { problems.append("\(name): option --\(option.name) has no help") }
      if option.takesValue && option.placeholder.isEmpty {
        problems.append("\(name): option --\(option.name) takes a value but has no placeholder")
      }
      if option.kind == .flag && (option.defaultValue != nil || option.allowedValues != nil || option.isRequired) {
        problems.append("\(name): flag --\(option.name) cannot have a default, allowed values or be required")
      }
      if let allowed = option.allowedValues {
        if allowed.isEmpty { problems.append("\(name): option --\(option.name) allows no value") }
        if let value = option.defaultValue, !allowed.contains(value) {
          problems.append("\(name): the default '\(value)' of --\(option.name) is not an allowed value")
        }
      }
      if option.isRequired && option.defaultValue != nil {
        problems.append("\(name): option --\(option.name) is required and has a default")
      }
    }
    if option(named: OptionSpec.output.name) != nil && option(named: OptionSpec.force.name) == nil {
      problems.append("\(name): declares --output but not --force, so an existing file can never be replaced")
    }
    if positionals.filter({ $0.arity.maximum == nil }).count > 1 {
      problems.append("\(name): more than one positional takes an unbounded number of arguments")
    }
    if Set(positionals.map(\.name)).count != positionals.count {
      problems.append("\(name): positional names are not unique")
    }
    return problems
  }

  static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

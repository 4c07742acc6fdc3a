/// Turns the arguments after `baogao` into an `Invocation`, or a `UsageError` that says what to fix.
///
/// The parser is a pure function of the arguments and the declared specs: no file is touched and
/// nothing is printed. It accepts:
/// - `--name value`, `--name=value`, `-o value`, `-o=value`, and flags `--force`, `-q`;
/// - `--` to end the options (everything after it is positional);
/// - `-` as a positional (standard input);
/// - `--help` / `-h` anywhere before `--`, which turns the call into `help CMD`;
/// - `baogao --help`, `baogao -h`, `baogao help [CMD]` (the `help` command) and `baogao --version`
///   (the `version` command).
///
/// ```swift
/// let parser = CommandLineParser(specs: BaogaoCLI.commands.map { $0.spec })
/// let invocation = try parser.parse(["outline", "--format=json", "报告.txt"])
/// invocation.subcommand        // "outline"
/// invocation.value("format")   // "json"
/// ```
public struct CommandLineParser: Sendable {
  /// The subcommands the parser knows, sorted by name, built-ins (`help`, `version`) included.
  public let specs: [CommandSpec]

  /// Creates a parser for the given subcommands; the built-in `help` and `version` are added.
  public init(specs: [CommandSpec]) {
    var byName: [String: CommandSpec] = [:]
    // Built-ins come last so that a registered command can never shadow `help` or `version`.
    for spec in specs + CommandSpec.builtins { byName[spec.name] = spec }
    self.specs = byName.values.sorted { $0.name < $1.name }
  }

  /// The spec of the subcommand `name`.
  public func spec(named name: String) -> CommandSpec? {
    specs.first { $0.name == name }
  }

  /// Parses a whole command line, without the program name.
  public func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
    guard let first = arguments.first else {
      throw UsageError(kind: .missingSubcommand, message: "缺少子命令。运行 baogao --help 查看所有子命令。")
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h":
      return try parseHelp(rest)
    case "--version":
      return try parse(rest, for: .version)
    default:
      break
    }
    if first.hasPrefix("-") && first != "-" {
      let flag = Self.flagName(of: first)
      let suggestion = Suggestion.nearest(to: flag, in: ["--help", "--version"])
      throw UsageError(
        kind: .unknownOption(flag, suggestion: suggestion),
        message: "未知的选项 '\(flag)'。\(Self.hint(suggestion))运行 baogao --help 查看用法；选项写在子命令之后。")
    }
    let spec = try lookUp(first)
    if spec.name == CommandSpec.help.name { return try parseHelp(rest) }
    return try parse(rest, for: spec)
  }

  /// Parses the arguments that follow the subcommand name, against that subcommand's spec.
  public func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> Invocation {
    for argument in arguments {
      if argument == "--" { break }
      if argument == "--help" || argument == "-h" {
        return Invocation(spec: .help, positionals: [spec.name])
      }
    }
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var index = 0
    var isPastOptions = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if isPastOptions || !Self.looksLikeOption(argument) {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        isPastOptions = true
        continue
      }
      let (option, typed, inlineValue) = try resolve(argument, in: spec)
      guard option.takesValue else {
        if let inlineValue {
          throw UsageError(
            kind: .unexpectedValue(option: typed, value: inlineValue), subcommand: spec.name,
            message: "选项 \(typed) 不带值，却给了 '\(inlineValue)'。请只写 \(typed)。")
        }
        flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count && !Self.looksLikeOption(arguments[index]) {
        value = arguments[index]
        index += 1
      } else {
        throw missingValue(option, typed: typed, in: spec)
      }
      try check(value, of: option, typed: typed, in: spec)
      if option.kind == .value && values[option.name] != nil {
        throw UsageError(
          kind: .duplicateOption(option: option.longFlag), subcommand: spec.name,
          message: "选项 \(option.longFlag) 给了不止一次。请只给一次。")
      }
      values[option.name, default: []].append(value)
    }
    for option in spec.options where option.isRequired && values[option.name] == nil {
      throw UsageError(
        kind: .missingOption(option: option.longFlag), subcommand: spec.name,
        message: "缺少必需的选项 \(option.longFlag) \(option.placeholder)。用法：\(spec.usage)")
    }
    try checkCount(of: positionals, for: spec)
    return Invocation(spec: spec, positionals: positionals, values: values, flags: flags)
  }

  // MARK: - Subcommands

  private func lookUp(_ name: String) throws(UsageError) -> CommandSpec {
    if let spec = spec(named: name) { return spec }
    let suggestion = Suggestion.nearest(to: name, in: specs.map(\.name))
    throw UsageError(
      kind: .unknownSubcommand(name, suggestion: suggestion),
      message: "未知的子命令 '\(name)'。\(Self.hint(suggestion))运行 baogao --help 查看所有子命令。")
  }

  private func parseHelp(_ arguments: [String]) throws(UsageError) -> Invocation {
    let invocation = try parse(arguments, for: .help)
    if invocation.subcommand == CommandSpec.help.name, let topic = invocation.positionals.first {
      _ = try lookUp(topic)
    }
    return invocation
  }

  // MARK: - Options

  /// Whether an argument is an option or `--`, as opposed to a positional (`-` is positional).
  static func looksLikeOption(_ argument: String) -> Bool {
    argument.hasPrefix("-") && argument != "-"
  }

  /// The flag part of an argument: `--format` for `--format=json`, `-x` for `-x=1`.
  static func flagName(of argument: String) -> String {
    if let equals = argument.firstIndex(of: "=") {
      return String(argument[..<equals])
    }
    return argument
  }

  private func resolve(
    _ argument: String, in spec: CommandSpec
  ) throws(UsageError) -> (option: OptionSpec, typed: String, inlineValue: String?) {
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name: Substring
      var inlineValue: String?
      if let equals = body.firstIndex(of: "=") {
        name = body[..<equals]
        inlineValue = String(body[body.index(after: equals)...])
      } else {
        name = body
      }
      if let option = spec.option(named: String(name)) { return (option, "--\(name)", inlineValue) }
      throw unknownOption("--\(name)", in: spec)
    }
    // A short option stands alone or takes `=value`: `-output` is far more likely a mistyped
    // `--output` than `-o utput`, so attached values (`-ofile`) are not accepted.
    let body = argument.dropFirst()
    if let short = body.first, let option = spec.option(short: short) {
      let typed = "-\(short)"
      let rest = body.dropFirst()
      if rest.isEmpty { return (option, typed, nil) }
      if rest.first == "=" { return (option, typed, String(rest.dropFirst())) }
    }
    throw unknownOption(Self.flagName(of: argument), in: spec)
  }

  private func unknownOption(_ typed: String, in spec: CommandSpec) -> UsageError {
    var candidates: [String] = []
    for option in spec.options {
      candidates.append(option.longFlag)
      if let short = option.shortFlag { candidates.append(short) }
    }
    candidates.append("--help")
    // `-output` is a long flag with one dash missing: compare it as `--output`.
    let compared = typed.hasPrefix("--") || typed.count <= 2 ? typed : "-" + typed
    let suggestion = Suggestion.nearest(to: compared, in: candidates)
    return UsageError(
      kind: .unknownOption(typed, suggestion: suggestion), subcommand: spec.name,
      message: "子命令 \(spec.name) 没有选项 '\(typed)'。\(Self.hint(suggestion))"
        + "运行 baogao \(spec.name) --help 查看所有选项。")
  }

  private func missingValue(_ option: OptionSpec, typed: String, in spec: CommandSpec) -> UsageError {
    var message = "选项 \(typed) 缺少值。"
    if let allowed = option.allowedValues, let first = allowed.first {
      message += "可选的值：\(allowed.joined(separator: "、"))，例如 \(typed) \(first)。"
    } else {
      message += "请在 \(typed) 后面给出 \(option.placeholder)。"
    }
    return UsageError(kind: .missingValue(option: typed), subcommand: spec.name, message: message)
  }

  private func check(_ value: String, of option: OptionSpec, typed: String, in spec: CommandSpec) throws(UsageError) {
    guard let allowed = option.allowedValues, !allowed.contains(value) else { return }
    let suggestion = Suggestion.nearest(to: value, in: allowed)
    throw UsageError(
      kind: .invalidValue(option: typed, value: value, allowed: allowed, suggestion: suggestion),
      subcommand: spec.name,
      message: "选项 \(typed) 不接受值 '\(value)'。可选的值：\(allowed.joined(separator: "、"))。\(Self.hint(suggestion))")
  }

  // MARK: - Positionals

  private func checkCount(of positionals: [String], for spec: CommandSpec) throws(UsageError) {
    var needed = 0
    for positional in spec.positionals {
      needed += positional.arity.minimum
      if positionals.count < needed {
        let stdin = positional.isInputFile ? "（用 - 表示标准输入）" : ""
        throw UsageError(
          kind: .missingPositional(name: positional.name), subcommand: spec.name,
          message: "缺少参数 \(positional.name)\(stdin)。用法：\(spec.usage)")
      }
    }
    let maximum = spec.positionals.reduce(0 as Int?) { total, positional in
      guard let total, let most = positional.arity.maximum else { return nil }
      return total + most
    }
    guard let maximum, positionals.count > maximum else { return }
    let extra = positionals[maximum]
    var message = "多余的参数 '\(extra)'：子命令 \(spec.name) "
    message += maximum == 0 ? "不接受参数。" : "最多接受 \(maximum) 个参数。"
    if let repeated = spec.options.first(where: { $0.kind == .repeated }) {
      message += "如需给出多个 \(repeated.longFlag)，请在每个值前都写 \(repeated.longFlag)。"
    }
    message += "用法：\(spec.usage)"
    throw UsageError(kind: .tooManyPositionals(extra: extra), subcommand: spec.name, message: message)
  }

  /// `你是不是想用 'x'？` or nothing.
  static func hint(_ suggestion: String?) -> String {
    suggestion.map { "你是不是想用 '\($0)'？" } ?? ""
  }
}

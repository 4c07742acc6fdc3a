/// The declared interface of one subcommand: its name, help text, options and positionals.
///
/// The parser, the help pages and the input/output helpers all read this one value, so a command
/// declares each option exactly once. `CommandSpec.problems` lists mistakes in a declaration; a test
/// runs it on every registered command.
///
/// ```swift
/// CommandSpec(
///   name: "learn",
///   summary: "从参考报告学习结构模型",
///   discussion: "读取若干份参考报告，统计各部分出现的频率、顺序和篇幅，保存为 JSON 模型。",
///   examples: ["baogao learn 参考/*.txt -o 模型.json"],
///   options: [.output, .force],
///   positionals: [.oneOrMore("FILE", help: "参考报告")])
/// ```
public struct CommandSpec: Sendable, Hashable {
  /// The subcommand name, as typed after `baogao`: lowercase ASCII letters and `-`.
  public var name: String
  /// A one-line summary in Chinese, shown in the list of subcommands and at the top of the help.
  public var summary: String
  /// A usage line that replaces the generated one, without the leading `baogao `; `nil` generates it
  /// from the options and positionals.
  public var customUsage: String?
  /// A paragraph or more in Chinese: what the command does, what it reads and writes.
  public var discussion: String
  /// Complete example invocations starting with `baogao <name>`; at least one.
  public var examples: [String]
  /// The options, in the order the help lists them; `--help`/`-h` is added by the parser.
  public var options: [OptionSpec]
  /// The positionals, in order.
  public var positionals: [PositionalSpec]

  /// Creates a command interface.
  public init(
    name: String, summary: String, usage: String? = nil, discussion: String = "", examples: [String],
    options: [OptionSpec] = [], positionals: [PositionalSpec] = []
  ) {
    self.name = name
    self.summary = summary
    self.customUsage = usage
    self.discussion = discussion
    self.examples = examples
    self.options = options
    self.positionals = positionals
  }

  /// The usage line: `baogao outline FILE [--format tsv|json|markdown]`.
  public var usage: String {
    if let customUsage { return "baogao \(name) \(customUsage)" }
    var parts = ["baogao", name]
    parts += positionals.map(\.usage)
    parts += options.map(Self.usage(of:))
    return parts.joined(separator: " ")
  }

  /// The option declared under `name` (long name without dashes).
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  /// The option whose short alias is `short`.
  public func option(short: Character) -> OptionSpec? {
    options.first { $0.short == short }
  }

  static func usage(of option: OptionSpec) -> String {
    let flag = option.shortFlag ?? option.longFlag
    let text: String
    switch option.kind {
    case .flag:
      text = flag
    case .value, .repeated:
      if let allowed = option.allowedValues, allowed.count <= 5 {
        text = "\(flag) \(allowed.joined(separator: "|"))"
      } else {
        text = "\(flag) \(option.placeholder)"
      }
    }
    switch (option.kind, option.isRequired) {
    case (.repeated, true): return "\(text)..."
    case (.repeated, false): return "[\(text)]..."
    case (_, true): return text
    case (_, false): return "[\(text)]"
    }
  }
}

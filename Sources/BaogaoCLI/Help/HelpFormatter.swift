import ReportText

/// Renders help pages from specs: the main help, the short help, and one subcommand's help.
///
/// Everything is generated from the declarations, so help cannot drift from what the parser
/// accepts. Columns are aligned by display width (a CJK character takes two cells).
enum HelpFormatter {
  static let tagline = "乡镇（街道）政府工作报告的起草、检查与比较工具"

  /// The page for `baogao --help`.
  static func mainHelp(specs: [CommandSpec]) -> String {
    var lines = ["baogao \(BaogaoCLI.version) — \(tagline)", "", "用法：baogao <子命令> [选项] [参数]", "", "子命令："]
    lines += table(specs.map { ($0.name, $0.summary) })
    lines += ["", "选项："]
    lines += table([("-h, --help", "显示帮助"), ("    --version", "显示版本号")])
    let examples = specs.compactMap { $0.name == CommandSpec.version.name ? nil : $0.examples.first }
    if !examples.isEmpty {
      lines += ["", "示例："]
      lines += examples.map { "  " + $0 }
    }
    lines += ["", "运行 baogao help <子命令> 或 baogao <子命令> --help 查看子命令的用法、选项和示例。"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The lines printed to standard error when `baogao` runs without arguments.
  static func shortHelp(specs: [CommandSpec]) -> String {
    let names = specs.map(\.name).joined(separator: "、")
    return """
      用法：baogao <子命令> [选项] [参数]
      子命令：\(names)
      运行 baogao --help 查看完整帮助，baogao help <子命令> 查看子命令的用法。

      """
  }

  /// The page for `baogao help CMD` and `baogao CMD --help`.
  static func help(for spec: CommandSpec) -> String {
    var lines = ["baogao \(spec.name) — \(spec.summary)", "", "用法：\(spec.usage)"]
    if !spec.discussion.isEmpty {
      lines += ["", spec.discussion]
    }
    if !spec.positionals.isEmpty {
      lines += ["", "参数："]
      lines += table(spec.positionals.map { ($0.usage, describe($0)) })
    }
    lines += ["", "选项："]
    var rows = spec.options.map { (flagColumn(of: $0), describe($0)) }
    rows.append(("-h, --help", "显示本帮助"))
    lines += table(rows)
    lines += ["", "示例："]
    lines += spec.examples.map { "  " + $0 }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Parts

  static func flagColumn(of option: OptionSpec) -> String {
    let flags = option.shortFlag.map { "\($0), \(option.longFlag)" } ?? "    \(option.longFlag)"
    return option.takesValue ? "\(flags) \(option.placeholder)" : flags
  }

  static func describe(_ option: OptionSpec) -> String {
    var notes: [String] = []
    if let allowed = option.allowedValues { notes.append("可选：\(allowed.joined(separator: "、"))") }
    if let value = option.defaultValue { notes.append("默认 \(value)") }
    if option.isRequired { notes.append("必需") }
    if option.kind == .repeated { notes.append("可多次给出") }
    return notes.isEmpty ? option.help : "\(option.help)（\(notes.joined(separator: "；"))）"
  }

  static func describe(_ positional: PositionalSpec) -> String {
    switch positional.arity {
    case .one, .oneOrMore: positional.help
    case .optional, .zeroOrMore: "\(positional.help)（可省略）"
    }
  }

  /// Two aligned columns, indented by two spaces, the second starting two cells after the widest
  /// entry of the first.
  static func table(_ rows: [(String, String)]) -> [String] {
    let text = TextTable(indent: 2, rows: rows.map { [$0.0, $0.1] }).render()
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}

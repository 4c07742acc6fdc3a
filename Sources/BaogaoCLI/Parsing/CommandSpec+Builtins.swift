extension CommandSpec {
  /// `baogao help [COMMAND]`: prints the main help or a subcommand's help. `baogao --help`,
  /// `baogao -h` and `baogao CMD --help` parse to this command too.
  public static let help = CommandSpec(
    name: "help",
    summary: "显示帮助",
    discussion: "不带参数时列出所有子命令；给出子命令名时显示该子命令的用法、选项和示例。",
    examples: ["baogao help", "baogao help outline"],
    positionals: [.optional("COMMAND", isInputFile: false, help: "要查看帮助的子命令")])

  /// `baogao version`: prints `baogao <version>`. `baogao --version` parses to this command too.
  public static let version = CommandSpec(
    name: "version",
    summary: "显示版本号",
    examples: ["baogao version", "baogao --version"])

  /// The commands every `baogao` has, whatever is registered.
  static let builtins: [CommandSpec] = [.help, .version]
}

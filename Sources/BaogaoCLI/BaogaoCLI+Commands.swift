extension BaogaoCLI {
  /// Every subcommand of `baogao`, sorted by name: the one list to add a new command to.
  ///
  /// `help` and `version` are built in and are not listed here. A test checks that the list is
  /// sorted, names are unique and every spec is sound (`CommandSpec.problems`).
  public static var commands: [any Command.Type] {
    [
      CompareCommand.self, GenerateCommand.self, InduceCommand.self, InitCommand.self, LearnCommand.self,
      LintCommand.self, OutlineCommand.self, SlotsCommand.self, TemplatesCommand.self,
    ]
  }
}

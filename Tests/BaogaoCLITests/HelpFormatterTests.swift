import Testing

@testable import BaogaoCLI

@Suite struct HelpFormatterTests {
  /// Every spec a user can ask help for: the registered commands, the built-ins and the test commands.
  static var allSpecs: [CommandSpec] {
    CommandLineParser(specs: BaogaoCLI.commands.map { $0.spec } + testCommands.map { $0.spec }).specs
  }

  @Test(arguments: allSpecs)
  func helpOfEachCommandHasUsageOptionsAndAnExample(spec: CommandSpec) {
    let page = HelpFormatter.help(for: spec)
    #expect(page.hasPrefix("baogao \(spec.name) — \(spec.summary)\n"))
    #expect(page.contains("用法：baogao \(spec.name)"))
    #expect(page.contains("-h, --help"))
    #expect(page.contains("示例：\n  baogao \(spec.name)"))
    #expect(!spec.examples.isEmpty)
    for example in spec.examples { #expect(page.contains("  " + example + "\n")) }
    for option in spec.options {
      #expect(page.contains(option.longFlag))
      #expect(page.contains(option.help))
    }
  }

  @Test(arguments: allSpecs)
  func helpCommandAndFlagPrintTheSamePageToStandardOutput(spec: CommandSpec) {
    let commands = BaogaoCLI.commands + testCommands
    let viaHelp = runBaogao(["help", spec.name], commands: commands)
    let viaFlag = runBaogao([spec.name, "--help"], commands: commands)
    let viaShortFlag = runBaogao([spec.name, "-h"], commands: commands)
    for result in [viaHelp, viaFlag, viaShortFlag] {
      #expect(result.code == .success)
      #expect(result.standardError.isEmpty)
      #expect(result.standardOutput.contains("示例："))
    }
    #expect(viaHelp.standardOutput == viaFlag.standardOutput)
    #expect(viaHelp.standardOutput == viaShortFlag.standardOutput)
  }

  @Test(arguments: [["--help"], ["-h"], ["help"]])
  func mainHelpListsEveryCommand(arguments: [String]) {
    let result = runBaogao(arguments)
    #expect(result.code == .success)
    #expect(result.standardError.isEmpty)
    for name in ["echo", "fail", "help", "version"] { #expect(result.standardOutput.contains("\n  \(name) ")) }
    #expect(result.standardOutput.contains("把输入原样写到输出"))
    #expect(result.standardOutput.contains("示例：\n  baogao echo 报告.txt"))
    #expect(result.standardOutput.contains("--version"))
  }

  @Test(arguments: [["--version"], ["version"]])
  func versionIsPrinted(arguments: [String]) {
    let result = runBaogao(arguments)
    #expect(result.code == .success)
    #expect(result.standardOutput == "baogao 0.1.0\n")
    #expect(result.standardOutput == "baogao \(BaogaoCLI.version)\n")
  }

  @Test func optionsTableIsAlignedAndDescribesValues() {
    let page = HelpFormatter.help(for: EchoCommand.spec)
    #expect(page.contains("      --format FORMAT  输出格式（可选：text、upper、json；默认 text）\n"))
    #expect(page.contains("  -o, --output FILE    写入的文件"))
    #expect(page.contains("      --ref FILE       附加的参考文件（可多次给出）\n"))
    #expect(page.contains("  -q, --quiet          不输出提示\n"))
    #expect(
      page.contains(
        "用法：baogao echo FILE... [--format text|upper|json] [-o FILE] [--force] [--ref FILE]... "
          + "[--model FILE] [--dry-run] [-q]\n"
      ))
  }

  @Test func tableAlignsByDisplayWidth() {
    let rows = HelpFormatter.table([("文件", "甲"), ("FILE", "乙")])
    #expect(rows == ["  文件  甲", "  FILE  乙"])
  }
}

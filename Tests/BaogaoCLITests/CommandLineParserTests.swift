import Testing

@testable import BaogaoCLI

@Suite struct CommandLineParserTests {
  @Test(arguments: [
    ["echo", "--format=json", "a.txt"],
    ["echo", "--format", "json", "a.txt"],
    ["echo", "a.txt", "--format", "json"],
    ["echo", "a.txt", "--format=json"],
  ])
  func valueOptionForms(arguments: [String]) throws {
    let invocation = try testParser.parse(arguments)
    #expect(invocation.subcommand == "echo")
    #expect(invocation.value("format") == "json")
    #expect(invocation.positionals == ["a.txt"])
  }

  @Test(arguments: [
    ["echo", "-o", "out.txt", "a.txt"],
    ["echo", "-o=out.txt", "a.txt"],
    ["echo", "--output", "out.txt", "a.txt"],
    ["echo", "--output=out.txt", "a.txt"],
  ])
  func shortAndLongOutput(arguments: [String]) throws {
    let invocation = try testParser.parse(arguments)
    #expect(invocation.value("output") == "out.txt")
    #expect(invocation.positionals == ["a.txt"])
  }

  @Test func defaultsApplyWhenOptionIsAbsent() throws {
    let invocation = try testParser.parse(["echo", "a.txt"])
    #expect(invocation.value("format") == "text")
    #expect(!invocation.isGiven("format"))
    #expect(invocation.value("output") == nil)
    #expect(!invocation.flag("force"))
    #expect(invocation.values("ref").isEmpty)
  }

  @Test func flagsAndShortAliases() throws {
    let invocation = try testParser.parse(["echo", "--force", "-q", "--dry-run", "a.txt"])
    #expect(invocation.flag("force"))
    #expect(invocation.flag("quiet"))
    #expect(invocation.flag("dry-run"))
    #expect(invocation.isGiven("quiet"))
  }

  @Test func repeatedOptionKeepsOrder() throws {
    let invocation = try testParser.parse(["echo", "--ref", "一.txt", "a.txt", "--ref=二.txt", "--ref", "三.txt"])
    #expect(invocation.values("ref") == ["一.txt", "二.txt", "三.txt"])
    #expect(invocation.positionals == ["a.txt"])
  }

  @Test func doubleDashEndsOptions() throws {
    let invocation = try testParser.parse(["echo", "--force", "--", "--format", "-o", "-", "--help"])
    #expect(invocation.flag("force"))
    #expect(invocation.positionals == ["--format", "-o", "-", "--help"])
    #expect(invocation.value("format") == "text")
  }

  @Test func dashIsAPositionalAndAValue() throws {
    let invocation = try testParser.parse(["echo", "-", "-o", "-"])
    #expect(invocation.positionals == ["-"])
    #expect(invocation.value("output") == "-")
  }

  @Test func valuesMayBeChineseOrContainEquals() throws {
    let invocation = try testParser.parse(["echo", "--model=模型=2024.json", "二〇二四年报告.txt"])
    #expect(invocation.value("model") == "模型=2024.json")
    #expect(invocation.positionals == ["二〇二四年报告.txt"])
  }

  @Test(
    arguments: [
      (["--help"], nil),
      (["-h"], nil),
      (["help"], nil),
      (["help", "echo"], "echo"),
      (["--help", "echo"], "echo"),
      (["echo", "--help"], "echo"),
      (["echo", "-h"], "echo"),
      (["echo", "a.txt", "--fromat", "x", "--help"], "echo"),
      (["help", "--help"], "help"),
    ] as [([String], String?)])
  func helpForms(arguments: [String], topic: String?) throws {
    let invocation = try testParser.parse(arguments)
    #expect(invocation.subcommand == "help")
    #expect(invocation.positionals.first == topic)
  }

  @Test(arguments: [["--version"], ["version"]])
  func versionForms(arguments: [String]) throws {
    #expect(try testParser.parse(arguments).subcommand == "version")
  }

  @Test func inputPathsCoverPositionalsAndInputOptions() throws {
    let invocation = try testParser.parse(
      ["echo", "a.txt", "-", "--ref", "r.txt", "--model", "m.json", "-o", "out.txt"])
    #expect(invocation.inputPaths == ["a.txt", "r.txt", "m.json"])
  }

  @Test func positionalsAreGroupedByName() throws {
    let invocation = try testParser.parse(["echo", "a.txt", "b.txt"])
    #expect(invocation.positionals(named: "FILE") == ["a.txt", "b.txt"])
    #expect(invocation.positional("FILE") == "a.txt")
  }

  @Test func specsAreSortedWithBuiltins() {
    #expect(testParser.specs.map(\.name) == ["echo", "fail", "help", "version"])
  }
}

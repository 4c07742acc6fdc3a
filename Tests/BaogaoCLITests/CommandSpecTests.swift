import Testing

@testable import BaogaoCLI

@Suite struct CommandSpecTests {
  @Test func registeredCommandsAreSortedUniqueAndSound() {
    let names = BaogaoCLI.commands.map { $0.spec.name }
    #expect(names == names.sorted())
    #expect(Set(names).count == names.count)
    #expect(!names.contains("help") && !names.contains("version"))
    for command in BaogaoCLI.commands {
      #expect(command.spec.problems.isEmpty, "\(command.spec.name): \(command.spec.problems)")
    }
  }

  @Test(arguments: CommandSpec.builtins + testCommands.map { $0.spec })
  func builtinAndTestSpecsAreSound(spec: CommandSpec) {
    #expect(spec.problems.isEmpty, "\(spec.problems)")
  }

  @Test(
    arguments: [
      (CommandSpec(name: "Outline", summary: "s", examples: ["baogao Outline"]), "lowercase"),
      (CommandSpec(name: "a", summary: "s", examples: []), "no example"),
      (CommandSpec(name: "a", summary: "s", examples: ["baogao b x"]), "does not start"),
      (CommandSpec(name: "a", summary: "s", examples: ["baogao a"], options: [.flag("help", help: "h")]), "reserved"),
      (
        CommandSpec(name: "a", summary: "s", examples: ["baogao a"], options: [.flag("x", short: "h", help: "h")]),
        "reserved"
      ),
      (
        CommandSpec(
          name: "a", summary: "s", examples: ["baogao a"],
          options: [.flag("x", short: "x", help: "h"), .flag("y", short: "x", help: "h")]), "twice"
      ),
      (
        CommandSpec(
          name: "a", summary: "s", examples: ["baogao a"],
          options: [.value("f", placeholder: "F", allowed: ["a"], default: "b", help: "h")]), "not an allowed"
      ),
      (CommandSpec(name: "a", summary: "s", examples: ["baogao a"], options: [.output]), "not --force"),
      (
        CommandSpec(
          name: "a", summary: "s", examples: ["baogao a"],
          positionals: [.oneOrMore("A", help: "a"), .zeroOrMore("B", help: "b")]), "unbounded"
      ),
    ] as [(CommandSpec, String)])
  func problemsAreFound(spec: CommandSpec, problem: String) {
    #expect(spec.problems.contains { $0.contains(problem) }, "\(spec.problems)")
  }

  @Test(
    arguments: [
      ([PositionalSpec.one("A", help: ""), .optional("B", help: "")], ["1"], ["A": ["1"], "B": []]),
      ([.one("A", help: ""), .optional("B", help: "")], ["1", "2"], ["A": ["1"], "B": ["2"]]),
      ([.optional("A", help: ""), .one("B", help: "")], ["1"], ["A": [], "B": ["1"]]),
      (
        [.one("A", help: ""), .oneOrMore("B", help: ""), .one("C", help: "")], ["1", "2", "3", "4"],
        [
          "A": ["1"], "B": ["2", "3"], "C": ["4"],
        ]
      ),
      ([.zeroOrMore("A", help: "")], [], ["A": []]),
    ] as [([PositionalSpec], [String], [String: [String]])])
  func positionalsAreAssignedInOrder(specs: [PositionalSpec], arguments: [String], expected: [String: [String]]) {
    #expect(Invocation.assign(arguments, to: specs) == expected)
  }

  @Test func assignmentFailsWhenArgumentsDoNotFit() {
    #expect(Invocation.assign([], to: [.one("A", help: "")]) == nil)
    #expect(Invocation.assign(["1", "2"], to: [.one("A", help: "")]) == nil)
  }

  @Test func generatedUsageShowsRequiredAndRepeatedOptions() {
    let spec = CommandSpec(
      name: "induce", summary: "s", examples: ["baogao induce a"],
      options: [
        .output, .force, .value("data", placeholder: "DATA", isRequired: true, help: "d"),
        .repeated("ref", placeholder: "FILE", help: "r"),
      ],
      positionals: [.one("REPORT", help: "r"), .optional("EXTRA", help: "e")])
    #expect(spec.usage == "baogao induce REPORT [EXTRA] [-o FILE] [--force] --data DATA [--ref FILE]...")
    var custom = spec
    custom.customUsage = "REPORT -o TEMPLATE --data DATA"
    #expect(custom.usage == "baogao induce REPORT -o TEMPLATE --data DATA")
  }
}

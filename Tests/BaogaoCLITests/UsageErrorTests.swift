import Testing

@testable import BaogaoCLI

@Suite struct UsageErrorTests {
  /// A usage error case: the arguments, the expected kind, and words the message must contain.
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var kind: UsageError.Kind
    var mentions: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(
      arguments: ["ehco", "a.txt"], kind: .unknownSubcommand("ehco", suggestion: "echo"),
      mentions: ["未知的子命令 'ehco'", "你是不是想用 'echo'？", "baogao --help"]),
    Case(
      arguments: ["fial"], kind: .unknownSubcommand("fial", suggestion: "fail"),
      mentions: ["'fial'", "'fail'"]),
    Case(
      arguments: ["zzzzzz"], kind: .unknownSubcommand("zzzzzz", suggestion: nil),
      mentions: ["未知的子命令 'zzzzzz'", "baogao --help"]),
    Case(
      arguments: ["help", "ech"], kind: .unknownSubcommand("ech", suggestion: "echo"),
      mentions: ["'ech'", "'echo'"]),
    Case(
      arguments: ["--verison"], kind: .unknownOption("--verison", suggestion: "--version"),
      mentions: ["'--verison'", "'--version'"]),
    Case(
      arguments: ["echo", "--fromat", "json", "a.txt"], kind: .unknownOption("--fromat", suggestion: "--format"),
      mentions: ["子命令 echo 没有选项 '--fromat'", "你是不是想用 '--format'？", "baogao echo --help"]),
    Case(
      arguments: ["echo", "--fromat=json", "a.txt"], kind: .unknownOption("--fromat", suggestion: "--format"),
      mentions: ["'--fromat'", "'--format'"]),
    Case(
      arguments: ["echo", "--froce", "a.txt"], kind: .unknownOption("--froce", suggestion: "--force"),
      mentions: ["'--froce'", "'--force'"]),
    Case(
      arguments: ["echo", "--dryrun", "a.txt"], kind: .unknownOption("--dryrun", suggestion: "--dry-run"),
      mentions: ["'--dryrun'", "'--dry-run'"]),
    Case(
      arguments: ["echo", "--out", "x", "a.txt"], kind: .unknownOption("--out", suggestion: "--output"),
      mentions: ["'--out'", "'--output'"]),
    Case(
      arguments: ["echo", "-output", "x", "a.txt"], kind: .unknownOption("-output", suggestion: "--output"),
      mentions: ["'-output'", "'--output'"]),
    Case(
      arguments: ["echo", "-x", "a.txt"], kind: .unknownOption("-x", suggestion: nil),
      mentions: ["'-x'", "baogao echo --help"]),
    Case(
      arguments: ["echo", "a.txt", "--format"], kind: .missingValue(option: "--format"),
      mentions: ["--format 缺少值", "text、upper、json"]),
    Case(
      arguments: ["echo", "a.txt", "-o"], kind: .missingValue(option: "-o"),
      mentions: ["-o 缺少值", "FILE"]),
    Case(
      arguments: ["echo", "a.txt", "--output", "--force"], kind: .missingValue(option: "--output"),
      mentions: ["--output 缺少值"]),
    Case(
      arguments: ["echo", "--format=josn", "a.txt"],
      kind: .invalidValue(option: "--format", value: "josn", allowed: ["text", "upper", "json"], suggestion: "json"),
      mentions: ["'josn'", "text、upper、json", "你是不是想用 'json'？"]),
    Case(
      arguments: ["echo", "--format", "pdf", "a.txt"],
      kind: .invalidValue(option: "--format", value: "pdf", allowed: ["text", "upper", "json"], suggestion: nil),
      mentions: ["'pdf'", "text、upper、json"]),
    Case(
      arguments: ["echo", "--force=yes", "a.txt"], kind: .unexpectedValue(option: "--force", value: "yes"),
      mentions: ["--force 不带值", "'yes'"]),
    Case(
      arguments: ["echo", "-q=1", "a.txt"], kind: .unexpectedValue(option: "-q", value: "1"),
      mentions: ["-q 不带值", "'1'"]),
    Case(
      arguments: ["echo", "--format", "json", "--format", "text", "a.txt"],
      kind: .duplicateOption(option: "--format"), mentions: ["--format", "不止一次"]),
    Case(
      arguments: ["echo"], kind: .missingPositional(name: "FILE"),
      mentions: ["缺少参数 FILE", "-", "用法：baogao echo FILE..."]),
    Case(
      arguments: ["echo", "--force"], kind: .missingPositional(name: "FILE"),
      mentions: ["FILE"]),
    Case(
      arguments: ["fail", "located", "extra"], kind: .tooManyPositionals(extra: "extra"),
      mentions: ["多余的参数 'extra'", "最多接受 1 个参数", "用法：baogao fail MODE"]),
    Case(
      arguments: ["--version", "now"], kind: .tooManyPositionals(extra: "now"),
      mentions: ["'now'", "不接受参数"]),
    Case(
      arguments: ["help", "echo", "fail"], kind: .tooManyPositionals(extra: "fail"),
      mentions: ["'fail'"]),
    Case(
      arguments: ["fail", "usage"], kind: .invalidArguments,
      mentions: ["--path 不能为空"]),
  ]

  @Test(arguments: cases)
  func parserReportsTheError(_ testCase: Case) {
    if testCase.kind == .invalidArguments { return }  // raised by the command, not the parser
    #expect {
      try testParser.parse(testCase.arguments)
    } throws: { error in
      guard let error = error as? UsageError else { return false }
      #expect(error.kind == testCase.kind)
      for word in testCase.mentions {
        #expect(error.message.contains(word), "message '\(error.message)' should mention '\(word)'")
      }
      return true
    }
  }

  @Test(arguments: cases)
  func runPrintsItAndExitsWithTwo(_ testCase: Case) {
    let result = runBaogao(testCase.arguments)
    #expect(result.code == .usage)
    #expect(result.code.rawValue == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.hasPrefix("baogao: error: "))
    #expect(result.standardError.hasSuffix("\n"))
    for word in testCase.mentions {
      #expect(result.standardError.contains(word))
    }
  }

  @Test func unknownSubcommandMessageReadsAsDocumented() throws {
    let parser = CommandLineParser(specs: [
      CommandSpec(name: "outline", summary: "打印结构", examples: ["baogao outline a.txt"])
    ])
    #expect {
      try parser.parse(["outlin"])
    } throws: { error in
      (error as? UsageError)?.message == "未知的子命令 'outlin'。你是不是想用 'outline'？运行 baogao --help 查看所有子命令。"
    }
  }

  @Test func tooManyPositionalsHintsAtRepeatingTheOption() {
    let spec = CommandSpec(
      name: "compare", summary: "比较", examples: ["baogao compare a.txt --ref b.txt"],
      options: [.repeated("ref", placeholder: "FILE", isInputFile: true, help: "参考报告")],
      positionals: [.one("DRAFT", help: "稿子")])
    let parser = CommandLineParser(specs: [spec])
    #expect {
      try parser.parse(["compare", "a.txt", "--ref", "b.txt", "c.txt"])
    } throws: { error in
      guard let error = error as? UsageError else { return false }
      return error.kind == .tooManyPositionals(extra: "c.txt") && error.message.contains("每个值前都写 --ref")
    }
  }

  @Test func requiredOptionIsReported() {
    let spec = CommandSpec(
      name: "induce", summary: "归纳模板", examples: ["baogao induce a.txt -o t.txt --data d.yaml"],
      options: [.output, .force, .value("data", placeholder: "DATA", isRequired: true, help: "数据文件")],
      positionals: [.one("REPORT", help: "报告")])
    let parser = CommandLineParser(specs: [spec])
    #expect {
      try parser.parse(["induce", "a.txt"])
    } throws: { error in
      guard let error = error as? UsageError else { return false }
      return error.kind == .missingOption(option: "--data") && error.message.contains("--data DATA")
    }
  }

  @Test func noArgumentsPrintsShortHelpToStandardError() {
    let result = runBaogao([])
    #expect(result.code == .usage)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("用法：baogao <子命令>"))
    #expect(result.standardError.contains("echo、fail、help、version"))
    #expect(result.standardError.contains("baogao --help"))
  }
}

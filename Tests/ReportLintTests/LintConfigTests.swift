import ReportModel
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct LintConfigTests {
  static let known = ["placeholder.testxx", "wording.testbad"]

  func parse(_ text: String) throws(LintConfigError) -> LintConfig {
    try LintConfig(parsing: SourceText(path: ".baogao.yml", string: text), knownRules: Self.known)
  }

  @Test func readsLevelsAndTerms() throws {
    let config = try parse("rules:\n  placeholder.testxx: off\n  wording.testbad: warning\nterms:\n  - 青石镇\n  - 青石矿业\n")
    #expect(config.levels["placeholder.testxx"] == .some(nil))
    #expect(config.levels["wording.testbad"] == .some(.warning))
    #expect(config.localTerms == ["青石镇", "青石矿业"])
  }

  @Test func emptyFileIsEmptyConfig() throws {
    #expect(try parse("") == LintConfig())
    #expect(try parse("# 只有注释\n") == LintConfig())
  }

  @Test func unknownRuleIsLocatedWithSuggestion() {
    #expect {
      try parse("rules:\n  wording.testbda: warning\n")
    } throws: { error in
      let error = error as! LintConfigError
      return error.range.lowerBound.line == 2 && error.range.lowerBound.column == 3
        && error.message.contains("wording.testbad") && error.description.hasPrefix(".baogao.yml:2:3: error:")
    }
  }

  @Test func badLevelIsLocated() {
    #expect {
      try parse("rules:\n  wording.testbad: warn\n")
    } throws: { error in
      let error = error as! LintConfigError
      return error.description.hasPrefix(".baogao.yml:2:20: error:") && error.message.contains("“warn”")
    }
  }

  @Test func unknownKeyAndSyntaxErrorsAreLocated() {
    #expect {
      try parse("rule:\n  wording.testbad: off\n")
    } throws: { error in
      (error as! LintConfigError).description.hasPrefix(".baogao.yml:1:1: error:")
        && (error as! LintConfigError).message.contains("rules")
    }
    #expect {
      try parse("rules:\n\twording.testbad: off\n")
    } throws: { error in
      (error as! LintConfigError).range.lowerBound.line == 2
    }
  }

  @Test func levelsApplyInTheLinter() throws {
    let config = try parse("rules:\n  placeholder.testxx: error\n  wording.testbad: off\n")
    let linter = Linter(
      rules: [TestPlaceholderRule.self, TestBadWordRule.self], model: try StructureModel.loadDefault(),
      levels: config.levels)
    let findings = linter.lint(SourceText(path: "r", string: "XX坏词\n"))
    #expect(findings.map(\.ruleID) == ["placeholder.testxx"])
    #expect(findings.map(\.severity) == [.error])
  }
}

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

  @Test func formulationsFromTheConfigAreChecked() throws {
    let config = try parse(
      "formulations:\n  - 正确: 千万工程\n    错误: [千村万户工程, 千村万户]\n    说明: 简称“千万工程”\n    起用日期: 2003-06-05\n")
    #expect(config.formulations.map(\.correct) == ["千万工程"])
    #expect(config.formulations[0].wrong == ["千村万户工程", "千村万户"])
    let linter = Linter(rules: [WordingFormulationRule.self], model: try StructureModel.loadDefault(), config: config)
    let findings = linter.lint(SourceText(path: "r", string: "深化千村万户工程，推进千万工程。\n学习党的二十大会议精神。\n"))
    #expect(findings.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["1:3", "2:3"])
    #expect(findings[0].message.contains("千万工程") && findings[0].message.contains("简称"))
    // Without the config only the built-in entry is found.
    let plain = Linter(rules: [WordingFormulationRule.self], model: try StructureModel.loadDefault())
    #expect(plain.lint(SourceText(path: "r", string: "深化千村万户工程。\n")).isEmpty)
  }

  @Test func badFormulationEntriesAreLocated() {
    let cases: [(String, String, String)] = [
      ("formulations:\n  - 正确: 千万工程\n", ".baogao.yml:2:5: error:", "缺少“错误”"),
      ("formulations:\n  - 错误: 千村万户\n", ".baogao.yml:2:5: error:", "缺少“正确”"),
      ("formulations:\n  - 正确: 千万工程\n    错误: 千村万户\n    日期: 2003\n", ".baogao.yml:4:5: error:", "起用日期"),
      ("formulations:\n  - 正确: 千万工程\n    错误: 千村万户\n    起用日期: 2003年\n", ".baogao.yml:4:11: error:", "年-月-日"),
      ("formulations: 千万工程\n", ".baogao.yml:1:15: error:", "列表"),
      ("formulation:\n  - 正确: 千万工程\n", ".baogao.yml:1:1: error:", "formulations"),
    ]
    for (text, prefix, words) in cases {
      #expect {
        try parse(text)
      } throws: { error in
        let error = error as! LintConfigError
        return error.description.hasPrefix(prefix) && error.message.contains(words)
      }
    }
  }
}

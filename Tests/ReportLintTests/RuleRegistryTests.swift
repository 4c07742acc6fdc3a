import Foundation
import ReportModel
import Testing

@testable import ReportLint
@testable import ReportText

/// The rule list: ids, examples, files, and the README table generated from it.
@Suite struct RuleRegistryTests {
  static let families: Set<String> = [
    "structure", "numbering", "placeholder", "artifact", "date", "wording", "number", "punctuation",
  ]
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
  static let readme = root.appendingPathComponent("README.md")

  @Test func idsAreUniqueSortedAndWellFormed() {
    let ids = LintRules.all.map { $0.description.id }
    #expect(Set(ids).count == ids.count)
    #expect(ids == ids.sorted())
    for id in ids {
      let parts = id.split(separator: ".", omittingEmptySubsequences: false)
      #expect(parts.count == 2 && !parts[1].isEmpty, "\(id) is not family.name")
      #expect(Self.families.contains(String(parts[0])), "\(id): unknown family")
      #expect(id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }, "\(id)")
    }
  }

  @Test func everyRuleHasBothKindsOfExamplesAndPassesThem() throws {
    let model = try StructureModel.loadDefault()
    for rule in LintRules.all {
      let description = rule.description
      #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
      #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
      #expect(!description.summary.isEmpty, "\(description.id) has no summary")
      let linter = Linter(rules: [rule], model: model)
      for example in description.triggering {
        // A one-line example again after a line of Chinese text, to catch offset bugs; whole-report examples
        // (several lines) only as written, since a line before a title changes the report's shape.
        let isOneLine = !example.dropLast(example.hasSuffix("\n") ? 1 : 0).contains("\n")
        for text in isOneLine ? [example, "各位代表：\n" + example] : [example] {
          let findings = linter.lint(SourceText(path: "example", string: text))
          #expect(findings.contains { $0.ruleID == description.id }, "\(description.id) misses: \(text)")
        }
      }
      for example in description.nonTriggering {
        let findings = linter.lint(SourceText(path: "example", string: example))
        #expect(findings.isEmpty, "\(description.id) reports on: \(example)")
      }
    }
  }

  @Test func everyRuleFileIsListed() throws {
    let folder = Self.root.appendingPathComponent("Sources/ReportLint/Rules")
    let listed = Set(LintRules.all.map { String(describing: $0) })
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return }
    for case let path as String in enumerator where path.hasSuffix("Rule.swift") {
      let name = String((path as NSString).lastPathComponent.dropLast(".swift".count))
      #expect(listed.contains(name), "\(path) names \(name), which is not in LintRules.all")
    }
  }

  @Test func testRulesPassTheirOwnExamples() throws {
    let model = try StructureModel.loadDefault()
    for rule in [TestPlaceholderRule.self, TestBadWordRule.self] as [any LintRule.Type] {
      let linter = Linter(rules: [rule], model: model)
      for example in rule.description.triggering {
        #expect(!linter.lint(SourceText(path: "e", string: example)).isEmpty)
      }
      for example in rule.description.nonTriggering {
        #expect(linter.lint(SourceText(path: "e", string: example)).isEmpty)
      }
    }
  }

  @Test func readmeRuleTableIsCurrent() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = "<!-- rules:begin -->\n"
    let end = "<!-- rules:end -->"
    let start = try #require(text.range(of: begin))
    let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
    let current = String(text[start.upperBound..<stop.lowerBound])
    let table = RuleReference().markdown()
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1", current != table {
      try (text[..<start.upperBound] + table + text[stop.lowerBound...]).write(
        to: Self.readme, atomically: true, encoding: .utf8)
      Issue.record("README rule table rewritten")
      return
    }
    #expect(current == table, "run RECORD_GOLDENS=1 swift test --filter RuleRegistryTests")
  }

  @Test func referenceTables() {
    let reference = RuleReference(rules: [TestPlaceholderRule.description, TestBadWordRule.description])
    #expect(
      reference.markdown() == """
        | 规则 | 默认级别 | 自动修复 | 说明 |
        |---|---|---|---|
        | `placeholder.testxx` | warning | 是 | 测试用：未填的 XX |
        | `wording.testbad` | error | 否 | 测试用：坏词 |

        """)
    #expect(reference.text().hasPrefix("placeholder.testxx  warning  可修复  测试用：未填的 XX\n"))
  }
}

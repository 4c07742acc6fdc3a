import Foundation
import ReportOutline
import Testing

@testable import ReportLint
@testable import ReportText

/// What the rules for the mistakes of real drafts share: examples after Chinese text, complete fixes, silence on
/// the example drafts and on a generated draft, linear time.
@Suite struct FormRulesTests {
  static let rules: [any LintRule.Type] = [
    MarkdownMarkRule.self, NumberChineseYearRule.self, NumberNegativeGrowthRule.self, NumberRatioSignRule.self,
    EmptyPlaceholderRule.self, PunctuationDashRule.self, WordingDeDiDeRule.self,
  ]

  @Test(arguments: rules.map { ObjectIdentifier($0) })
  func examplesBehaveAfterChineseText(_ id: ObjectIdentifier) {
    let rule = Self.rules.first { ObjectIdentifier($0) == id }!
    #expect(rule.description.triggering.count >= 2 && rule.description.nonTriggering.count >= 2)
    for text in rule.description.triggering {
      let found = TextRuleHarness.findings(rule, text)
      #expect(!found.isEmpty, "\(rule.description.id) should trigger on \(text)")
      // The same text after a paragraph of Chinese: the same findings, one line further down.
      let moved = TextRuleHarness.findings(rule, "各位代表：\n全镇上下团结一心，各项工作稳步推进。\n" + text)
      #expect(
        moved.map { "\($0.range.lowerBound.line - 2):\($0.range.lowerBound.column)" }
          == found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" },
        "\(rule.description.id): \(text)")
    }
    for text in rule.description.nonTriggering {
      #expect(TextRuleHarness.findings(rule, text).isEmpty, "\(rule.description.id) should not trigger on \(text)")
    }
  }

  /// Applying a rule's fixes to its triggering examples leaves nothing the fixes could have handled.
  @Test(arguments: rules.filter { $0.description.hasFix }.map { ObjectIdentifier($0) })
  func fixesAreComplete(_ id: ObjectIdentifier) {
    let rule = Self.rules.first { ObjectIdentifier($0) == id }!
    for text in rule.description.triggering {
      let fixed = TextRuleHarness.fixed(rule, text)
      let left = TextRuleHarness.findings(rule, fixed).filter { $0.fix != nil }
      #expect(left.isEmpty, "\(rule.description.id): \(fixed)")
    }
  }

  @Test func draftsProduceNoFinding() throws {
    let files = try FileManager.default.contentsOfDirectory(
      at: TextRuleHarness.draftsDirectory, includingPropertiesForKeys: nil
    )
    .filter { ["txt", "md"].contains($0.pathExtension) }
    #expect(!files.isEmpty, "Examples/drafts is missing")
    for file in files {
      let source = SourceText(path: file.lastPathComponent, string: try String(contentsOf: file, encoding: .utf8))
      let found = Linter(rules: Self.rules, model: TextRuleHarness.model).lint(source)
      #expect(
        found.isEmpty, "\(file.lastPathComponent): \(found.map { "\($0.range.lowerBound) \($0.ruleID) \($0.message)" })"
      )
    }
  }

  /// A long line without line ends, full of the marks the rules stop at, stays fast.
  @Test func longLinesStayLinear() {
    let piece = "积极的推进，完成的很好，增长-5%，二二五年，3:1，10:30，--，－－，**加粗**，我代表，第届，：。一是。%"
    let text = "各位代表：\n" + String(repeating: piece, count: 3000)
    let source = SourceText(path: "t.txt", string: text)
    let context = LintContext(source: source, outline: Outline(parsing: source), model: TextRuleHarness.model)
    let clock = ContinuousClock()
    for rule in Self.rules {
      var found: [Finding] = []
      let elapsed = clock.measure { rule.init().check(context, into: &found) }
      #expect(elapsed < .seconds(5), "\(rule.description.id)")
    }
  }

  /// Runs of marks and odd bytes at the ends of a text do not crash a rule.
  @Test func edgesOfTheText() {
    for text in [
      "", "-", "--", "：", "%", "年", "一是。", "我代表", "日在上", "**", "##", "1:", ":1", "二二五", "积极的", "完成的很", "增长-", "――",
      "\u{FEFF}——", "二〇二五年\n##", "9:", "：；",
    ] {
      for rule in Self.rules { _ = TextRuleHarness.findings(rule, text) }
    }
  }
}

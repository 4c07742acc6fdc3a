import Foundation
import ReportModel
import ReportOutline
import Testing

@testable import ReportLint
@testable import ReportText

/// Runs one rule on a text, as the linter does, for the rule-family tests.
enum TextRuleHarness {
  static let model: StructureModel = try! StructureModel.loadDefault()

  static func findings(_ rule: any LintRule.Type, _ text: String, localTerms: [String] = []) -> [Finding] {
    Linter(rules: [rule], model: model, localTerms: localTerms).lint(SourceText(path: "t.txt", string: text))
  }

  /// `line:column` of each finding.
  static func positions(_ rule: any LintRule.Type, _ text: String) -> [String] {
    findings(rule, text).map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" }
  }

  /// The text with every fix of the rule applied.
  static func fixed(_ rule: any LintRule.Type, _ text: String) -> String {
    let source = SourceText(path: "t.txt", string: text)
    let fixes = findings(rule, text).compactMap(\.fix)
    return String(decoding: Linter.applying(fixes, to: source.bytes), as: UTF8.self)
  }

  static let myRules: [any LintRule.Type] = [
    NumberInconsistentRule.self,
    NumberPartsExceedTotalRule.self,
    NumberRangeFormatRule.self,
    NumberRateRangeRule.self,
    PunctuationDengRule.self, PunctuationQuotesRule.self, PunctuationRepeatRule.self, PunctuationWidthRule.self,
    WordingConfusableRule.self,
    WordingFormulationRule.self,
  ]

  /// The generated drafts next to the sources.
  static var draftsDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Examples/drafts")
  }
}

@Suite struct PunctuationRulesTests {
  @Test(arguments: TextRuleHarness.myRules.map { ObjectIdentifier($0) })
  func examplesBehave(_ id: ObjectIdentifier) {
    let rule = TextRuleHarness.myRules.first { ObjectIdentifier($0) == id }!
    #expect(rule.description.triggering.count >= 2 && rule.description.nonTriggering.count >= 2)
    for text in rule.description.triggering {
      #expect(!TextRuleHarness.findings(rule, text).isEmpty, "\(rule.description.id) should trigger on \(text)")
      #expect(!TextRuleHarness.findings(rule, "各位代表：\n全镇上下，" + text).isEmpty)
    }
    for text in rule.description.nonTriggering {
      #expect(TextRuleHarness.findings(rule, text).isEmpty, "\(rule.description.id) should not trigger on \(text)")
    }
  }

  /// Applying a rule's fixes to its triggering examples leaves nothing that the fixes could have handled.
  @Test(arguments: TextRuleHarness.myRules.filter { $0.description.hasFix }.map { ObjectIdentifier($0) })
  func fixesAreComplete(_ id: ObjectIdentifier) {
    let rule = TextRuleHarness.myRules.first { ObjectIdentifier($0) == id }!
    for text in rule.description.triggering {
      let fixed = TextRuleHarness.fixed(rule, text)
      let left = TextRuleHarness.findings(rule, fixed).filter { $0.fix != nil }
      #expect(left.isEmpty, "\(rule.description.id): \(fixed)")
    }
  }

  @Test func myRulesAreListedInOrder() {
    let ids = LintRules.all.map { $0.description.id }
    #expect(ids == ids.sorted() && Set(ids).count == ids.count)
    for rule in TextRuleHarness.myRules { #expect(LintRules.rule(forID: rule.description.id) != nil) }
  }

  @Test func widthReportsHalfWidthCommaAfterChinese() {
    let text = "各位代表：\n今年以来,全镇经济稳中有进(见附表)。"
    #expect(TextRuleHarness.positions(PunctuationWidthRule.self, text) == ["2:5", "2:14", "2:18"])
    #expect(TextRuleHarness.fixed(PunctuationWidthRule.self, text) == "各位代表：\n今年以来，全镇经济稳中有进（见附表）。")
  }

  @Test func widthSkipsNumbersTimesURLsAndLatin() {
    for text in [
      "全镇人口1,250人，8:30开会。", "网址:https://a.gov.cn/x,y 见附件。", "英文标语“Go, team!”在此。", "详见[链接](https://a.cn)。",
      "邮箱abc,def@qq.com可用。", "版本v1.5(beta)已上线。",
    ] {
      #expect(TextRuleHarness.findings(PunctuationWidthRule.self, text).isEmpty, "\(text)")
    }
  }

  @Test func quotesPairLeftAndRight() {
    let text = "各位代表：\n深入实施\"八八战略\"和'千万工程'。"
    #expect(TextRuleHarness.positions(PunctuationQuotesRule.self, text) == ["2:5", "2:10", "2:12", "2:17"])
    #expect(TextRuleHarness.fixed(PunctuationQuotesRule.self, text) == "各位代表：\n深入实施“八八战略”和‘千万工程’。")
  }

  @Test func quotesSkipQuotedEnglishApostrophesAndURLs() {
    for text in ["口号是 \"Go green\" ，大家好。", "He's here 在这里。", "见 https://a.cn/?q=\"x\" 页面。"] {
      #expect(TextRuleHarness.findings(PunctuationQuotesRule.self, text).isEmpty, "\(text)")
    }
  }

  @Test func unpairedQuoteIsReportedWithoutFix() {
    let found = TextRuleHarness.findings(PunctuationQuotesRule.self, "深入实施\"八八战略。")
    #expect(found.count == 1 && found[0].fix == nil)
  }

  @Test func repeatKeepsOne() {
    let text = "各位代表：\n完成目标任务。。加强生态保护，，，推进发展。"
    #expect(TextRuleHarness.positions(PunctuationRepeatRule.self, text) == ["2:7", "2:15"])
    #expect(TextRuleHarness.fixed(PunctuationRepeatRule.self, text) == "各位代表：\n完成目标任务。加强生态保护，推进发展。")
  }

  @Test func dengDropsTheEnumerationComma() {
    let text = "各位代表：\n整治交通、消防、等隐患，推进网络安全、等级保护。"
    #expect(TextRuleHarness.positions(PunctuationDengRule.self, text) == ["2:8"])
    #expect(TextRuleHarness.fixed(PunctuationDengRule.self, text) == "各位代表：\n整治交通、消防等隐患，推进网络安全、等级保护。")
  }

  @Test func draftsProduceNoFinding() throws {
    let files = try FileManager.default.contentsOfDirectory(
      at: TextRuleHarness.draftsDirectory, includingPropertiesForKeys: nil
    )
    .filter { ["txt", "md"].contains($0.pathExtension) }
    #expect(!files.isEmpty, "Examples/drafts is missing")
    for file in files {
      let source = SourceText(path: file.lastPathComponent, string: try String(contentsOf: file, encoding: .utf8))
      let found = Linter(rules: TextRuleHarness.myRules, model: TextRuleHarness.model).lint(source)
      #expect(
        found.isEmpty, "\(file.lastPathComponent): \(found.map { "\($0.range.lowerBound) \($0.ruleID) \($0.message)" })"
      )
    }
  }

  /// Prints per-rule counts and every finding on the corpus, for reading; absent corpus is said, not failed.
  @Test func corpusFindings() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
      print("corpus absent at \(dir.path): skipped")
      return
    }
    var counts: [String: Int] = [:]
    var lines: [String] = []
    for name in names.sorted() where name.hasSuffix(".txt") {
      let source = SourceText(
        path: name, string: try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
      for f in Linter(rules: TextRuleHarness.myRules, model: TextRuleHarness.model).lint(source) {
        counts[f.ruleID, default: 0] += 1
        let text = source.text(ofLine: f.range.lowerBound.line)
        lines.append(
          "\(name):\(f.range.lowerBound) \(f.ruleID) \(f.message) | \(text.prefix(0))\(source.text(max(0, f.range.lowerBound.offset - 30)..<min(source.bytes.count, f.range.upperBound.offset + 30)))"
        )
      }
    }
    lines.append("COUNTS \(counts.sorted { $0.key < $1.key })")
    if let out = ProcessInfo.processInfo.environment["CORPUS_FINDINGS"] {
      try lines.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
  }
}

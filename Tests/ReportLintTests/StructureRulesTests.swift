import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportLint

/// Runs single rules over texts for the rule tests.
enum RuleHarness {
  static let model: StructureModel =
    (try? StructureModel.loadDefault())
    ?? StructureModel(
      version: StructureModel.currentVersion, sources: [], genres: [], topics: [], openingPhrases: [])

  static func findings(_ rule: any LintRule.Type, _ text: String, path: String = "test.txt") -> [Finding] {
    Linter(rules: [rule], model: model).lint(SourceText(path: path, string: text))
  }

  /// `line:column` of each finding's start.
  static func positions(_ rule: any LintRule.Type, _ text: String) -> [String] {
    findings(rule, text).map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" }
  }

  static func fixed(_ rule: any LintRule.Type, _ text: String) -> String {
    let fixes = findings(rule, text).compactMap(\.fix)
    return String(decoding: Linter.applying(fixes, to: Array(text.utf8)), as: UTF8.self)
  }

  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// The example drafts under Examples/drafts.
  static func drafts() -> [(String, String)] {
    let dir = repositoryRoot.appendingPathComponent("Examples/drafts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().compactMap { name in
      (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
    }
  }

  /// What is wrong with a rule's examples, and drafts it reports on; empty when all is well.
  static func checkExamples(_ rule: any LintRule.Type) -> [String] {
    var problems: [String] = []
    for text in rule.description.triggering {
      if findings(rule, text).isEmpty { problems.append("no finding: \(text)") }
    }
    for text in rule.description.nonTriggering where !findings(rule, text).isEmpty {
      problems.append("finding: \(text) \(findings(rule, text).map(\.message))")
    }
    for (name, text) in drafts() where !findings(rule, text, path: name).isEmpty {
      problems.append(
        "draft \(name): \(findings(rule, text, path: name).map { "\($0.range.lowerBound.line):\($0.message)" })")
    }
    return problems
  }
}

extension RuleHarness {
  /// The reference reports under ../shared/corpus, or none when that folder is absent.
  static func corpus(_ directory: String? = nil) -> [(String, String)] {
    let dir =
      directory.map { URL(fileURLWithPath: $0) }
      ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    // The corpus folder's README.md is not a report; a directory given by hand may hold Markdown reports.
    return names.filter { $0.hasSuffix(".txt") || (directory != nil && $0.hasSuffix(".md")) }.sorted().compactMap {
      name in
      (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
    }
  }
}

@Suite struct CorpusRunTests {
  /// With `LINT_CORPUS=1` (or a directory), prints every finding of these rules on the reference reports for review.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["LINT_CORPUS"] != nil)) func printCorpusFindings() {
    let directory = ProcessInfo.processInfo.environment["LINT_CORPUS"].flatMap { $0 == "1" ? nil : $0 }
    let corpus = RuleHarness.corpus(directory)
    if corpus.isEmpty { print("../shared/corpus is absent: nothing to lint") }
    var counts: [String: Int] = [:]
    for (name, text) in corpus {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for rule in LintRules.all {
        for f in RuleHarness.findings(rule, text, path: name) {
          counts[f.ruleID, default: 0] += 1
          let line = lines[f.range.lowerBound.line - 1].prefix(40)
          print(
            "CORPUS \(name):\(f.range.lowerBound.line):\(f.range.lowerBound.column) \(f.ruleID) \(f.message) | \(line)")
        }
      }
    }
    print("COUNTS \(counts.sorted { $0.key < $1.key })")
  }
}

@Suite struct StructureRulesTests {
  @Test(
    arguments: [EmptySectionRule.self, MissingPartRule.self, PartOrderRule.self, SectionCountRule.self]
      as [any LintRule.Type])
  func examplesAndDrafts(_ rule: any LintRule.Type) {
    #expect(RuleHarness.checkExamples(rule) == [])
  }

  @Test func missingPartSitsOnTheTitle() {
    let text = "\n石桥镇2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n（一）农业生产稳定。全年粮食播种面积3.1万亩。\n（二）环境整治有力。清理河道垃圾120吨。\n"
    let found = RuleHarness.findings(MissingPartRule.self, text)
    #expect(found.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column)" } == ["2:1", "2:1"])
    #expect(found.contains { $0.message.contains("问题与不足") })
    #expect(found.contains { $0.message.contains("工作安排") })
  }

  /// Problems set out inside the plan's opening, in the genre's firm words, are there though no paragraph opens
  /// on them.
  @Test func problemsSetOutInThePlanAreNotMissing() {
    let text = """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      二、2025年工作计划
      当前，石桥发展正处在爬坡过坎的关键阶段，还面临不少问题和挑战：产业层次不高，公共服务短板明显。为此，我们将着力做好以下工作。
      （一）稳住农业基本盘。新建高标准农田2000亩。
      """
    #expect(RuleHarness.findings(MissingPartRule.self, text).isEmpty)
  }

  @Test func partOrderSitsOnTheLatePart() {
    let text =
      "石桥镇2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n（一）农业生产稳定。全年粮食播种面积3.1万亩。\n二、2025年工作计划\n（一）稳住农业基本盘。新建高标准农田2000亩。\n三、存在的问题\n产业基础薄弱，人才短缺。\n"
    #expect(RuleHarness.positions(PartOrderRule.self, text) == ["7:1"])
  }

  @Test func emptySectionSitsOnTheHeading() {
    let text = "一、2024年工作回顾\n（一）农业生产\n全年粮食播种面积3.1万亩。\n（二）社会事业\n（三）环境整治\n清理河道垃圾120吨。\n"
    #expect(RuleHarness.positions(EmptySectionRule.self, text) == ["4:1"])
  }

  @Test func sectionCountSitsOnThePartHeading() {
    let rule = SectionCountRule.self
    let text = rule.description.triggering[1]
    #expect(RuleHarness.positions(rule, text) == ["5:1"])
  }

  @Test func draftsProduceNoFindingFromAnyRule() {
    let drafts = RuleHarness.drafts()
    #expect(!drafts.isEmpty, "Examples/drafts holds no drafts")
    for (name, text) in drafts {
      for rule in LintRules.all {
        let found = RuleHarness.findings(rule, text, path: name)
        #expect(found.isEmpty, "\(name): \(found.map { "\($0.range.lowerBound.line): \($0.ruleID) \($0.message)" })")
      }
    }
  }

  @Test func ruleListIsSortedByID() {
    let ids = LintRules.all.map { $0.description.id }
    #expect(ids == ids.sorted())
    #expect(Set(ids).count == ids.count)
  }
}

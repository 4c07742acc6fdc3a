import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportLint

/// The ecosystem check: every rule run over the published reports of `../shared/corpus-annual` and the township
/// reports of `../shared/corpus`, its findings compared with the verdicts a reader gave them.
///
/// `Fixtures/ecosystem/verdicts.tsv` holds one row per file, line and rule that lint reports there — file, line,
/// rule, how many findings, and the verdict: `true` (a real defect of the text as it stands) or `false` (a false
/// alarm). No text of the reports is kept. The test fails when lint reports something that nobody has judged
/// (a new finding, or more of them on a line), something judged false, or loses a finding judged true: a rule
/// change shows on these corpora before it lands. `RECORD_VERDICTS=1` rewrites the file from the current
/// findings, keeping the verdicts given and marking new rows `unjudged` for a reader to decide.
@Suite(
  .enabled(
    if: EcosystemCheck.hasCorpora, "../shared/corpus 与 ../shared/corpus-annual 不存在，跳过生态检查（the corpora are absent）"))
struct EcosystemTests {
  @Test func findingsOnPublishedReportsAreJudged() throws {
    let current = try EcosystemCheck.currentCounts()
    let recorded = try EcosystemCheck.readVerdicts()
    if ProcessInfo.processInfo.environment["RECORD_VERDICTS"] == "1" {
      try EcosystemCheck.write(current: current, keeping: recorded)
    }
    var problems: [String] = []
    for (key, count) in current.sorted(by: { $0.key < $1.key }) {
      guard let row = recorded[key] else {
        problems.append("unjudged: \(key.description) ×\(count)")
        continue
      }
      if row.verdict != "true" { problems.append("\(row.verdict): \(key.description) ×\(count)") }
      if count > row.count { problems.append("more than judged: \(key.description) ×\(count), judged ×\(row.count)") }
      if count < row.count, row.verdict == "true" {
        problems.append("lost a true finding: \(key.description) ×\(count), judged ×\(row.count)")
      }
    }
    for (key, row) in recorded where current[key] == nil && row.verdict == "true" {
      problems.append("lost a true finding: \(key.description), judged ×\(row.count)")
    }
    if !problems.isEmpty {
      let shown = problems.sorted().prefix(40).joined(separator: "\n")
      Issue.record("\(problems.count) differences from Fixtures/ecosystem/verdicts.tsv:\n\(shown)")
    }
  }

  /// Precision per rule family on `corpus-annual`, from the verdicts: at least 0.95 in each.
  @Test func precisionPerFamilyOnPublishedReports() throws {
    let recorded = try EcosystemCheck.readVerdicts()
    var judged: [String: (true: Int, all: Int)] = [:]
    for (key, row) in recorded where key.file.hasPrefix("corpus-annual/") && row.verdict != "unjudged" {
      let family = String(key.rule.prefix { $0 != "." })
      var entry = judged[family] ?? (0, 0)
      entry.all += row.count
      if row.verdict == "true" { entry.true += row.count }
      judged[family] = entry
    }
    for (family, entry) in judged.sorted(by: { $0.key < $1.key }) {
      let precision = Double(entry.true) / Double(max(1, entry.all))
      #expect(precision >= 0.95, "\(family): \(entry.true)/\(entry.all) = \(precision)")
    }
  }
}

enum EcosystemCheck {
  /// A file (relative to `../shared`), a line and a rule.
  struct Key: Hashable, Comparable, CustomStringConvertible {
    var file: String
    var line: Int
    var rule: String

    static func < (a: Key, b: Key) -> Bool { (a.file, a.line, a.rule) < (b.file, b.line, b.rule) }
    var description: String { "\(file):\(line) \(rule)" }
  }

  struct Row {
    var count: Int
    var verdict: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static let corpora = ["corpus-annual", "corpus"]
  static let verdictsURL = packageRoot.appendingPathComponent("Tests/ReportLintTests/Fixtures/ecosystem/verdicts.tsv")

  static var hasCorpora: Bool {
    corpora.allSatisfy { FileManager.default.fileExists(atPath: shared.appendingPathComponent($0).path) }
  }

  /// The reports, as paths relative to `../shared`, sorted.
  static func reports() throws -> [String] {
    try corpora.flatMap { corpus in
      try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent(corpus).path)
        .filter { $0.hasSuffix(".txt") }.sorted().map { "\(corpus)/\($0)" }
    }
  }

  /// How many findings lint gives per file, line and rule, with the shipped model and no config, linting the
  /// reports on all cores.
  static func currentCounts() throws -> [Key: Int] {
    let linter = Linter(rules: LintRules.all, model: try StructureModel.loadDefault())
    let names = try reports()
    let results = Results(count: names.count)
    DispatchQueue.concurrentPerform(iterations: names.count) { k in
      let path = shared.appendingPathComponent(names[k]).path
      guard let source = try? SourceText(contentsOfFile: path) else { return }
      results.set(k, linter.lint(source).map { ($0.range.lowerBound.line, $0.ruleID) })
    }
    var counts: [Key: Int] = [:]
    for (k, name) in names.enumerated() {
      for (line, rule) in results.get(k) { counts[Key(file: name, line: line, rule: rule), default: 0] += 1 }
    }
    return counts
  }

  static func readVerdicts() throws -> [Key: Row] {
    guard let text = try? String(contentsOf: verdictsURL, encoding: .utf8) else { return [:] }
    var rows: [Key: Row] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 5, let number = Int(cells[1]), let count = Int(cells[3]) else { continue }
      rows[Key(file: cells[0], line: number, rule: cells[2])] = Row(count: count, verdict: cells[4])
    }
    return rows
  }

  static let header = """
    # Verdicts on what lint reports on ../shared/corpus-annual and ../shared/corpus (see EcosystemTests).
    # file<TAB>line<TAB>rule<TAB>findings<TAB>verdict: true = a real defect of the text as it stands,
    # false = a false alarm (the test fails while it is reported), unjudged = nobody has read it yet.

    """

  /// Rewrites the file from `current`, keeping the verdicts in `recorded`.
  static func write(current: [Key: Int], keeping recorded: [Key: Row]) throws {
    var text = header
    for (key, count) in current.sorted(by: { $0.key < $1.key }) {
      let verdict = recorded[key]?.verdict ?? "unjudged"
      text += "\(key.file)\t\(key.line)\t\(key.rule)\t\(count)\t\(verdict)\n"
    }
    try FileManager.default.createDirectory(
      at: verdictsURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: verdictsURL, atomically: true, encoding: .utf8)
  }

  /// Per-report results written from concurrent lints.
  final class Results: @unchecked Sendable {
    private var slots: [[(Int, String)]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ k: Int, _ value: [(Int, String)]) { lock.withLock { slots[k] = value } }
    func get(_ k: Int) -> [(Int, String)] { lock.withLock { slots[k] } }
  }
}

import Foundation
import ReportText

@testable import ReportOutline

/// Parses a text written in the test.
func outline(_ text: String, path: String = "test.txt") -> Outline {
  Outline(parsing: SourceText(path: path, string: text))
}

/// TSV rows `(line, kind)` of an outline, parts and headings only.
func rows(_ outline: Outline, kinds: Set<String>? = nil) -> [String] {
  OutlineTSVWriter().write(outline).split(separator: "\n").compactMap { row in
    let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
    guard cols.count >= 2 else { return nil }
    if let kinds, !kinds.contains(String(cols[1])) { return nil }
    return "\(cols[0]) \(cols[1])"
  }
}

/// Folders beside the package: the package root and `../shared`.
enum Paths {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static let corpus = shared.appendingPathComponent("corpus")
  static var hasCorpus: Bool {
    FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold").path)
  }
  static let corpusAnnual = shared.appendingPathComponent("corpus-annual")
  static var hasCorpusAnnual: Bool {
    FileManager.default.fileExists(atPath: corpusAnnual.appendingPathComponent("annual-2024-guowuyuan.txt").path)
  }
  /// The `.txt` reports of `corpus-annual`, sorted by name.
  static var corpusAnnualReports: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusAnnual.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { corpusAnnual.appendingPathComponent($0) }
  }
}

/// Scores outlines against gold rows as `../shared/tools/score-outline` does: rows at `any` lines are
/// ignored, parts and headings (h1, h2) are scored separately.
struct OutlineScore {
  static let parts: Set<String> = ["title", "preamble", "review", "thanks", "problems", "plan", "guidance", "targets", "closing"]
  static let headings: Set<String> = ["h1", "h2"]

  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  var misses: [String] = []

  var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
  var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  static func rows(_ tsv: String) -> Set<Pair> {
    var out = Set<Pair>()
    for raw in tsv.split(separator: "\n") {
      let cols = raw.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count >= 2, let line = Int(cols[0].trimmingCharacters(in: .whitespaces)) else { continue }
      out.insert(Pair(line: line, kind: cols[1].trimmingCharacters(in: .whitespaces)))
    }
    return out
  }

  struct Pair: Hashable, Comparable {
    var line: Int
    var kind: String
    static func < (a: Pair, b: Pair) -> Bool { (a.line, a.kind) < (b.line, b.kind) }
  }

  mutating func add(gold: Set<Pair>, predicted: Set<Pair>, kinds: Set<String>, name: String) {
    let loose = Set(gold.filter { $0.kind == "any" }.map(\.line))
    let g = gold.filter { kinds.contains($0.kind) }
    let p = predicted.filter { kinds.contains($0.kind) && !loose.contains($0.line) }
    let hits = g.intersection(p).count
    truePositives += hits
    falsePositives += p.count - hits
    falseNegatives += g.count - hits
    for extra in p.subtracting(g).sorted() { misses.append("\(name): extra \(extra.line) \(extra.kind)") }
    for missing in g.subtracting(p).sorted() { misses.append("\(name): missing \(missing.line) \(missing.kind)") }
  }
}

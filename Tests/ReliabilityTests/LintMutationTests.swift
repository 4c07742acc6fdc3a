import ReportModel
import ReportOutline
import ReportText
import Testing

@testable import ReportLint

/// Linting a damaged report: findings inside the text, fixes that change only what they say, in valid UTF-8,
/// and `fixing` that changes nothing the second time.
@Suite struct LintMutationTests {
  static let casesPerSeed = 6
  static let linter = Linter(rules: LintRules.all, model: try! StructureModel.loadDefault())

  @Test(arguments: Seeds.reports)
  func fixesAreLocalAndIdempotent(_ seed: Seed) {
    for number in MutationCase.numbers("lint", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "lint", seed: seed, number: number)
      let source = SourceText(path: number % 3 == 2 ? "input.md" : "input.txt", string: c.text)
      Self.check(source, &c)
      c.report()
    }
    MutationCase.summarize(["lint", "lint --fix"], after: seed, of: Seeds.reports)
  }

  static func check(_ source: SourceText, _ c: inout MutationCase) {
    let linter = Self.linter
    let findings = TimeBudget.measure(&c, property: "lint") { linter.lintHonoringComments(source) }
    let count = source.bytes.count
    for finding in findings {
      c.checkRange(finding.range, in: source, "finding \(finding.ruleID)")
      for edit in finding.fix?.edits ?? [] {
        let r = edit.range
        c.check(
          r.lowerBound >= 0 && r.lowerBound <= r.upperBound && r.upperBound <= count,
          "fix of \(finding.ruleID): edit \(r) outside 0..<\(count)")
      }
    }
    // The first round: the fixes applied, and the text outside their edits kept byte for byte.
    let fixes = Linter.nonOverlapping(findings.compactMap(\.fix))
    let edits = fixes.flatMap(\.edits).sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    for (a, b) in zip(edits, edits.dropFirst()) where b.range.lowerBound < a.range.upperBound {
      c.problems.append("fix edits overlap: \(a.range) and \(b.range)")
    }
    guard edits.allSatisfy({ $0.range.lowerBound >= 0 && $0.range.upperBound <= count }) else { return }
    var expected: [UInt8] = []
    var i = 0
    for edit in edits where edit.range.lowerBound >= i {
      expected += source.bytes[i..<edit.range.lowerBound]
      expected += Array(edit.replacement.utf8)
      i = edit.range.upperBound
    }
    expected += source.bytes[i...]
    let applied = Linter.applying(fixes, to: source.bytes)
    c.check(applied == expected, "Linter.applying changed text outside the edits of the fixes it was given")
    c.check(
      String(validating: applied, as: UTF8.self) != nil, "fixed text is not valid UTF-8 (an edit splits a character)")
    let firstRound = linter.fixing(source, maximumRounds: 1).text
    c.check(
      firstRound.bytes == SourceText(path: source.path, utf8: applied).bytes,
      "one round of fixing differs from applying the reported fixes")
    // Idempotence: fixing the fixed text changes nothing.
    let (fixed, again) = TimeBudget.measure(&c, property: "lint --fix", passes: 12) {
      let once = linter.fixing(source).text
      return (once, linter.fixing(once).text)
    }
    c.check(again.bytes == fixed.bytes, "fixing is not idempotent: \(firstDifference(fixed.bytes, again.bytes))")
    c.check(String(validating: fixed.bytes, as: UTF8.self) != nil, "fixed text is not valid UTF-8")
  }

  static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let sa = String(decoding: a[max(0, k - 20)..<min(a.count, k + 30)], as: UTF8.self)
    let sb = String(decoding: b[max(0, k - 20)..<min(b.count, k + 30)], as: UTF8.self)
    return "at byte \(k): \(sa.debugDescription) became \(sb.debugDescription)"
  }
}

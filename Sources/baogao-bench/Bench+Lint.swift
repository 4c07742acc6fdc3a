import Foundation
import ReportLint
import ReportModel
import ReportText

extension Bench {
  /// The lint stage: the outline stage's input (corpus ×100 as one text) linted with every rule, inline
  /// comments honoured; best of `--runs`.
  static func lint(_ options: Options) throws {
    let input = try corpusInput(options)
    let linter = Linter(rules: LintRules.all, model: try StructureModel.loadDefault())
    var findings = 0
    let seconds = best(options.runs) {
      let source = SourceText(path: "bench.txt", utf8: input)
      findings = linter.lintHonoringComments(source).count
    }
    let mbps = Double(input.count) / 1e6 / seconds
    print(
      "lint: \(megabytes(input.count)) input, \(LintRules.all.count) rules, \(findings) findings, best of \(options.runs): \(String(format: "%.3f", seconds)) s"
    )
    print("lint: \(String(format: "%.1f", mbps)) MB/s")
  }
}

import Foundation
import ReportLint
import ReportModel
import ReportOutline
import ReportText

extension Bench {
  /// The lint stage: the outline stage's input (corpus ×100 as one text) linted with every rule, inline
  /// comments honoured; best of `--runs`. Then the share of each rule and of the outline parse, so a slow
  /// rule shows by name.
  static func lint(_ options: Options) throws {
    let input = try corpusInput(options)
    let model = try StructureModel.loadDefault()
    let linter = Linter(rules: LintRules.all, model: model)
    var findings = 0
    let seconds = best(options.runs) {
      let source = SourceText(path: "bench.txt", utf8: input)
      findings = linter.lintHonoringComments(source).count
    }
    let mbps = Double(input.count) / 1e6 / seconds
    print(
      "lint: \(megabytes(input.count)) input, \(LintRules.all.count) rules, \(findings) findings, best of \(options.runs): \(String(format: "%.3f", seconds)) s"
    )

    var outline: Outline?
    let parse = best(1) { outline = Outline(parsing: SourceText(path: "bench.txt", utf8: input)) }
    let context = LintContext(source: outline!.source, outline: outline!, model: model)
    let scan = best(1) { _ = context.quantities }
    var rows = [
      ["outline parse", String(format: "%.3f s", parse)], ["quantity scan", String(format: "%.3f s", scan)],
    ]
    for rule in LintRules.all {
      let time = best(1) {
        var found: [Finding] = []
        rule.init().check(context, into: &found)
      }
      rows.append([rule.description.id, String(format: "%.3f s", time)])
    }
    print(TextTable(indent: 2, rows: rows).render(), terminator: "")
    print("lint: \(String(format: "%.1f", mbps)) MB/s")
  }
}

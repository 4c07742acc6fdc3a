import ReportCompare
import ReportData
import ReportInduce
import ReportModel
import ReportOutline
import ReportTemplate
import ReportText
import Testing

/// Comparing and inducing damaged reports: no crash, a score in 0…100, and an induced template that renders
/// the report back in the writer's layout.
@Suite struct InduceCompareMutationTests {
  static let casesPerSeed = 6
  static let model = try! StructureModel.loadDefault()

  @Test(arguments: Seeds.reports)
  func compareAndInduceHold(_ seed: Seed) {
    for number in MutationCase.numbers("induce", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "induce", seed: seed, number: number)
      let outline = Outline(parsing: SourceText(path: number % 3 == 2 ? "input.md" : "input.txt", string: c.text))
      Self.check(outline, &c)
      c.report()
    }
    MutationCase.summarize(["compare", "induce", "generate"], after: seed, of: Seeds.reports)
  }

  static func check(_ outline: Outline, _ c: inout MutationCase) {
    let comparison = TimeBudget.measure(&c, property: "compare") {
      let shape = ReportShape(outline: outline, classifier: Self.model.topicClassifier)
      let comparison = Comparison(draft: shape, references: ReferenceSet(model: Self.model, genre: shape.genre))
      _ = ComparisonTextWriter.render([comparison])
      return comparison
    }
    c.check((0...100).contains(comparison.score), "comparison score \(comparison.score)")
    let (induction, expected) = TimeBudget.measure(&c, property: "induce", passes: 2) {
      (Induction(outline: outline), Induction.normalized(outline))
    }
    for item in induction.leftAsText { c.checkRange(item.range, in: outline.source, "left as text") }
    for slot in induction.slots { c.checkRange(slot.range, in: outline.source, "slot \(slot.key)") }
    do {
      let back = try TimeBudget.measure(&c, property: "generate", passes: 2) { () throws -> String in
        let template = try Template(path: "report.tpl", string: induction.template)
        let data = try DataDocument(parsing: induction.data, path: "data.yaml")
        let rendered = try template.render(data: data).text
        return DraftWriter(format: .text).write(DraftDocument(rendered: rendered))
      }
      if back != expected { c.problems.append("induce round trip: \(Self.firstDifference(back, expected))") }
    } catch {
      c.problems.append("the induced template or data does not render: \(error)")
    }
  }

  static func firstDifference(_ got: String, _ want: String) -> String {
    let a = got.split(separator: "\n", omittingEmptySubsequences: false)
    let b = want.split(separator: "\n", omittingEmptySubsequences: false)
    let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let line = { (lines: [Substring]) in k < lines.count ? String(lines[k].prefix(80)).debugDescription : "(none)" }
    return "first difference at output line \(k + 1): got \(line(a)), want \(line(b))"
  }
}

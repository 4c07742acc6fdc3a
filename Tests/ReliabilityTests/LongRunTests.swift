import ReportData
import ReportInduce
import ReportLint
import ReportModel
import ReportOutline
import ReportTemplate
import ReportText
import Testing

/// Very long runs of one unit (10,000 braces, spaces, markers…) inside a line and as lines of their own: every
/// stage stays within its time budget, which a quadratic scan over the run exceeds many times over.
@Suite struct LongRunTests {
  static let units =
    Mutator.runUnits + ["{{", "{%", "}}", "XX", "○", "【待补充", "##paidbegin##", "[bookmark: x]", "1．", "“"]
    // The passes that set the web page and the appendices aside, and that join broken headings.
    + ["全镇平稳。\n责任编辑：某某\n3", "各位代表！", "附件", "（\n三）", "一、", "——", "一是", "政 府 工 作 报 告"]
  static let runLength = 10_000

  static let report = "青山镇2024年上半年政府工作报告\n各位代表：\n一、上半年工作回顾\n全镇完成固定资产投资3.2亿元，同比增长5%。\n"
  static let data = "年份: 2024\n镇名: 青山镇\n指标:\n  投资: 3.2亿元\n"
  static let template = "% {{ 镇名 }}{{ 年份 }}年工作报告\n全镇完成投资{{ 指标.投资 }}。\n"

  @Test(arguments: units)
  func longRunsStayWithinBudget(_ unit: String) throws {
    let run = String(repeating: unit, count: Self.runLength)
    let lines = String(repeating: unit + "\n", count: Self.runLength / 10)
    for (k, text) in [Self.report + "全镇" + run + "完成。\n", Self.report + lines].enumerated() {
      let seed = Seed(
        name: "long-run \(unit.debugDescription) \(k == 0 ? "in a line" : "as lines")", bytes: Array(text.utf8))
      guard MutationCase.replayID == nil || MutationCase.replayID == "long/\(seed.name)#0" else { continue }
      var c = MutationCase(property: "long", seed: seed, number: 0)
      let source = SourceText(path: "input.txt", string: text)
      let outline = TimeBudget.measure(&c, property: "long outline") { Outline(parsing: source) }
      c.problems += OutlineCoverage.problems(outline)
      _ = TimeBudget.measure(&c, property: "long lint --fix", passes: 6) { LintMutationTests.linter.fixing(source) }
      _ = TimeBudget.measure(&c, property: "long lint output", passes: 2) { () -> Int in
        let file = LintedFile(source: source, findings: LintMutationTests.linter.lintHonoringComments(source))
        return LintJSONWriter().write([file]).utf8.count
      }
      _ = TimeBudget.measure(&c, property: "long induce", passes: 2) { Induction(outline: outline) }
      let dataText = Self.data + "  备注: " + run.replacingOccurrences(of: "\n", with: " ") + "\n"
      _ = TimeBudget.measure(&c, property: "long data") { try? DataDocument(parsing: dataText, path: "data.yaml") }
      _ = TimeBudget.measure(&c, property: "long template", passes: 2) { () -> String? in
        guard let template = try? Template(path: "t.tpl", string: Self.template + run + "\n"),
          let document = try? DataDocument(parsing: Self.data, path: "data.yaml")
        else { return nil }
        return try? template.render(data: document).text
      }
      c.report()
    }
    if unit == Self.units.last {
      for property in [
        "long outline", "long lint --fix", "long lint output", "long induce", "long data", "long template",
      ] {
        print(TimeBudget.shared.summary(property))
      }
    }
  }
}

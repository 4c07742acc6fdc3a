import ReportModel
import ReportOutline
import ReportText

extension PeriodRule {
  /// The closing's call to complete a year's tasks ("为全面完成2024年各项目标任务而努力奋斗") naming a year before
  /// the plan's: the year of the plan's heading (or the year after the review's, or of the meeting) in an annual
  /// report, of the title in a half-year report, of the plan in a summary and plan.
  ///
  /// Only a year right before the words of the tasks (目标任务、各项工作、工作任务…), after a verb of completing
  /// (完成、实现、做好、夺取、确保、推动、为) in the same clause, is read; a later year ("为实现2035年远景目标") is left
  /// alone.
  func checkClosing(_ context: LintContext, into findings: inout [Finding]) {
    let dating = ReportDating.of(context)
    let expected: Int?
    switch context.genre {
    case .annual, .halfYear: expected = dating.currentYear
    case .summaryPlan:
      expected = dating.titleYears.count == 2 ? dating.titleYears[1].value : dating.planYear?.value
    }
    guard let expected else { return }
    let bytes = context.source.bytes
    for part in context.outline.parts where part.role == .closing {
      for year in Self.years(in: ReportDating.bytes(part.range), bytes) where year.value < expected {
        guard Self.tasks.contains(where: { RuleBytes.matches($0, in: bytes, at: year.bytes.upperBound) }),
          Self.followsVerb(bytes, before: year.bytes.lowerBound)
        else { continue }
        findings.append(
          finding(
            context, year.bytes,
            "本报告的工作安排是\(expected)年的，结束语却说\(year.value)年的目标任务：请改为“\(expected)年”（可能沿用了旧报告）。"))
      }
    }
  }

  /// Whether a verb of completing stands before `start` in the clause, at most 8 characters back.
  private static func followsVerb(_ bytes: [UInt8], before start: Int) -> Bool {
    var i = start
    var count = 0
    while count < 8, let lo = RuleBytes.start(bytes, before: i), let scalar = RuleBytes.scalar(bytes, at: lo) {
      if ["，", "。", "；", "！", "？", "\n"].contains(scalar) { return false }
      if closingVerbs.contains(where: { RuleBytes.matches($0, in: bytes, at: lo) }) { return true }
      i = lo
      count += 1
    }
    return false
  }

  private static let closingVerbs = ["完成", "实现", "做好", "夺取", "确保", "推动", "为"].map { Array($0.utf8) }
  private static let tasks = [
    "各项目标任务", "目标任务", "各项工作任务", "工作任务", "各项任务", "经济社会发展", "各项工作", "工作目标", "全年目标",
    "的各项目标任务", "的目标任务", "度目标任务", "度各项目标任务", "各项既定目标", "既定目标", "全年各项",
  ].map { Array($0.utf8) }
}

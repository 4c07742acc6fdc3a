import Foundation
import ReportOutline
import ReportText
import Testing

@testable import ReportLint

/// Recall of the wording and date rules that judge a report by its own date and unit: each mistake is planted
/// into our fictional reports and, when `../shared/corpus` is present, the reference reports, where it fits the
/// report (a 乡's self-reference into a 镇's report, last year's tasks into the closing…), and the rule must report
/// it on the planted line. Uses the bases and checks of `RecallTests`.
@Suite struct WordingRecallTests {
  @Test(arguments: RecallBase.fixtures)
  func fixtureRecall(_ base: RecallBase) throws {
    try Self.run(base)
  }

  @Test(.enabled(if: !RecallBase.corpus.isEmpty, RecallBase.corpusAbsentMessage), arguments: RecallBase.corpus)
  func corpusRecall(_ base: RecallBase) throws {
    try Self.run(base)
  }

  /// Every defect is planted into at least one fixture report.
  @Test func everyDefectIsPlanted() throws {
    var planted = Set<String>()
    for base in RecallBase.fixtures {
      let source = SourceText(path: base.name, string: try base.read())
      let anchors = RecallAnchors(source: source, outline: Outline(parsing: source))
      planted.formUnion(Self.defects.compactMap { $0.plant(anchors) == nil ? nil : $0.name })
    }
    let missing = Self.defects.map(\.name).filter { !planted.contains($0) }
    #expect(missing.isEmpty, "defects planted into no fixture report: \(missing)")
  }

  static func run(_ base: RecallBase) throws {
    let source = SourceText(path: base.name, string: try base.read())
    let outline = Outline(parsing: source)
    let baseline = RecallCheck.linter.lint(outline)
    let anchors = RecallAnchors(source: source, outline: outline)
    for defect in defects {
      guard let planting = defect.plant(anchors) else { continue }
      RecallCheck.check(base, defect, planting, RecallCheck.newFindings(base, planting, baseline))
    }
  }

  static let defects: [RecallDefect] = [
    RecallDefect.sentence("formulation 新时代… without 习近平", "wording.formulation", "坚持以新时代中国特色社会主义思想为指导，扎实推进各项工作。"),
    RecallDefect.sentence("outdated 法制政府", "wording.outdated", "持续推进法制政府建设，规范行政执法行为。"),
    RecallDefect.sentence("five-year plan 2024收官", "date.five-year-plan", "2024年是“十四五”规划收官之年。"),
    // The 十七大 as the current guidance in the plan of a report of today.
    RecallDefect(name: "outdated congress in the plan", rule: "wording.outdated") { a in
      guard let line = a.firstBodyLine(in: [.plan, .guidance, .targets]) else { return nil }
      return a.appending("全面贯彻党的十七大精神，推动各项工作落地见效。", toLine: line)
    },
    // "今年" said to open a plan that does not start in the report's year.
    RecallDefect(name: "five-year plan 今年开局", rule: "date.five-year-plan") { a in
      let dating = ReportDating(a.context)
      guard let year = dating.currentYear, let line = a.firstBodyLine(in: [.plan, .guidance, .targets]) else {
        return nil
      }
      let plan = (2021...2025).contains(year) ? "十三五" : "十四五"
      return a.appending("今年是“\(plan)”规划开局之年。", toLine: line)
    },
    // Last year's tasks in the closing.
    RecallDefect(name: "closing names last year", rule: "date.period") { a in
      let dating = ReportDating(a.context)
      let expected: Int?
      switch a.context.genre {
      case .annual, .halfYear: expected = dating.currentYear
      case .summaryPlan: expected = dating.titleYears.count == 2 ? dating.titleYears[1].value : dating.planYear?.value
      }
      guard let expected, let closing = a.outline.parts.first(where: { $0.role == .closing }) else { return nil }
      return a.appending("让我们为全面完成\(expected - 1)年各项目标任务而努力奋斗！", toLine: closing.range.lowerBound.line)
    },
    // Another unit's self-reference.
    RecallDefect(name: "level of another unit", rule: "wording.level") { a in
      guard let unit = TownshipUnit.of(a.context), let line = a.bodyLines.first else { return nil }
      let sentence =
        switch unit {
        case .xiang: "全镇新建村级便民服务点5个。"
        case .zhen: "全乡新建村级便民服务点5个。"
        case .jiedao: "在镇党委的领导下，新建社区便民服务点5个。"
        }
      return a.appending(sentence, toLine: line)
    },
    // An annual report's meeting dated in the year it reviews.
    RecallDefect(name: "annual meeting in the year reviewed", rule: "date.dateline") { a in
      let dating = ReportDating(a.context)
      guard a.context.genre == .annual, let dateline = dating.dateline, let review = dating.reviewYear,
        let title = a.outline.titleBlock?.subtitle, title.range.lowerBound.offset <= dateline.bytes.lowerBound
      else { return nil }
      let day = dateline.day
      return a.replacing(
        [(dateline.bytes, "\(review.value)年\(day.month)月\(day.day)日")],
        reportedAt: a.source.location(of: dateline.bytes.lowerBound).line)
    },
    // A half-year report signed before the half ended.
    RecallDefect(name: "half-year report dated in June", rule: "date.dateline") { a in
      let dating = ReportDating(a.context)
      guard a.context.genre == .halfYear, dating.dateline == nil, let year = dating.currentYear else { return nil }
      let last = a.lines.count
      var copy = a.lines
      copy += ["", "某镇人民政府", "\(year)年6月10日"]
      return Planting(text: copy.joined(separator: "\n"), line: copy.count, lineMap: { $0 <= last ? $0 : nil })
    },
  ]
}

extension RecallAnchors {
  /// The first body line (one line, ending a sentence) of a part with one of `roles`, or of a paragraph playing
  /// one of them.
  func firstBodyLine(in roles: Set<PartRole>) -> Int? {
    let ranges = outline.parts.filter { roles.contains($0.role) }.map {
      $0.range.lowerBound.line...lastLine($0.range)
    }
    return bodyLines.first { line in ranges.contains { $0.contains(line) } }
  }
}

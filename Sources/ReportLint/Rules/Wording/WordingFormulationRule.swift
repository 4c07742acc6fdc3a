import Foundation
import ReportData
import ReportText

/// 规范提法写错：如"以习近平新时代中国特色社会主义思想精神为指导""党的二十大会议精神""不忘初心，牢记使命"。
///
/// 提法表是数据：随包附带的 `formulations.yaml`，每条有正确写法、错误写法、说明和起用日期；配置可以追加条目
/// （`WordingFormulationRule(adding:)`）。报告的年份（标题中的年份，没有时取会议日期、工作回顾和安排的年份）早于
/// 某条的起用年份时，该条不检查。错误写法逐字查找；正好处在正确写法之内的不报告，几处错误写法（同一条或不同条的）
/// 相互重叠时只报告最长的一处。修正：直接换成正确写法。
///
/// 例如“以新时代中国特色社会主义思想为指导”省去了“习近平”，“习近平总书记新时代中国特色社会主义思想”在全称中间
/// 加了字，都改为“习近平新时代中国特色社会主义思想”。
public struct WordingFormulationRule: LintRule {
  public static let description = RuleDescription(
    id: "wording.formulation",
    summary: "规范提法（指导思想、会议精神、“四个意识”等）写法有误，应改用规范表述。",
    defaultSeverity: .warning,
    triggering: [
      "坚持以习近平新时代中国特色社会主义思想精神为指导。", "深入学习贯彻党的二十大会议精神。", "坚持不忘初心，牢记使命。",
      "坚持以新时代中国特色社会主义思想为指导。", "深入学习贯彻习近平总书记新时代中国特色社会主义思想。",
    ],
    nonTriggering: [
      "坚持以习近平新时代中国特色社会主义思想为指导。", "深入学习贯彻党的二十大精神，不忘初心、牢记使命。",
      "认真贯彻习近平新时代中国特色社会主义经济思想。",
    ],
    hasFix: true)

  /// One standard formulation and the wrong forms to look for.
  public struct Formulation: Sendable, Hashable {
    public var correct: String
    public var wrong: [String]
    public var note: String
    /// The date it applies from, as written ("2022-10-16").
    public var effectiveDate: String

    public init(correct: String, wrong: [String], note: String, effectiveDate: String) {
      self.correct = correct
      self.wrong = wrong
      self.note = note
      self.effectiveDate = effectiveDate
    }

    /// The year of `effectiveDate`, if it starts with one.
    var effectiveYear: Int? { Int(effectiveDate.prefix(4)) }
  }

  /// The formulations shipped with the package, read once; empty if the resource is missing or invalid (a test
  /// checks that it is neither).
  public static let builtIn: [Formulation] = {
    guard let url = Bundle.module.url(forResource: "formulations", withExtension: "yaml"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return (try? formulations(parsing: text, path: "formulations.yaml")) ?? []
  }()

  /// Reads formulations from a data file: a mapping with key `提法` holding a list of entries with keys 正确, 错误
  /// (a list or one text), 说明 and 起用日期.
  public static func formulations(parsing text: String, path: String) throws(DataError) -> [Formulation] {
    let document = try DataDocument(parsing: text, path: path)
    let list = document.root["提法"]?.items ?? document.root.items ?? []
    return list.compactMap { item in
      guard let correct = item["正确"]?.text, !correct.isEmpty else { return nil }
      let wrongNode = item["错误"]
      let wrong = wrongNode?.items?.compactMap(\.text) ?? wrongNode?.text.map { [$0] } ?? []
      return Formulation(
        correct: correct, wrong: wrong.filter { !$0.isEmpty }, note: item["说明"]?.text ?? "",
        effectiveDate: item["起用日期"]?.text ?? "")
    }
  }

  /// The built-in formulations followed by `extra` (for example from the user's config); an extra entry with the
  /// same correct form replaces the built-in one.
  public static func merging(_ extra: [Formulation]) -> [Formulation] {
    let replaced = Set(extra.map(\.correct))
    return builtIn.filter { !replaced.contains($0.correct) } + extra
  }

  public let formulations: [Formulation]
  /// Every correct and wrong form of `formulations`, each once, found in one pass.
  private let patterns: FormulationPatterns

  public init() {
    self.formulations = Self.builtIn
    self.patterns = Self.builtInPatterns
  }

  /// A rule that also checks `extra` formulations.
  public init(adding extra: [Formulation]) {
    self.formulations = Self.merging(extra)
    self.patterns = FormulationPatterns(formulations)
  }

  static let builtInPatterns = FormulationPatterns(builtIn)

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    // The config's formulations join the rule's own (an entry with the same correct form replaces it).
    if !context.formulations.isEmpty {
      let extended = Self.merging(formulations.filter { !Self.builtIn.contains($0) } + context.formulations)
      let patterns = FormulationPatterns(extended)
      return check(context, extended, patterns, into: &findings)
    }
    check(context, formulations, patterns, into: &findings)
  }

  private func check(
    _ context: LintContext, _ formulations: [Formulation], _ patterns: FormulationPatterns,
    into findings: inout [Finding]
  ) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    let year = reportYear(context)
    // The occurrences of each pattern, without overlaps among those of one pattern.
    var hits = [[Range<Int>]](repeating: [], count: patterns.texts.count)
    func add(_ index: Int, _ range: Range<Int>) {
      if let last = hits[index].last, last.upperBound > range.lowerBound { return }
      hits[index].append(range)
    }
    // The built-in list's words are found by the scan shared with wording.confusable.
    if formulations == Self.builtIn {
      for (index, range) in WordingScan.formulationMatches(context) { add(index, range) }
    } else {
      patterns.set.forEachMatch(in: bytes, add)
    }
    // Every wrong form found outside its entry's correct form, then reported longest first, one per place: a
    // wrong form inside a longer wrong form (of this entry or another) is not reported again.
    var candidates: [(entry: Int, wrong: String, range: Range<Int>)] = []
    for (k, (entry, indices)) in zip(formulations, patterns.entries).enumerated() {
      if let year, let from = entry.effectiveYear, year < from { continue }
      let correct = hits[indices.correct]
      for (wrong, index) in indices.wrong {
        for range in hits[index] where !terms.covers(range) && !correct.contains(where: { $0.overlaps(range) }) {
          candidates.append((k, wrong, range))
        }
      }
    }
    candidates.sort { ($0.range.count, $1.range.lowerBound) > ($1.range.count, $0.range.lowerBound) }
    var taken: [Range<Int>] = []
    var found: [Finding] = []
    for candidate in candidates where !taken.contains(where: { $0.overlaps(candidate.range) }) {
      taken.append(candidate.range)
      let entry = formulations[candidate.entry]
      let note = entry.note.isEmpty ? "" : "（\(entry.note)）"
      found.append(
        finding(
          context, candidate.range, "提法“\(candidate.wrong)”不规范，应写作“\(entry.correct)”\(note)。",
          fix: Fix(replacing: candidate.range, with: entry.correct, summary: "改为“\(entry.correct)”")))
    }
    findings += found.sorted { $0.range.lowerBound.offset < $1.range.lowerBound.offset }
  }

  /// The report's year: the year in its title ("2023年度上半年政府工作报告"), else the year it is given in as its
  /// dateline, review and plan tell (see `ReportDating`).
  private func reportYear(_ context: LintContext) -> Int? {
    let dating = ReportDating.of(context)
    if dating.titleYears.count == 1 { return dating.titleYears[0].value }
    return dating.currentYear ?? dating.earliest?.year
  }
}

/// The pattern set of a formulation list and, per formulation, the index of its correct form and of each wrong
/// form (longest first, as the rule tries them).
struct FormulationPatterns: Sendable {
  /// Each form once.
  let texts: [String]
  let entries: [(correct: Int, wrong: [(text: String, index: Int)])]
  var set: BytePatternSet { BytePatternSet(texts) }

  init(_ formulations: [WordingFormulationRule.Formulation]) {
    var texts: [String] = []
    var indexOf: [String: Int] = [:]
    func index(_ text: String) -> Int {
      if let i = indexOf[text] { return i }
      texts.append(text)
      indexOf[text] = texts.count - 1
      return texts.count - 1
    }
    entries = formulations.map { entry in
      let correct = index(entry.correct)
      let wrong = entry.wrong.sorted { $0.utf8.count > $1.utf8.count }.map { ($0, index($0)) }
      return (correct, wrong)
    }
    self.texts = texts
  }
}

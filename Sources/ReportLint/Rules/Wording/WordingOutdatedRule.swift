import ReportOutline
import ReportText

/// 过时的提法：报告日期之后已经改了的词语（法制政府→法治政府），和已不是最新的会议精神（2023年的报告仍写“深入贯彻党的
/// 十九大精神”）。
///
/// 一律按报告自己的日期判断，不按今天：日期取自标题、会议日期（“——2025年1月9日在…会议上”）或落款，以及工作回顾和
/// 工作安排标题中的年份（见 `ReportDating`）。
///
/// **词语**：数据在 `formulations.yaml` 的“过时词语”中（配置的 `outdated:` 可以追加），每条有旧词、新词、停用日期、
/// 是否修正和“前字除外”。报告早于停用日期时不报告；报告没有任何日期时按新起草的报告对待。“法制宣传”“法制审核”
/// “法制机构”“法制日报”等仍然正确或是名称的词不在表中。
///
/// **会议精神**：只查把会议当作当前指导的固定说法——“贯彻（落实、学习、领会……）党的N大（和N届X中、Y中全会）……精神”，
/// 且必须含党的代表大会；单提某次全会（“贯彻十八届四中全会精神，建设法治城区”）是就事论事，不查；“党的十八大以来”
/// “迎接党的十九大胜利召开”“十九届六中全会通过的历史决议”等叙述历史的话不是这种说法，不查。会议日期在“党的会议”
/// 中（配置的 `meetings:` 可以补上新开的会）。
/// - 工作安排、指导思想、目标和结束语说的是报告当时：报告日期前30天以前已开幕的会，说法中应当有。
/// - 其余部分（工作回顾等）说的是回顾的那一年：只有在那一年开始以前已开幕的会，说法中才应当有；回顾不止一年、
///   或年份不明时不查。
/// - 只写代表大会的（“党的十九大精神”），只在已召开新的代表大会时报告；列出全会的（“党的二十大和二十届二中全会
///   精神”），已开过更新的全会（二中至六中全会）也报告。
///
/// 会议精神的改法要看上下文，只提示不修正；词语只在条目写明“修正: 是”时修正。配置中的本地词语不报告。
public struct WordingOutdatedRule: LintRule {
  public static let description = RuleDescription(
    id: "wording.outdated",
    summary: "按报告的日期已经过时的提法：旧词语（法制政府→法治政府）和已不是最新的会议精神（2023年仍写“党的十九大精神”）。",
    defaultSeverity: .warning,
    triggering: [
      "加快建设法制政府，运用法制思维和法制方式推进工作。",
      """
      青山镇2023年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2022年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      二、2023年工作安排
      全面贯彻党的十九大和十九届历次全会精神，力争新签约项目5个。
      """,
      """
      政府工作报告
      ——2025年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      二、2025年工作安排
      深入学习贯彻党的二十大和二十届二中全会精神，力争新签约项目5个。
      """,
    ],
    nonTriggering: [
      "加快建设法治政府，加强法制宣传教育，落实重大执法决定法制审核制度。",
      """
      青山镇2005年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2004年工作回顾
      加强民主法制建设，全镇社会治安持续好转。
      二、2005年工作安排
      全面贯彻党的十六大和十六届四中全会精神，力争新签约项目5个。
      """,
      """
      政府工作报告
      ——2018年1月9日在青山镇第八届人民代表大会第五次会议上

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2017年工作回顾
      一年来，我们深入贯彻党的十八大和十八届六中全会精神，新建农村道路15公里。党的十八大以来，全镇面貌焕然一新。
      二、2018年工作安排
      全面贯彻党的十九大精神，贯彻十八届四中全会精神，深化法治乡镇建设，力争新签约项目5个。
      """,
    ],
    hasFix: true)

  public init() {}

  /// The built-in terms followed by `extra`; an extra entry with the same outdated form replaces the built-in one.
  static func terms(adding extra: [Term]) -> [Term] {
    let replaced = Set(extra.map(\.outdated))
    return WordingData.outdatedTerms.filter { !replaced.contains($0.outdated) } + extra
  }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let dating = ReportDating.of(context)
    checkTerms(context, dating, into: &findings)
    let calendar =
      context.congresses.isEmpty ? PartyCalendar.builtIn : PartyCalendar(WordingData.congresses + context.congresses)
    checkMeetings(context, dating, calendar, into: &findings)
  }

  // MARK: - Terms

  private func checkTerms(_ context: LintContext, _ dating: ReportDating, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms: [Term]
    var hits: [(Int, Range<Int>)]
    if context.outdatedTerms.isEmpty {
      terms = WordingData.outdatedTerms
      hits = WordingScan.matches(context, of: .outdatedTerm)
    } else {
      terms = Self.terms(adding: context.outdatedTerms)
      hits = BytePatternSet(terms.map(\.outdated)).matches(in: bytes).map { ($0.pattern, $0.range) }
    }
    guard !hits.isEmpty else { return }
    let local = LocalTermRanges(context)
    // Leftmost-longest: a shorter term inside a longer one that is reported is not reported again.
    hits.sort { ($0.1.lowerBound, $1.1.upperBound) < ($1.1.lowerBound, $0.1.upperBound) }
    var end = 0
    for (index, range) in hits where range.lowerBound >= end {
      let term = terms[index]
      if let since = term.since, let earliest = dating.earliest, earliest < since { continue }
      if let before = RuleBytes.scalar(bytes, before: range.lowerBound),
        term.excludedPreceding.unicodeScalars.contains(before)
      {
        continue
      }
      if local.covers(range) { continue }
      end = range.upperBound
      let note = term.note.isEmpty ? "" : "（\(term.note)）"
      let when = term.since.map { "\($0)起" } ?? ""
      if term.fixes {
        findings.append(
          finding(
            context, range, "“\(term.outdated)”是旧的提法，\(when)应写作“\(term.current)”\(note)。",
            fix: Fix(replacing: range, with: term.current, summary: "把“\(term.outdated)”改为“\(term.current)”")))
      } else {
        findings.append(
          finding(context, range, "“\(term.outdated)”是旧的提法，\(when)一般应写作“\(term.current)”\(note)。"))
      }
    }
  }

  // MARK: - Meetings

  /// "十一大" … "三十大" and "十一届" … "三十届": where a meeting formula may start.
  static let meetingTokens: [String] = (11...30).flatMap { n -> [String] in
    guard let numeral = ChineseNumeral.text(for: n) else { return [] }
    return [numeral + "大", numeral + "届"]
  }
}

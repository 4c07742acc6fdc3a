import ReportText

/// 顿号后接"等"："农业、工业、等" 应为 "农业、工业等"。
///
/// 列举的最后一项后面直接写"等"，中间不用顿号。"、等级""、等待""、等不起"这类"等"开头的词不报告。修正：删去顿号。
public struct PunctuationDengRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.deng",
    summary: "列举末项与“等”之间不用顿号：“、等”应为“等”。",
    defaultSeverity: .info,
    triggering: ["整治交通、消防、等安全隐患1000余件。", "开展送福进村、送戏下乡、等活动。"],
    nonTriggering: ["整治交通、消防等安全隐患1000余件。", "推进网络安全、等级保护测评工作。", "以坐不住、等不起的紧迫感抓落实。"],
    hasFix: true)

  /// Words that begin with 等: a 顿号 before them ends a list item, not the list.
  private static let words: Set<Character> = [
    "级", "待", "同", "候", "于", "次", "额", "高", "值", "量", "比", "距", "价", "第", "身", "不", "靠", "到", "着", "一",
  ]

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let pattern = Array("、等".utf8)
    for start in RuleBytes.occurrences(of: pattern, in: bytes) {
      let after = start + pattern.count
      if let next = RuleBytes.scalar(bytes, at: after), Self.words.contains(Character(next)) { continue }
      findings.append(
        finding(
          context, start..<start + 3, "“等”前不用顿号：应把“、等”改为“等”。",
          fix: Fix(replacing: start..<start + 3, with: "", summary: "删去“等”前的顿号")))
    }
  }
}

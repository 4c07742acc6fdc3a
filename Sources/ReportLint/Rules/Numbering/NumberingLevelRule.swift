import ReportOutline
import ReportText

/// Reports a numbering level that is skipped, such as 1． directly under 一、 with no （一） between.
///
/// GB/T 9704 nests headings 一、 → （一） → 1． → （1）. A numbered heading whose first numbered
/// subheading jumps over a level (一、 then 1．, or （一） then （1）) reads as if a level were lost.
/// Write the missing level, or number the subheadings in the form of the next level: under 一、 use
/// （一）, under （一） use 1．. The finding sits on the first subheading of each parent that skips;
/// circled numbers (①) are left alone, since they are often used inline at any level.
public struct NumberingLevelRule: LintRule {
  public static let description = RuleDescription(
    id: "numbering.level",
    summary: "标题序号跳过了一级（如“一、”下直接用“1．”）。",
    defaultSeverity: .warning,
    triggering: [
      """
      一、2024年工作回顾
      1．农业生产稳定。全年粮食播种面积3.1万亩。
      2．环境整治有力。清理河道垃圾120吨。
      二、2025年工作安排
      1．稳住农业基本盘。新建高标准农田2000亩。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。
      （1）粮食播种面积3.1万亩。
      （2）新建高标准农田2000亩。
      """,
    ],
    nonTriggering: [
      """
      一、2024年工作回顾
      （一）农业生产稳定。
      1．粮食播种面积3.1万亩。
      2．新建高标准农田2000亩。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      """,
    ])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let continuing = NumberedSiblings.continuingAbove(in: context)
    for list in NumberedSiblings.lists(in: context) {
      guard let parent = list.parentStyle, let first = list.items.first,
        continuing[first.marker.range.lowerBound.offset] == nil
      else { continue }
      // The form the level is written in: most of its markers, or the first.
      let style = list.majority ?? first.style
      guard style != .circled, parent != .circled, style.canonicalLevel > parent.canonicalLevel + 1,
        let between = NumberingStyle.allCases.first(where: { $0.canonicalLevel == parent.canonicalLevel + 1 }),
        let item = list.items.first(where: { $0.style == style })
      else { continue }
      let bytes = item.marker.range.lowerBound.offset..<item.marker.range.upperBound.offset
      findings.append(
        finding(
          context, bytes,
          "“\(parent.rawValue)”下直接用了“\(style.rawValue)”，跳过了“\(between.rawValue)”一级：请把这一级改用“\(between.rawValue)”形式编号，或补上中间一级的标题。"
        ))
    }
  }
}

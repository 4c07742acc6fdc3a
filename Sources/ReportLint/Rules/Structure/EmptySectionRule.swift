import Foundation
import ReportOutline
import ReportText

/// Reports a heading with nothing under it before the next heading of the same or a higher level.
///
/// A heading such as "（三）社会事业" followed directly by "（四）…" or "二、…" announces a section
/// that was never written, usually because a paragraph was deleted or not yet drafted. Write the
/// section's content under the heading, or delete the heading and renumber.
///
/// Only headings that read as titles count: a numbered line that is itself a sentence ("1．新建道路
/// 3公里。") is a list item, and a run-on heading carries its content on its own line.
public struct EmptySectionRule: LintRule {
  public static let description = RuleDescription(
    id: "structure.empty-section",
    summary: "标题下没有内容。",
    defaultSeverity: .warning,
    triggering: [
      """
      一、2024年工作回顾
      （一）农业生产
      全年粮食播种面积3.1万亩。
      （二）社会事业
      （三）环境整治
      清理河道垃圾120吨。
      """,
      """
      一、2024年工作回顾
      （一）农业生产
      全年粮食播种面积3.1万亩。
      二、2025年工作安排
      （一）稳住农业基本盘
      三、存在的问题
      人才短缺。
      """,
    ],
    nonTriggering: [
      """
      一、2024年工作回顾
      （一）农业生产
      全年粮食播种面积3.1万亩。
      （二）社会事业
      新增就业岗位300个。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      1．新建高标准农田2000亩。
      2．完成秸秆还田1.2万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      """,
    ])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let parts = context.outline.parts
    // A misnumbered next heading of the level above ("3、" after "二、") is nested by the parser under the
    // heading before it; neither is empty in the report as written.
    let continuing = NumberedSiblings.continuingAbove(in: context)
    for (index, part) in parts.enumerated() {
      if let heading = part.heading, part.blocks.isEmpty, Self.readsAsTitle(heading, context),
        index + 1 >= parts.count || !parts[index + 1].continuesPrevious
      {
        report(heading, context, &findings)
      }
      walk(part.blocks, context, continuing, &findings)
    }
  }

  private func walk(
    _ blocks: [Block], _ context: LintContext, _ continuing: [Int: NumberingStyle], _ findings: inout [Finding]
  ) {
    for case .section(let section) in blocks {
      let misplaced = section.heading.marker.map { continuing[$0.range.lowerBound.offset] != nil } ?? false
      if section.blocks.isEmpty, !misplaced, Self.readsAsTitle(section.heading, context) {
        report(section.heading, context, &findings)
      }
      walk(section.blocks, context, continuing, &findings)
    }
  }

  private func report(_ heading: Heading, _ context: LintContext, _ findings: inout [Finding]) {
    let bytes = heading.range.lowerBound.offset..<heading.range.upperBound.offset
    findings.append(
      finding(
        context, bytes,
        "标题“\(heading.title)”下没有内容：请在标题下写出这一部分的具体工作和数据，或删除这个标题并调整后面的序号。"))
  }

  /// A heading that stands alone as a title: not run-on, not a sentence, not overly long.
  static func readsAsTitle(_ heading: Heading, _ context: LintContext) -> Bool {
    guard !heading.isRunOn else { return false }
    if case .lead = heading.style { return false }
    let title = heading.title.trimmingCharacters(in: .whitespaces)
    guard !title.isEmpty, title.count <= 40 else { return false }
    let line = context.outline.text(of: heading.range).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let last = line.unicodeScalars.last, !line.contains("。") else { return false }
    return !"。；;！!？?：:，,".unicodeScalars.contains(last)
  }
}

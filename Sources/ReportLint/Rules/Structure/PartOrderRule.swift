import ReportOutline
import ReportText

/// Reports the review, the problems or the plan out of their usual order.
///
/// A work report first reviews what was done, then names the problems, then sets out the plan. A
/// review or a problems part after the plan, or a review after the problems, reads out of order.
/// Parts that go on with the part before them under a heading of their own count with it. The
/// finding sits on the heading (or first line) of the part that comes too late.
public struct PartOrderRule: LintRule {
  public static let description = RuleDescription(
    id: "structure.part-order",
    summary: "工作回顾、问题与不足、工作安排的先后顺序不对。",
    defaultSeverity: .warning,
    triggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2025年工作计划
      （一）稳住农业基本盘。新建高标准农田2000亩。
      （二）抓好人居环境。完成村庄清洁行动全覆盖。
      二、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      """,
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      二、2025年工作计划
      （一）稳住农业基本盘。新建高标准农田2000亩。
      （二）抓好人居环境。完成村庄清洁行动全覆盖。
      三、存在的问题
      产业基础薄弱，人才短缺，村集体经济收入偏低。
      """,
    ],
    nonTriggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      二、存在的问题
      产业基础薄弱，人才短缺，村集体经济收入偏低。
      三、2025年工作计划
      （一）稳住农业基本盘。新建高标准农田2000亩。
      （二）抓好人居环境。完成村庄清洁行动全覆盖。
      """,
      """
      石桥镇2024年工作总结

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      """,
    ])

  public init() {}

  private static let ordered: [PartRole] = [.review, .problems, .plan]

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    var latest: PartRole?
    for part in context.outline.parts where !part.continuesPrevious {
      guard Self.ordered.contains(part.role) else { continue }
      if let latest, part.role < latest {
        let bytes: Range<Int>
        if let heading = part.heading {
          bytes = heading.range.lowerBound.offset..<heading.range.upperBound.offset
        } else {
          bytes = context.lineBytes(part.range.lowerBound.line)
        }
        findings.append(
          finding(
            context, bytes,
            "“\(part.role.chineseName)”写在了“\(latest.chineseName)”之后：报告应按工作回顾、问题与不足、工作安排的顺序写，请把这一部分移到“\(latest.chineseName)”之前。"
          ))
      } else {
        latest = max(latest ?? part.role, part.role)
      }
    }
  }
}

import ReportModel
import ReportOutline
import ReportText

/// Reports a standard part that the report leaves out: the review, the problems or the plan.
///
/// Which parts a report must have depends on its genre and comes from the structure model: every
/// part among 工作回顾, 问题与不足 and 工作安排 that occurs in at least three quarters of the model's
/// reports of that genre. A part counts as present when the outline gives it that role anywhere
/// (`Outline.roles`): as a part's main or further role, or as the role of a paragraph inside a part
/// (problems named in the plan's opening). The finding sits on the title (or on the first line) and
/// says what to add and where.
public struct MissingPartRule: LintRule {
  public static let description = RuleDescription(
    id: "structure.missing-part",
    summary: "报告缺少本类报告必备的部分（工作回顾、问题与不足、工作安排）。",
    defaultSeverity: .error,
    triggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      二、2025年工作计划
      （一）稳住农业基本盘。新建高标准农田2000亩。
      （二）抓好人居环境。完成村庄清洁行动全覆盖。
      """,
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      在肯定成绩的同时，我们也清醒地认识到，还存在产业基础薄弱、人才短缺等问题。
      """,
    ],
    nonTriggering: [
      """
      石桥镇2024年工作总结和2025年工作计划

      一、2024年工作总结
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      在肯定成绩的同时，我们也清醒地认识到，还存在产业基础薄弱、人才短缺等问题。
      二、2025年工作计划
      （一）稳住农业基本盘。新建高标准农田2000亩。
      （二）抓好人居环境。完成村庄清洁行动全覆盖。
      """,
      """
      青山镇2024年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      （一）经济运行稳中有进。全年完成地区生产总值12.3亿元。
      （二）乡村面貌持续改善。新建农村道路15公里。
      在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些困难和问题：产业结构单一，招商后劲不足。
      二、2025年工作安排
      （一）抓项目促发展。全年力争新签约项目5个。
      （二）抓民生补短板。新建养老服务站2个。
      """,
    ])

  public init() {}

  /// The roles this rule may require, in report order.
  static let checkedRoles: [PartRole] = [.review, .problems, .plan]

  /// The roles the model says a report of `genre` must have.
  static func requiredRoles(_ model: StructureModel, _ genre: ReportGenre) -> [PartRole] {
    let profile = model.profile(for: genre)
    guard profile.reportCount > 0 else { return [] }
    return checkedRoles.filter { role in (profile.part(role)?.reportShare ?? 0) >= 0.75 }
  }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    var present = Set(context.outline.roles)
    if !present.contains(.problems), namesProblems(context) { present.insert(.problems) }
    let missing = Self.requiredRoles(context.model, context.genre).filter { !present.contains($0) }
    guard !missing.isEmpty else { return }
    let anchor: Range<Int>
    if let title = context.outline.titleBlock?.title {
      anchor = title.range.lowerBound.offset..<title.range.upperBound.offset
    } else {
      anchor = context.lineBytes(1)
    }
    for role in missing {
      findings.append(finding(context, anchor, message(for: role, genre: context.genre)))
    }
  }

  /// Whether the thanks, the plan or the parts between them set out the problems in the genre's firm words
  /// ("还面临不少考验和挑战：一是…" inside the plan's opening), though no paragraph opens on them.
  private func namesProblems(_ context: LintContext) -> Bool {
    context.outline.parts.contains { part in
      guard [.thanks, .problems, .plan, .guidance, .targets].contains(part.role) else { return false }
      let range = part.range.lowerBound.offset..<part.range.upperBound.offset
      return Self.problemWords.occurs(in: context.source.bytes, range: range)
    }
  }

  private static let problemWords = BytePatternSet([
    "清醒地认识到", "清醒认识到", "清醒地看到", "清醒看到", "清醒地意识到", "面临不少", "还存在一些", "还存在不少", "仍存在一些",
    "问题和不足", "不足和问题", "差距和不足", "短板和不足", "问题和挑战",
  ])

  private func message(for role: PartRole, genre: ReportGenre) -> String {
    let kind = genre.chineseName
    switch role {
    case .review:
      return "缺少“工作回顾”部分（\(kind)必备）：请在开头之后先总结本期工作，如“一、\(genre == .halfYear ? "上半年" : "过去一年")工作回顾”，分几个方面写明完成的主要工作和数据。"
    case .problems:
      return "缺少“问题与不足”部分（\(kind)必备）：请在工作回顾之后写一段“在肯定成绩的同时，我们也清醒地认识到……”，如实写明存在的困难和问题。"
    case .plan:
      let next = genre == .halfYear ? "下半年" : "明年"
      return "缺少“工作安排”部分（\(kind)必备）：请在问题与不足之后写明\(next)的目标和重点工作，如“二、\(next)工作安排”，分几个方面列出具体举措。"
    default:
      return "缺少“\(role.chineseName)”部分（\(kind)必备）：请补上这一部分。"
    }
  }
}

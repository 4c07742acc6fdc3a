import ReportModel
import ReportOutline
import ReportText

/// Reports a part whose number of first-level sections is far outside what the reference reports do.
///
/// The structure model records, per genre and part, the fewest, the median and the most first-level
/// sections the reference reports give a part. A part with fewer than the fewest minus one, or more
/// than the most plus two, is unusual enough to look at: a review in two sections is thin, a plan in
/// eleven is scattered. Parts that go on with the part before them count with it. Only profiles
/// learned from at least two reports are used, and parts written as prose without headings are not
/// counted against a minimum.
public struct SectionCountRule: LintRule {
  public static let description = RuleDescription(
    id: "structure.section-count",
    summary: "某部分的一级标题数量明显多于或少于同类报告。",
    defaultSeverity: .info,
    triggering: [
      """
      2024年上半年工作报告
      一、上半年工作回顾
      （一）经济平稳。完成产值2亿元。
      （二）项目推进。开工项目3个。
      （三）农业稳定。播种面积3万亩。
      （四）环境改善。清理河道5条。
      （五）民生改善。新增就业200人。
      （六）社会稳定。化解纠纷30件。
      （七）党建引领。新建党群服务站2个。
      （八）作风转变。精简会议文件两成。
      （九）安全生产。排查隐患120处。
      （十）教育发展。新建幼儿园1所。
      二、下半年工作安排
      （一）抓项目。新开工项目2个。
      （二）抓民生。新增就业100人。
      （三）抓治理。化解纠纷20件。
      """,
      """
      2024年上半年工作报告
      一、上半年工作回顾
      （一）经济平稳。完成产值2亿元。
      （二）项目推进。开工项目3个。
      二、下半年工作安排
      （一）抓项目。新开工项目2个。
      （二）抓民生。新增就业100人。
      （三）抓治理。化解纠纷20件。
      （四）抓农业。稳定播种面积。
      （五）抓环境。清理河道3条。
      （六）抓安全。排查隐患100处。
      （七）抓党建。新建支部1个。
      （八）抓作风。精简会议两成。
      （九）抓教育。新建幼儿园1所。
      """,
    ],
    nonTriggering: [
      """
      2024年上半年工作报告
      一、上半年工作回顾
      （一）经济平稳。完成产值2亿元。
      （二）项目推进。开工项目3个。
      （三）民生改善。新增就业200人。
      二、下半年工作安排
      （一）抓项目。新开工项目2个。
      （二）抓民生。新增就业100人。
      （三）抓治理。化解纠纷20件。
      """,
      """
      2024年上半年工作报告
      一、上半年工作回顾
      上半年，全镇经济平稳，完成产值2亿元，开工项目3个。
      二、下半年工作安排
      下半年，我们将抓项目、抓民生，新开工项目2个。
      """,
    ])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let profile = context.model.profile(for: context.genre)
    guard profile.reportCount >= 2 else { return }
    // Parts merged with the parts they go on from: (first part, section count).
    var merged: [(part: Part, count: Int)] = []
    for part in context.outline.parts {
      let count = part.blocks.reduce(0) { n, block in
        if case .section = block { return n + 1 }
        return n
      }
      if part.continuesPrevious, !merged.isEmpty {
        merged[merged.count - 1].count += count
      } else {
        merged.append((part, count))
      }
    }
    for (part, count) in merged {
      guard [.review, .plan].contains(part.role), let spread = profile.part(part.role)?.sectionCount,
        spread.max > 0
      else { continue }
      let low = Int(spread.min.rounded(.down)) - 1
      let high = Int(spread.max.rounded(.up)) + 2
      let median = Int(spread.median.rounded())
      // "一般为4～5个", or "一般为4个" when the spread is one number.
      let (lo, hi) = (Int(spread.min.rounded()), Int(spread.max.rounded()))
      let usual = lo == hi ? "\(lo)个" : "\(lo)～\(hi)个"
      let message: String
      if count > high {
        message =
          "“\(part.role.chineseName)”有\(count)个一级标题，同类报告一般为\(usual)（中位数\(median)个）：请把相近的内容合并成几个方面，每个方面一个标题。"
      } else if count > 0, count < low {
        message =
          "“\(part.role.chineseName)”只有\(count)个一级标题，同类报告一般为\(usual)（中位数\(median)个）：请按工作领域分成几个方面来写，或补充遗漏的方面。"
      } else {
        continue
      }
      let bytes: Range<Int>
      if let heading = part.heading {
        bytes = heading.range.lowerBound.offset..<heading.range.upperBound.offset
      } else {
        bytes = context.lineBytes(part.range.lowerBound.line)
      }
      findings.append(finding(context, bytes, message))
    }
  }
}

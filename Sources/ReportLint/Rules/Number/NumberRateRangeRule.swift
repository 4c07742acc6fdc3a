import ReportText

/// 不可能超过100%的比率写成了超过100%："覆盖率105%""参保率达到101%"。
///
/// 覆盖率、参保率、入学率、达标率、合格率、知晓率、满意率等是部分占整体的比例，最多100%。同一分句中比率与数字
/// 之间出现"增长""提高""同比""较"等词时是变化幅度，不报告；增长率、增速、完成率、执行率可以超过100%，也不报告。
/// 写明"以上""超"的（"接种覆盖率达125%以上"：按户籍人口算的覆盖率）是作者有意写的，不报告。不给修正：请核对数字。
public struct NumberRateRangeRule: LintRule {
  public static let description = RuleDescription(
    id: "number.rate-range",
    summary: "覆盖率、参保率、达标率等比率不能超过100%。",
    defaultSeverity: .warning,
    triggering: ["全镇城乡居民医保参保率达到101%。", "农村污水水质达标率105%，垃圾分类覆盖率98%。"],
    nonTriggering: [
      "城乡居民医保参保率达到99.5%。", "完成全年目标任务的105%，工业产值增长率120%。", "覆盖率同比提高120%。",
      "疫苗全程接种覆盖率达110%以上。",
    ],
    hasFix: false)

  /// Rates that are parts of a whole: at most 100%.
  static let boundedRates = [
    "覆盖率", "参保率", "参合率", "入学率", "巩固率", "达标率", "合格率", "知晓率", "普及率", "入园率", "签约率", "接种率", "到位率",
    "处理率", "清运率", "利用率", "优良率", "出勤率", "参与率", "建档率", "满意率", "满意度", "办结率", "化解率", "处置率", "受理率",
    "销号率", "整改率", "完好率", "注册率", "认证率", "宣传率", "通达率", "通车率", "上线率", "使用率", "入户率", "落实率", "回收率",
    "分类率", "准确率", "就业率", "安置率", "检测率", "管理率", "访视率", "筛查率", "登记率", "录入率", "占比", "比重", "比例",
  ]

  /// Words that make the number a change rather than a level.
  static let changeWords = ["增", "提高", "提升", "上升", "下降", "降低", "同比", "较", "比上年", "比去年", "翻"]

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    for q in context.quantities where q.unit?.category == .percent {
      let top = max(q.doubleValue, q.upperDoubleValue ?? 0)
      guard top > 100, q.leadingQualifier != .over, q.trailingQualifier != .atLeast, !terms.covers(q.byteRange) else {
        continue
      }
      let lead = clauseBefore(bytes, q.byteRange.lowerBound)
      // The first rate of the list named in the clause, and what follows its last mention.
      let mentions = Self.rateWords.matches(in: bytes, range: lead)
      guard let index = mentions.map(\.pattern).min() else { continue }
      let rate = Self.boundedRates[index]
      let afterRate = mentions.filter { $0.pattern == index }.map(\.range.upperBound).max()!..<lead.upperBound
      guard !Self.changeWordSet.occurs(in: bytes, range: afterRate) else { continue }
      let written = context.source.text(q.byteRange)
      findings.append(
        finding(
          context, q.byteRange,
          "“\(rate)”是部分占整体的比例，不能超过100%，这里写的是“\(written)”：请核对数字；如指完成目标的程度，应写作“完成目标任务的\(written)”。"
        ))
    }
  }

  private static let rateWords = BytePatternSet(boundedRates)
  private static let changeWordSet = BytePatternSet(changeWords)

  /// Up to 12 scalars before `end`, stopping at clause punctuation or a line break.
  private func clauseBefore(_ bytes: [UInt8], _ end: Int) -> Range<Int> {
    var i = end
    var count = 0
    while count < 12, let start = RuleBytes.start(bytes, before: i), let s = RuleBytes.scalar(bytes, at: start) {
      if s == "\n" || s == "，" || s == "。" || s == "；" || s == "：" || s == "、" || s == "！" || s == "？" || s == "," {
        break
      }
      i = start
      count += 1
    }
    return i..<end
  }
}

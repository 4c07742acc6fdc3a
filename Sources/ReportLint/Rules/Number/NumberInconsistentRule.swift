import Foundation
import ReportText

/// 同一指标前后数字不一致："摊位83个"与"摊位112个"，"地区生产总值17.1亿元"与"地区生产总值16.9亿元"。
///
/// 指标按数字前紧挨的汉字（2～8个字）加单位识别：一处数字前的整段汉字（前面是标点或行首）与另一处数字前汉字的
/// 末尾相同，才算同一指标（"夜市摊位83个"与"全镇共有夜市摊位112个"）；数字后紧跟的4～6个字的名词（"112处夜摊
/// 摆放点"）也与前文数字前以同一名词结尾的指标相配。单位相同（"万""亿"换算后比较）而数值不同、且不在同一段时，在
/// 后一处报告并指出前一处的行号。"投入""完成"等动词单独在数字前时不算指标；数字前有"新建""新增""完成""实施"等
/// 年度工作动词的（"新建高标准农田2000亩"）是当年的量，前后年份、计划与完成本来不同，不参与。
///
/// 为避免误报：所在句子有"同比""比上年""去年""上年""增长""目标""计划""预计""力争""累计""较"等比较、计划用语的
/// 不参与；范围、序数、百分比、年月日和带"约""近""超""多""余"等约数词的数字不参与。不给修正：请核对后统一。
public struct NumberInconsistentRule: LintRule {
  public static let description = RuleDescription(
    id: "number.inconsistent",
    summary: "同一指标在报告中前后给出不同的数字。",
    defaultSeverity: .warning,
    triggering: [
      "全镇共有夜市摊位83个。\n夜市摊位112个全部投入使用。", "地区生产总值17.1亿元。\n全年地区生产总值16.9亿元，位居全县前列。",
      "规划夜摊摆放点83处。\n充分利用规划的112处夜摊摆放点。",
    ],
    nonTriggering: [
      "全镇共有夜市摊位83个。\n夜市摊位83个全部投入使用。", "新建高标准农田3600亩。\n新建高标准农田2000亩。", "地区生产总值17.1亿元。\n去年地区生产总值16.9亿元。",
      "地区生产总值17.1亿元，同比增长5%，上年地区生产总值16.3亿元。",
    ],
    hasFix: false)

  private static let excluded = [
    "同比", "比上年", "去年", "上年", "增长", "目标", "计划", "预计", "力争", "累计", "较", "下降", "减少", "增加", "提高", "将",
  ]

  /// Verbs that stand before a number but name no measure ("投入2800万元"): not keys on their own.
  private static let verbs: Set<String> = [
    "投入", "完成", "投资", "实现", "建成", "新建", "改造", "新增", "开展", "举办", "发放", "帮助", "办结", "受理", "整改", "化解",
    "排查", "走访", "培训", "组织", "接待", "引进", "招引", "签约", "建设", "创建", "打造", "共计", "共有", "拥有", "达到", "总计",
    "合计", "其中", "出动", "检查", "发现", "处理", "清理", "拆除", "收到", "吸引", "带动", "解决", "提供", "落实", "争取", "获得",
    "到位", "涉及", "覆盖", "惠及", "成功", "全年", "今年", "上半年", "下半年", "全镇", "全街道", "共", "已", "约", "为", "有",
    "其他", "另外", "此外", "包括", "完成投资", "实际", "分别", "先后", "累计完成", "发放补贴", "补贴", "资金", "金额",
  ]

  /// Verbs of yearly work ("新建高标准农田2000亩"): such figures differ from year to year and from plan to result.
  private static let flowVerbs = [
    "新建", "新增", "建成", "完成", "实施", "改造", "创建", "培育", "引进", "开展", "举办", "发放", "投入", "培训", "招引", "打造",
    "提升", "整治", "清理", "拆除", "治理", "修建", "硬化", "种植", "流转", "落地", "签约", "化解", "排查", "走访", "办结", "受理",
    "帮扶", "救助", "慰问", "带动", "吸纳", "建设", "新招", "新培育", "改建", "新改", "争创", "申报", "推动", "推进", "实现",
  ]

  /// Two-character nouns that name many different things in one report ("项目3个", "活动23场次").
  private static let generalNouns: Set<String> = [
    "项目", "活动", "企业", "人员", "群众", "资金", "村民", "农户", "问题", "隐患", "工程", "场次", "案件", "纠纷", "矛盾", "村庄",
    "单位", "家庭", "学生", "儿童", "老人", "车辆", "面积", "土地", "房屋", "道路", "设施", "点位", "基地", "岗位", "人才", "党员",
  ]

  private struct Seen {
    let value: Decimal
    let text: String
    let line: Int
    let noun: String
  }

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let source = context.source
    let bytes = source.bytes
    let terms = LocalTermRanges(context)
    var sentence: (range: Range<Int>, isExcluded: Bool) = (0..<0, false)
    var byRun: [String: Seen] = [:]
    var bySuffix: [String: Seen] = [:]
    var byAfter: [String: Seen] = [:]
    for q in QuantityScanner.scan(source) {
      guard let unit = q.unit, !q.isRange, !q.isOrdinal, q.qualifier == nil, !unit.isProportion,
        unit.category != .time, !terms.covers(q.byteRange)
      else { continue }
      if !sentence.range.contains(q.byteRange.lowerBound) {
        let range = RuleBytes.sentence(bytes, around: q.byteRange.lowerBound)
        let text = source.text(range)
        sentence = (range, Self.excluded.contains { text.contains($0) })
      }
      if sentence.isExcluded { continue }
      let (before, bounded) = run(bytes, endingAt: q.byteRange.lowerBound)
      let after = run(bytes, startingAt: q.byteRange.upperBound)
      if Self.flowVerbs.contains(where: { before.contains($0) }) { continue }
      let u = "|" + unit.text
      let seen = Seen(
        value: q.scaledValue, text: source.text(q.byteRange), line: source.line(containing: q.byteRange.lowerBound),
        noun: "")
      let suffixes = before.count >= 2 ? (2...before.count).map { String(before.suffix($0)) }.reversed() : []
      let afterKey = (4...6).contains(after.count) ? after : nil

      var earlier: (Seen, String)?
      if bounded, isNoun(before), let s = bySuffix[before + u] { earlier = (s, before) }
      if earlier == nil {
        for suffix in suffixes where isNoun(suffix) {
          if let s = byRun[suffix + u] ?? (suffix.count >= 4 ? byAfter[suffix + u] : nil) {
            earlier = (s, suffix)
            break
          }
        }
      }
      if earlier == nil, let afterKey, let s = bySuffix[afterKey + u] ?? byAfter[afterKey + u] {
        earlier = (s, afterKey)
      }
      if let (first, noun) = earlier, first.value != seen.value, first.line != seen.line {
        findings.append(
          finding(
            context, q.byteRange,
            "“\(noun)”在第\(first.line)行写作“\(first.text)”，这里写作“\(seen.text)”：同一指标前后不一致，请核对后统一为同一个数。"
          ))
      }
      if bounded, isNoun(before), byRun[before + u] == nil { byRun[before + u] = seen }
      for suffix in suffixes where bySuffix[suffix + u] == nil { bySuffix[suffix + u] = seen }
      if let afterKey, byAfter[afterKey + u] == nil { byAfter[afterKey + u] = seen }
    }
  }

  /// Whether `text` may name a measure: not a bare verb, and not a two-character word too general to name one.
  private func isNoun(_ text: String) -> Bool {
    text.count >= 2 && !Self.verbs.contains(text) && (text.count >= 3 || !Self.generalNouns.contains(text))
  }

  /// The CJK ideographs right before `end`, at most 8, and whether the run stops at something else than the limit.
  private func run(_ bytes: [UInt8], endingAt end: Int) -> (String, Bool) {
    var i = end
    var count = 0
    while count < 8, let start = RuleBytes.start(bytes, before: i), let s = RuleBytes.scalar(bytes, at: start),
      CharacterClass.isCJKIdeograph(s)
    {
      i = start
      count += 1
    }
    let bounded = RuleBytes.scalar(bytes, before: i).map { !CharacterClass.isCJKIdeograph($0) } ?? true
    return (String(decoding: bytes[i..<end], as: UTF8.self), bounded)
  }

  /// The CJK ideographs from `start` up to punctuation or any other character; empty when there are more than 6.
  private func run(_ bytes: [UInt8], startingAt start: Int) -> String {
    var i = start
    var count = 0
    while let (s, n) = RuleBytes.decode(bytes, at: i), CharacterClass.isCJKIdeograph(s) {
      i += n
      count += 1
      if count > 6 { return "" }
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }
}

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

  private static let excluded = BytePatternSet([
    "同比", "比上年", "去年", "上年", "增长", "目标", "计划", "预计", "力争", "累计", "较", "下降", "减少", "增加", "提高", "将",
  ])

  /// Verbs that stand before a number but name no measure ("投入2800万元"): not keys on their own.
  private static let verbs = BytePatternSet([
    "投入", "完成", "投资", "实现", "建成", "新建", "改造", "新增", "开展", "举办", "发放", "帮助", "办结", "受理", "整改", "化解",
    "排查", "走访", "培训", "组织", "接待", "引进", "招引", "签约", "建设", "创建", "打造", "共计", "共有", "拥有", "达到", "总计",
    "合计", "其中", "出动", "检查", "发现", "处理", "清理", "拆除", "收到", "吸引", "带动", "解决", "提供", "落实", "争取", "获得",
    "到位", "涉及", "覆盖", "惠及", "成功", "全年", "今年", "上半年", "下半年", "全镇", "全街道", "共", "已", "约", "为", "有",
    "其他", "另外", "此外", "包括", "完成投资", "实际", "分别", "先后", "累计完成", "发放补贴", "补贴", "资金", "金额",
  ])

  /// Verbs of yearly work ("新建高标准农田2000亩"): such figures differ from year to year and from plan to result.
  private static let flowVerbs = BytePatternSet([
    "新建", "新增", "建成", "完成", "实施", "改造", "创建", "培育", "引进", "开展", "举办", "发放", "投入", "培训", "招引", "打造",
    "提升", "整治", "清理", "拆除", "治理", "修建", "硬化", "种植", "流转", "落地", "签约", "化解", "排查", "走访", "办结", "受理",
    "帮扶", "救助", "慰问", "带动", "吸纳", "建设", "新招", "新培育", "改建", "新改", "争创", "申报", "推动", "推进", "实现",
  ])

  /// Two-character nouns that name many different things in one report ("项目3个", "活动23场次").
  private static let generalNouns = BytePatternSet([
    "项目", "活动", "企业", "人员", "群众", "资金", "村民", "农户", "问题", "隐患", "工程", "场次", "案件", "纠纷", "矛盾", "村庄",
    "单位", "家庭", "学生", "儿童", "老人", "车辆", "面积", "土地", "房屋", "道路", "设施", "点位", "基地", "岗位", "人才", "党员",
  ])

  /// A figure seen earlier: its index in the context's quantities.
  typealias Seen = Int

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let source = context.source
    let bytes = source.bytes
    let quantities = context.quantities
    let terms = LocalTermRanges(context)
    var sentence: (range: Range<Int>, isExcluded: Bool) = (0..<0, false)
    // Keys are a run of ideographs in the text plus the unit: looked up by their bytes and a hash, never built as
    // strings. The hashes of all suffixes of the run before a number come from one backward pass.
    var byRun = MeasureTable()
    var bySuffix = MeasureTable()
    var byAfter = MeasureTable()
    var starts: [Int] = []
    var suffixHashes: [UInt64] = []
    let (excluded, flowVerbs) = (Self.excluded, Self.flowVerbs)
    for (index, q) in quantities.enumerated() {
      guard let unit = q.unit, !q.isRange, !q.isOrdinal, q.qualifier == nil, !unit.isProportion,
        unit.category != .time, !terms.covers(q.byteRange)
      else { continue }
      if !sentence.range.contains(q.byteRange.lowerBound) {
        let range = RuleBytes.sentence(bytes, around: q.byteRange.lowerBound)
        sentence = (range, excluded.occurs(in: bytes, range: range))
      }
      if sentence.isExcluded { continue }
      let end = q.byteRange.lowerBound
      let bounded = ideographStarts(bytes, endingAt: end, into: &starts)
      let before = (starts.last ?? end)..<end
      if flowVerbs.occurs(in: bytes, range: before) { continue }
      let u = unit.text
      let unitHash = MeasureTable.hash(unit: u)
      // suffixHashes[k] is the key hash of the suffix of k + 1 ideographs, starting at starts[k].
      MeasureTable.suffixHashes(bytes, starts: starts, end: end, unitHash: unitHash, into: &suffixHashes)
      let after = ideographRun(bytes, startingAt: q.byteRange.upperBound)
      let afterKey = (4...6).contains(after.count) ? after.range : nil
      let afterHash = afterKey.map { MeasureTable.hash(bytes, $0, unitHash: unitHash) } ?? 0
      let count = starts.count
      let beforeIsNoun = bounded && isNoun(bytes, before, count)

      var earlier: (Seen, Range<Int>)?
      if beforeIsNoun, let s = bySuffix[bytes, before, u, suffixHashes[count - 1]] { earlier = (s, before) }
      if earlier == nil, count >= 2 {
        // Longest first.
        for k in (1..<count).reversed() where isNoun(bytes, starts[k]..<end, k + 1) {
          let suffix = starts[k]..<end
          if let s = byRun[bytes, suffix, u, suffixHashes[k]]
            ?? (k + 1 >= 4 ? byAfter[bytes, suffix, u, suffixHashes[k]] : nil)
          {
            earlier = (s, suffix)
            break
          }
        }
      }
      if earlier == nil, let afterKey,
        let s = bySuffix[bytes, afterKey, u, afterHash] ?? byAfter[bytes, afterKey, u, afterHash]
      {
        earlier = (s, afterKey)
      }
      if let (first, noun) = earlier {
        let firstQuantity = quantities[first]
        // Decimal multiplication is slow: compare the written values when the magnitudes agree.
        let differs =
          firstQuantity.magnitude == q.magnitude
          ? firstQuantity.value != q.value : firstQuantity.scaledValue != q.scaledValue
        if differs {
          let firstLine = source.line(containing: firstQuantity.byteRange.lowerBound)
          if firstLine != source.line(containing: q.byteRange.lowerBound) {
            findings.append(
              finding(
                context, q.byteRange,
                "“\(source.text(noun))”在第\(firstLine)行写作“\(source.text(firstQuantity.byteRange))”，这里写作“\(source.text(q.byteRange))”：同一指标前后不一致，请核对后统一为同一个数。"
              ))
          }
        }
      }
      if beforeIsNoun { byRun.insertIfAbsent(bytes, before, u, suffixHashes[count - 1], index) }
      if count >= 2 {
        for k in 1..<count { bySuffix.insertIfAbsent(bytes, starts[k]..<end, u, suffixHashes[k], index) }
      }
      if let afterKey { byAfter.insertIfAbsent(bytes, afterKey, u, afterHash, index) }
    }
  }

  /// Whether the `count` ideographs in `range` may name a measure: not a bare verb, and not a two-character word
  /// too general to name one.
  private func isNoun(_ bytes: [UInt8], _ range: Range<Int>, _ count: Int) -> Bool {
    count >= 2 && (count > Self.longestVerb || Self.verbs.pattern(equalTo: bytes, range: range) == nil)
      && (count >= 3 || Self.generalNouns.pattern(equalTo: bytes, range: range) == nil)
  }

  /// The length in characters of the longest of `verbs`: a longer run is never one of them.
  private static let longestVerb =
    verbs.patterns.map { String(decoding: $0, as: UTF8.self).unicodeScalars.count }.max() ?? 0

  /// The starts of the CJK ideographs right before `end`, at most 8, nearest first; and whether the run stops at
  /// something else than the limit.
  private func ideographStarts(_ bytes: [UInt8], endingAt end: Int, into starts: inout [Int]) -> Bool {
    starts.removeAll(keepingCapacity: true)
    var i = end
    while starts.count < 8, let start = RuleBytes.start(bytes, before: i), let s = RuleBytes.scalar(bytes, at: start),
      CharacterClass.isCJKIdeograph(s)
    {
      i = start
      starts.append(start)
    }
    return RuleBytes.scalar(bytes, before: i).map { !CharacterClass.isCJKIdeograph($0) } ?? true
  }

  /// The CJK ideographs from `start` up to punctuation or any other character, and how many; 7 when there are more
  /// than 6.
  private func ideographRun(_ bytes: [UInt8], startingAt start: Int) -> (range: Range<Int>, count: Int) {
    var i = start
    var count = 0
    while let (s, n) = RuleBytes.decode(bytes, at: i), CharacterClass.isCJKIdeograph(s) {
      i += n
      count += 1
      if count > 6 { break }
    }
    return (start..<i, count)
  }
}

/// Values keyed by a byte range of the text and a unit, looked up by the bytes themselves (a hash into an
/// open-addressing table, then a byte comparison), so keys cost no allocation. The hash is FNV-1a over the key's
/// bytes taken backwards, then the unit's, so the hashes of all suffixes of a run come from one backward pass.
struct MeasureTable {
  typealias Value = Int

  /// Entry index + 1 per slot, 0 for empty; the count is a power of two, at most half full.
  private var slots = [Int32](repeating: 0, count: 64)
  private var entries: [(key: Range<Int>, unit: String, hash: UInt64, value: Value)] = []

  subscript(bytes: [UInt8], key: Range<Int>, unit: String, hash: UInt64) -> Value? {
    let e = find(bytes, key, unit, hash).entry
    return e >= 0 ? entries[e].value : nil
  }

  mutating func insertIfAbsent(_ bytes: [UInt8], _ key: Range<Int>, _ unit: String, _ hash: UInt64, _ value: Value) {
    let (entry, slot) = find(bytes, key, unit, hash)
    guard entry < 0 else { return }
    entries.append((key, unit, hash, value))
    slots[slot] = Int32(entries.count)
    if entries.count * 2 > slots.count { grow() }
  }

  /// The entry with this key (or -1) and the slot where it is or would go.
  private func find(_ bytes: [UInt8], _ key: Range<Int>, _ unit: String, _ h: UInt64) -> (entry: Int, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while slots[slot] != 0 {
      let e = Int(slots[slot]) - 1
      let entry = entries[e]
      if entry.hash == h, entry.key.count == key.count, entry.unit == unit,
        bytes[entry.key].elementsEqual(bytes[key])
      {
        return (e, slot)
      }
      slot = (slot + 1) & mask
    }
    return (-1, slot)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (e, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(e + 1)
    }
  }

  private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  /// The part of a key's hash that comes from its unit.
  static func hash(unit: String) -> UInt64 {
    var h: UInt64 = 0x7C
    for b in unit.utf8 { h = (h ^ UInt64(b)) &* prime }
    return h
  }

  /// The hash of the key `range` with a unit of hash `unitHash`.
  static func hash(_ bytes: [UInt8], _ range: Range<Int>, unitHash: UInt64) -> UInt64 {
    var h = basis
    for i in range.reversed() { h = (h ^ UInt64(bytes[i])) &* prime }
    return finish(h, unitHash)
  }

  /// The hashes of the suffixes `starts[k]..<end` (`starts` nearest first), each with the unit.
  static func suffixHashes(
    _ bytes: [UInt8], starts: [Int], end: Int, unitHash: UInt64, into hashes: inout [UInt64]
  ) {
    hashes.removeAll(keepingCapacity: true)
    var h = basis
    var i = end
    for start in starts {
      while i > start {
        i -= 1
        h = (h ^ UInt64(bytes[i])) &* prime
      }
      hashes.append(finish(h, unitHash))
    }
  }

  /// Mixes the unit in, and the high bits down (FNV's low bits are weak for table indices).
  private static func finish(_ run: UInt64, _ unitHash: UInt64) -> UInt64 {
    var h = (run ^ unitHash) &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 31
    h = h &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 29)
  }
}

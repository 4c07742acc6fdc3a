import Foundation
import ReportOutline
import ReportText

/// 同一指标前后数字不一致："摊位83个"与"摊位112个"，"全年新增城镇就业520人"与"新增城镇就业580人"。
///
/// 只比较同一时段、同一部分的数字：工作回顾里的与工作回顾里的比，工作安排里的与工作安排里的比；去年的实绩和今年的
/// 目标、五年的累计和一年的数、序言结束语里的数都不相比。所在句子讲到别的时段（"五年来""累计""以来""年均""十四五"
/// "到2030年"）或有比较、计划用语（"同比""比上年""增长""目标""预计""力争"等）的数字不参与。
///
/// 指标是数字前紧挨的名词短语（2～8个汉字）加单位：一处数字前的整段汉字（前面是标点或行首）与另一处数字前汉字的
/// 末尾相同才算同一指标（"夜市摊位83个"与"全镇共有夜市摊位112个"）；数字后紧跟的4～6个字的名词（"112处夜摊
/// 摆放点"）也与前文以同一名词结尾的指标相配。以动词结尾的（"安排""组建""启动"）、过于笼统的（"项目""活动"）
/// 不算指标。前面有"新增""新建""完成"等年度工作动词的数是当年的增量，只与同样带这个动词的相比（"新增城镇就业"
/// 与"城镇就业"不比）。单位相同（"万""亿"换算后比较）而数值不同、且不在同一段时，在后一处报告并指出前一处的行号。
/// 两个数相差三倍以上的，多半是不同范围的数（全区的和某一片区的），不报告。范围、序数、百分比、年月日和带"约""近"
/// "超""多""余"等约数词的数字不参与。不给修正：请核对后统一。
public struct NumberInconsistentRule: LintRule {
  public static let description = RuleDescription(
    id: "number.inconsistent",
    summary: "同一时段的同一指标在报告中前后给出不同的数字。",
    defaultSeverity: .warning,
    triggering: [
      "一、2024年工作回顾\n全镇共有夜市摊位83个。\n夜市摊位112个全部投入使用。\n二、2025年工作安排\n继续办好夜市。",
      "一、2024年工作回顾\n（一）经济。地区生产总值17.1亿元。\n（二）民生。全年地区生产总值16.9亿元，位居全县前列。\n",
      "一、2024年工作回顾\n（一）就业。全年新增城镇就业520人。\n（二）民生。新增城镇就业580人，零就业家庭动态清零。\n",
    ],
    nonTriggering: [
      "一、2024年工作回顾\n全镇共有夜市摊位83个。\n夜市摊位83个全部投入使用。\n",
      "一、2024年工作回顾\n新建高标准农田3600亩。\n二、2025年工作安排\n新建高标准农田2000亩。\n",
      "一、2024年工作回顾\n地区生产总值17.1亿元。\n去年地区生产总值16.9亿元。\n",
      "一、2024年工作回顾\n五年来，新建学校14所。\n全年新建学校3所。\n",
      "一、2024年工作回顾\n新增城镇就业520人。\n城镇就业人数4800人。\n",
    ],
    hasFix: false)

  /// Words of a sentence whose figures are not the period's own amount: comparisons, plans, other periods.
  private static let excluded = BytePatternSet([
    "同比", "比上年", "去年", "上年", "增长", "目标", "计划", "预计", "力争", "累计", "较", "下降", "减少", "增加", "提高", "将",
    "五年", "年以来", "大以来", "年均", "期间", "历年", "近年", "十一五", "十二五", "十三五", "十四五", "十五五", "到20", "至20",
    "到本世纪",
    "时期", "届", "总规模", "超过", "突破", "分别",
  ])

  /// Verbs that stand before a number but name no measure ("投入2800万元"), and that end no measure's name
  /// ("整备土地"is a measure, "完成整备" is not).
  private static let verbs = BytePatternSet([
    "投入", "完成", "投资", "实现", "建成", "新建", "改造", "新增", "开展", "举办", "发放", "帮助", "办结", "受理", "整改", "化解",
    "排查", "走访", "培训", "组织", "接待", "引进", "招引", "签约", "建设", "创建", "打造", "共计", "共有", "拥有", "达到", "总计",
    "合计", "其中", "出动", "检查", "发现", "处理", "清理", "拆除", "收到", "吸引", "带动", "解决", "提供", "落实", "争取", "获得",
    "到位", "涉及", "覆盖", "惠及", "成功", "全年", "今年", "上半年", "下半年", "全镇", "全街道", "共", "已", "约", "为", "有",
    "其他", "另外", "此外", "包括", "完成投资", "实际", "分别", "先后", "累计完成", "发放补贴", "补贴", "资金", "金额",
    "安排", "组建", "供应", "开工", "竣工", "启动", "推出", "释放", "支持", "认定", "筹集", "设立", "建立", "开通", "打通",
    "新种", "种植", "推动", "推进", "出台", "制定", "发布", "举行", "召开", "吸纳", "达", "超", "增", "减", "至", "的", "等",
    "工作", "方面", "领域", "新开工", "动工", "交付", "上线", "投用", "入驻", "落户", "认证", "评为", "获评", "入选", "提升",
  ])

  /// Verbs of yearly work ("新建高标准农田2000亩"): such a figure is the period's increment, compared only with
  /// figures after the same verb.
  private static let flowVerbs = BytePatternSet([
    "新建", "新增", "建成", "完成", "实施", "改造", "创建", "培育", "引进", "开展", "举办", "发放", "投入", "培训", "招引", "打造",
    "提升", "整治", "清理", "拆除", "治理", "修建", "硬化", "种植", "流转", "落地", "签约", "化解", "排查", "走访", "办结", "受理",
    "帮扶", "救助", "慰问", "带动", "吸纳", "建设", "新招", "新培育", "改建", "新改", "争创", "申报", "推动", "推进", "实现",
  ])

  /// Two-character nouns that name many different things in one report ("项目3个", "活动23场次").
  private static let generalNouns = BytePatternSet([
    "项目", "活动", "企业", "人员", "群众", "资金", "村民", "农户", "问题", "隐患", "工程", "场次", "案件", "纠纷", "矛盾", "村庄",
    "单位", "家庭", "学生", "儿童", "老人", "车辆", "面积", "土地", "房屋", "道路", "设施", "点位", "基地", "岗位", "人才", "党员",
    "年的", "二期", "一期", "三期", "片区", "社区", "街道", "区域", "平台", "载体", "园区", "中心", "机构", "组织", "队伍", "人次",
    "总数", "总量", "总计", "辖区", "全区", "全市", "全省", "全县", "全镇", "事项", "其中", "累计", "共计", "合计",
  ])

  /// A figure seen earlier: its index in the context's quantities.
  typealias Seen = Int

  /// The tables of one part's figures.
  private struct Tables {
    var byRun = MeasureTable()
    var bySuffix = MeasureTable()
    var byAfter = MeasureTable()
  }

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let source = context.source
    let bytes = source.bytes
    let quantities = context.quantities
    let terms = LocalTermRanges(context)
    let scopes = Self.scopes(context.outline)
    var scopeIndex = 0
    let otherPeriods = Self.otherPeriodRanges(context.outline, bytes)
    var periodIndex = 0
    var sentence: (range: Range<Int>, isExcluded: Bool) = (0..<0, false)
    // Keys are a run of ideographs in the text plus the unit: looked up by their bytes and a hash, never built as
    // strings. The hashes of all suffixes of the run before a number come from one backward pass. Two sets of
    // tables per part, for the year and for other periods: figures of the review are never compared with those of
    // the plan, nor the five years' with the year's.
    var tables: [Tables] = Array(repeating: Tables(), count: 2 * scopes.count)
    var starts: [Int] = []
    var suffixHashes: [UInt64] = []
    let (excluded, flowVerbs) = (Self.excluded, Self.flowVerbs)
    for (index, q) in quantities.enumerated() {
      guard let unit = q.unit, !q.isRange, !q.isOrdinal, q.qualifier == nil, !unit.isProportion,
        unit.category != .time, !terms.covers(q.byteRange)
      else { continue }
      let at = q.byteRange.lowerBound
      while scopeIndex < scopes.count, scopes[scopeIndex].range.upperBound <= at { scopeIndex += 1 }
      guard scopeIndex < scopes.count, scopes[scopeIndex].range.contains(at) else { continue }
      while periodIndex < otherPeriods.count, otherPeriods[periodIndex].upperBound <= at { periodIndex += 1 }
      // Figures of the five years are compared with figures of the five years, those of the year with the year's.
      let isOtherPeriod = periodIndex < otherPeriods.count && otherPeriods[periodIndex].contains(at)
      let tableIndex = 2 * scopeIndex + (isOtherPeriod ? 1 : 0)
      if !sentence.range.contains(at) {
        let range = RuleBytes.sentence(bytes, around: at)
        sentence = (range, excluded.occurs(in: bytes, range: range))
      }
      if sentence.isExcluded { continue }
      let end = at
      let bounded = ideographStarts(bytes, endingAt: end, into: &starts)
      let before = (starts.last ?? end)..<end
      // A figure after a verb of yearly work keys on the verb and what follows it: "新增城镇就业", never "城镇就业".
      var flowStart: Int?
      flowVerbs.forEachMatch(in: bytes, range: before) { _, match in flowStart = max(flowStart ?? 0, match.lowerBound) }
      // The shortest suffix that may be a key: two characters, or back to the verb of yearly work.
      let shortest = flowStart.map { f in starts.firstIndex { $0 <= f } ?? 0 } ?? 1
      // What follows the verb must name something: "新建消防管网", not "培育" or "实施" alone.
      if let flowStart, Self.flowVerbs.longestMatch(in: bytes, startingAt: flowStart).map({ end - $0 < 6 }) ?? false {
        continue
      }
      let u = unit.text
      let unitHash = MeasureTable.hash(unit: u)
      // suffixHashes[k] is the key hash of the suffix of k + 1 ideographs, starting at starts[k].
      MeasureTable.suffixHashes(bytes, starts: starts, end: end, unitHash: unitHash, into: &suffixHashes)
      let after = ideographRun(bytes, startingAt: q.byteRange.upperBound)
      let afterKey =
        flowStart == nil && (4...6).contains(after.count) && isNoun(bytes, after.range, after.count) ? after.range : nil
      let afterHash = afterKey.map { MeasureTable.hash(bytes, $0, unitHash: unitHash) } ?? 0
      let count = starts.count
      // "西涌4个社区", "843个政务服务事项": the noun after the figure is what it counts, not the words before it.
      let countsTheNounAfter =
        after.count >= 2 && Self.afterFigure.longestMatch(in: bytes, startingAt: after.range.lowerBound) == nil
      if countsTheNounAfter, afterKey == nil { continue }
      // "建成中小学、幼儿园6所": after "、" the words name one item of a list, not the measure.
      let beforeIsNoun =
        bounded && !countsTheNounAfter && !Self.follows(Self.listComma, bytes, starts.last ?? end)
        && isNoun(bytes, before, count)
      // A key shorter than the whole run has three characters at least and does not cut a phrase joined by
      // "和", "及", "与" ("公办学校和幼儿园" is not "幼儿园").
      func isSuffixKey(_ k: Int) -> Bool {
        k == count - 1
          || (k + 1 >= 3 && Self.conjunctions.pattern(equalTo: bytes, range: starts[k + 1]..<starts[k]) == nil)
      }

      var earlier: (Seen, Range<Int>)?
      var t = tables[tableIndex]
      if beforeIsNoun, count >= 3, let s = t.bySuffix[bytes, before, u, suffixHashes[count - 1]] {
        earlier = (s, before)
      }
      if earlier == nil, count >= 2, !countsTheNounAfter {
        // Longest first; never shorter than the verb of yearly work.
        for k in (max(1, shortest)..<count).reversed() where isSuffixKey(k) && isNoun(bytes, starts[k]..<end, k + 1) {
          let suffix = starts[k]..<end
          if let s = t.byRun[bytes, suffix, u, suffixHashes[k]]
            ?? (k + 1 >= 4 ? t.byAfter[bytes, suffix, u, suffixHashes[k]] : nil)
          {
            earlier = (s, suffix)
            break
          }
        }
      }
      // A noun after the figure meets the same noun ending the words before another figure ("112处夜摊摆放点",
      // "夜摊摆放点83处"), not another noun after a figure: the verbs before the two may differ.
      if earlier == nil, let afterKey, let s = t.bySuffix[bytes, afterKey, u, afterHash] {
        earlier = (s, afterKey)
      }
      if let (first, noun) = earlier {
        let firstQuantity = quantities[first]
        // Decimal multiplication is slow: compare the written values when the magnitudes agree.
        let differs =
          firstQuantity.magnitude == q.magnitude
          ? firstQuantity.value != q.value : firstQuantity.scaledValue != q.scaledValue
        // Figures of one measure several times apart count different things ("为港澳青年提供就业岗位145个" and
        // "提供就业岗位12.7万个"): a figure restated wrongly keeps its order of magnitude.
        if differs, Self.areClose(firstQuantity, q) {
          let firstLine = source.line(containing: firstQuantity.byteRange.lowerBound)
          // "建成学校4所、新增学位4290个，建成幼儿园2所、新增学位720个": a breakdown, not the measure again.
          if firstLine != source.line(containing: q.byteRange.lowerBound),
            !Self.occursTwice(bytes, noun, in: sentence.range)
          {
            findings.append(
              finding(
                context, q.byteRange,
                "“\(source.text(noun))”在第\(firstLine)行是“\(source.text(firstQuantity.byteRange))”，这里是“\(source.text(q.byteRange))”：\(scopes[scopeIndex].name)中同一指标前后不一致，请核对后统一。"
              ))
          }
        }
      }
      if beforeIsNoun { t.byRun.insertIfAbsent(bytes, before, u, suffixHashes[count - 1], index) }
      if count >= 2 {
        for k in max(1, shortest)..<count where isSuffixKey(k) && (k < count - 1 || beforeIsNoun) {
          t.bySuffix.insertIfAbsent(bytes, starts[k]..<end, u, suffixHashes[k], index)
        }
      }
      if let afterKey { t.byAfter.insertIfAbsent(bytes, afterKey, u, afterHash, index) }
      tables[tableIndex] = t
    }
  }

  private static let listComma = Array("、".utf8)
  private static let conjunctions = BytePatternSet(["和", "及", "与", "或", "并"])

  /// Whether the bytes right before `i` are `word`.
  private static func follows(_ word: [UInt8], _ bytes: [UInt8], _ i: Int) -> Bool {
    i >= word.count && bytes[(i - word.count)..<i].elementsEqual(word)
  }

  /// Words that follow a figure without being what it counts: "112个全部投入使用", "5所已开工".
  private static let afterFigure = BytePatternSet([
    "全部", "全面", "均", "已", "都", "正式", "顺利", "陆续", "先后", "相继", "分别", "被", "获", "通过", "实现", "完成", "建成",
    "投入", "开工", "竣工", "落地", "到位", "左右", "以上", "以下", "以内", "的", "和", "及", "与", "或", "次", "同比", "比", "较",
    "增长", "下降", "位居", "居", "排", "列", "占", "为", "达", "是", "在", "于", "用于", "全年", "其中",
  ])

  /// Words that put a paragraph or a section in another period than the report's year: "五年来", "十四五时期".
  private static let otherPeriodWords = BytePatternSet([
    "五年", "大以来", "会以来", "成立以来", "改革开放以来", "年均", "历年", "近年", "十一五", "十二五", "十三五", "十四五", "十五五",
    "届",
  ])

  /// Where words of another period first occur in `range`, or nil.
  private static func otherPeriod(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
    var first: Int?
    otherPeriodWords.forEachMatch(in: bytes, range: range) { _, match in
      first = min(first ?? match.lowerBound, match.lowerBound)
    }
    return first
  }

  /// Words that bring a paragraph back to the report's own year: "过去一年", "2024年，…".
  private static let ownYearWords = BytePatternSet(["过去一年", "这一年", "一年来", "今年", "去年", "全年", "上半年"])

  /// The ranges whose figures belong to another period than the report's year, in text order: sections whose
  /// heading speaks of it ("（一）过去五年…"); in a paragraph, the text from such words on ("五年来，我们…"); and
  /// the paragraphs after one that opens on another period ("'十三五'时期，…" then "——…", "一是…"), up to the
  /// next heading or a paragraph that opens on the year again ("过去一年，…").
  private static func otherPeriodRanges(_ outline: Outline, _ bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    func walk(_ blocks: [Block]) {
      var carried = false
      for block in blocks {
        switch block {
        case .section(let section):
          carried = false
          let heading = section.heading.range.lowerBound.offset..<section.heading.range.upperBound.offset
          let first = RuleBytes.sentence(bytes, around: heading.lowerBound).clamped(to: heading)
          if otherPeriod(bytes, in: first.isEmpty ? heading : first) != nil {
            result.append(section.range.lowerBound.offset..<section.range.upperBound.offset)
          } else {
            walk(section.blocks)
          }
        case .paragraph(let paragraph):
          let range = paragraph.range.lowerBound.offset..<paragraph.range.upperBound.offset
          let first = RuleBytes.sentence(bytes, around: range.lowerBound).clamped(to: range)
          if otherPeriod(bytes, in: first) != nil {
            carried = true
          } else if ownYearWords.occurs(in: bytes, range: first) {
            carried = false
          }
          if carried {
            result.append(range)
          } else {
            if let from = sentenceOpeningOnOtherPeriod(bytes, in: range) { result.append(from..<range.upperBound) }
          }
        }
      }
    }
    for part in outline.parts where [.review, .plan, .guidance, .targets].contains(part.role) {
      // "一、过去五年工作回顾": the whole part is of the five years; "一、2025年工作回顾和'十四五'成就" mixes them.
      if let heading = part.heading {
        let range = heading.range.lowerBound.offset..<heading.range.upperBound.offset
        if otherPeriod(bytes, in: range) != nil, !ownYearWords.occurs(in: bytes, range: range),
          !bytes[range].contains(where: { (0x30...0x39).contains($0) })
        {
          result.append(part.range.lowerBound.offset..<part.range.upperBound.offset)
          continue
        }
      }
      walk(part.blocks)
    }
    return result
  }

  /// The start of the first sentence of `range` that opens on another period ("五年来，…", "'十三五'期间，…"),
  /// or nil: the rest of the paragraph speaks of that period.
  private static func sentenceOpeningOnOtherPeriod(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
    var start = range.lowerBound
    var i = range.lowerBound
    while i < range.upperBound {
      if i + 3 <= range.upperBound, RuleBytes.isSentenceStop(bytes, at: i) {
        i += 3
        start = i
        continue
      }
      if i == start, otherPeriod(bytes, in: start..<min(range.upperBound, start + 30)) != nil { return start }
      i += 1
    }
    return nil
  }

  /// Whether the larger of two figures is at most three times the smaller.
  private static func areClose(_ a: Quantity, _ b: Quantity) -> Bool {
    let (x, y) = (a.scaledValue, b.scaledValue)
    guard x > 0, y > 0 else { return false }
    return max(x, y) <= 3 * min(x, y)
  }

  /// Whether the bytes of `key` occur twice inside `range`.
  private static func occursTwice(_ bytes: [UInt8], _ key: Range<Int>, in range: Range<Int>) -> Bool {
    let n = key.count
    guard n > 0, range.count >= 2 * n else { return false }
    var found = 0
    var i = range.lowerBound
    while i + n <= range.upperBound {
      if bytes[i] == bytes[key.lowerBound], bytes[i..<(i + n)].elementsEqual(bytes[key]) {
        found += 1
        if found == 2 { return true }
        i += n
      } else {
        i += 1
      }
    }
    return false
  }

  /// The byte ranges of the parts whose figures are compared among themselves, in text order: the review, and
  /// the plan with its guidance and targets, each part under its own heading apart.
  private static func scopes(_ outline: Outline) -> [(range: Range<Int>, name: String)] {
    var result: [(range: Range<Int>, name: String)] = []
    for part in outline.parts {
      let name: String
      switch part.role {
      case .review: name = "工作回顾"
      case .plan, .guidance, .targets: name = "工作安排"
      default: continue
      }
      // A plan continued under a heading of its own ("三、2026年重点工作" after the five-year part) is a scope
      // of its own: the five years' figures are not the year's.
      result.append((part.range.lowerBound.offset..<part.range.upperBound.offset, name))
    }
    return result
  }

  /// Whether the `count` ideographs in `range` may name a measure: not a bare verb, not ending with one, and not a
  /// two-character word too general to name one.
  private func isNoun(_ bytes: [UInt8], _ range: Range<Int>, _ count: Int) -> Bool {
    guard count >= 2 else { return false }
    if count <= Self.longestVerb, Self.verbs.pattern(equalTo: bytes, range: range) != nil { return false }
    // The last one or two characters: "组建", "供应" end no measure.
    for tail in 1...2 where count > tail {
      let lower = range.upperBound - 3 * tail
      if lower >= range.lowerBound, Self.verbs.pattern(equalTo: bytes, range: lower..<range.upperBound) != nil {
        return false
      }
    }
    return count >= 3 || Self.generalNouns.pattern(equalTo: bytes, range: range) == nil
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

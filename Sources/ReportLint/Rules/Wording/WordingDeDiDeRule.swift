import ReportText

/// “的”“地”“得”用混：状语后用“地”，补语前用“得”。
///
/// 只查两类意思明确的写法：
///
/// - 修饰动词的状语后写了“的”：“积极的推进乡村振兴”“认真的落实各项政策”“扎实的开展专项整治”→“积极地推进”
///   “认真地落实”“扎实地开展”。状语（积极、认真、扎实……，不收“有效”“充分”这类多作定语的形容词）和动词各取自
///   一张小表；动词后要接宾语或“了”，或者句子在动词处结束而状语前是主语（“改革工作扎实的推进。”）。动词后是
///   名词性的词（“起到积极的推动作用”“全面的提升态势”），句子在动词处结束而前面不是主语（“实现持续的发展。”），
///   或状语前是“得到”“进行”“给予”“保持”以及“更”“不”“可”等（“得到了积极的推动”“更可持续的发展”），“的”用得对，
///   不报告。
/// - 程度补语前写了“的”：“完成的很好”“发展的很快”“做的更好”“做的还不够到位”→“完成得很好”“发展得很快”
///   “做得更好”“做得还不够到位”。程度词（很、更、非常、十分、还不够……）后的形容词要接标点，“做的很多工作”
///   （“做的”是“所做的”）不报告。
///
/// 修正：把“的”换成“地”或“得”。
public struct WordingDeDiDeRule: LintRule {
  public static let description = RuleDescription(
    id: "wording.de-di-de",
    summary: "“的”“地”“得”用混：“积极的推进”应为“积极地推进”，“完成的很好”应为“完成得很好”。",
    defaultSeverity: .warning,
    triggering: [
      "积极的推进乡村振兴。", "认真的落实各项惠民政策。", "全镇上下扎实的开展了环境整治。", "各项任务完成的很好。", "集镇面貌变的越来越美。",
      "整体推进做的还不够到位，仍需努力。", "圆满的完成了全年目标任务。",
    ],
    nonTriggering: [
      "实施积极的财政政策。", "完成的任务很多。", "起到了积极的推动作用。", "实现持续的发展。", "各项工作得到了扎实的推进。", "我们做的很多工作。",
      "积极地推进乡村振兴，各项任务完成得很好。",
    ],
    hasFix: true)

  /// Adverbials that describe how an action is done.
  static let adverbials = WordList([
    "积极", "认真", "扎实", "切实", "大力", "稳步", "深入", "主动", "坚决", "努力", "逐步", "全力", "着力", "不断", "持续",
    "有序", "稳妥", "全面", "扎扎实实", "认认真真", "坚定不移", "积极主动", "持之以恒", "牢牢", "依法", "进一步", "实实在在",
    "圆满", "较好", "很好", "顺利", "妥善",
  ])

  /// Verbs that such an adverbial goes with.
  static let verbs = WordList([
    "推进", "落实", "开展", "推动", "实施", "完成", "解决", "加强", "做好", "抓好", "提升", "提高", "促进", "贯彻", "执行",
    "推行", "改善", "引导", "组织", "应对", "化解", "处置", "整治", "培育", "发挥", "履行", "抓实", "抓住", "把握", "融入",
    "维护", "带动", "打造",
  ])

  /// What, after the verb, makes the phrase a noun phrase ("推进作用", "推进机制") or shows nothing of an object.
  static let nounHeads = WordList([
    "作用", "机制", "体系", "路径", "动能", "动力", "势头", "态势", "步伐", "进程", "过程", "阶段", "格局", "局面", "水平",
    "能力", "力度", "力量", "效果", "成效", "成果", "措施", "方式", "方法", "模式", "工作", "任务", "目标", "方向", "思路",
    "举措", "政策", "制度", "环境", "氛围", "空间", "条件", "基础", "平台", "意识", "理念", "精神", "态度", "状态", "速度",
    "质量", "效率", "效益", "责任", "要求", "意见", "方案", "计划", "规划", "项目", "资金", "经费", "人员", "队伍", "主体",
    "作风", "手段", "途径", "办法", "渠道", "载体", "抓手", "内容", "重点", "方面", "领域", "意义", "成绩", "经验",
    "中", "下", "上", "之", "的", "和", "与", "及", "或", "是", "为", "也", "都", "等", "者", "性", "率", "期",
    "型", "式", "态", "力", "们", "而", "并",
  ])

  /// Words before the adverbial after which "的" is right: the phrase is the object of a verb ("得到了积极的推动"),
  /// or the adverbial is an adjective after a word of degree or negation ("更可持续的发展").
  static let nominalFrames = WordList([
    "得到", "受到", "进行", "作出", "做出", "给予", "予以", "加以", "取得", "实现", "形成", "获得", "有着", "具有", "需要",
    "是", "为", "有", "以", "了", "一种", "一个", "的", "起到", "发挥", "带来", "提供", "开展", "推动", "促进", "坚持",
    "采取", "保持", "迎来", "呈现", "展现", "得以", "有所", "可", "不", "更", "最", "很", "较", "越",
  ])

  /// Nouns that, right before the adverbial, are the subject of the verb that ends the clause: "改革工作扎实的推进。"
  /// ("实现持续的发展。" has a verb there, and "的" is right).
  static let subjects = WordList([
    "工作", "改革", "开放", "战略", "项目", "任务", "工程", "行动", "举措", "政策", "措施", "部署", "规划", "方案", "攻坚",
    "衔接", "活动", "试点", "专项", "制度", "机制", "体系", "战役", "计划", "要求", "建设", "创新", "发展", "治理", "振兴",
    "整治", "转型", "改造",
  ])

  /// Verbs that take a complement of degree.
  static let complementVerbs = WordList([
    "做", "干", "抓", "搞", "办", "管", "变", "走", "跑", "长", "完成", "发展", "落实", "推进", "开展", "进展", "执行", "解决",
    "处理", "建设", "增长", "提升", "改善", "贯彻", "实施", "服务", "过", "活", "升", "降",
  ])

  /// Words of degree that open a complement.
  static let degrees = WordList([
    "很", "更", "更加", "非常", "十分", "比较", "较", "越来越", "特别", "相当", "还不够", "还不", "不够", "不太", "还很", "还比较",
    "也很", "都很", "越发", "愈发", "格外", "极", "最",
  ])

  /// Adjectives of such a complement, or nothing after "不够".
  static let adjectives = WordList([
    "好", "快", "实", "细", "深", "稳", "准", "强", "扎实", "到位", "出色", "顺利", "明显", "突出", "有效", "迅速", "及时",
    "充分", "精彩", "红火", "理想", "彻底", "全面", "完善", "规范", "精准", "细致", "美", "美丽", "优", "高", "大", "广",
    "远", "活", "热", "火", "有力", "有序", "平稳", "健康", "协调", "均衡", "积极", "主动", "踏实", "牢", "透", "严",
    "紧", "满意", "成功", "漂亮", "整洁", "干净", "宽", "亮",
  ])

  private static let de = Array("的".utf8)
  private static let notEnough = Array("不够".utf8)
  /// Words that may stand before the word of degree: "做的还不够到位", "完成的也很好".
  private static let degreePrefixes = WordList(["还", "也", "都", "仍", "仍然", "依然"])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    for p in RuleBytes.occurrences(of: Self.de, in: bytes) {
      let range = p..<(p + 3)
      if let phrase = adverbialBeforeVerb(bytes, p) {
        guard !terms.covers(phrase) else { continue }
        let written = context.source.text(phrase)
        let fixed = context.source.text(phrase.lowerBound..<p) + "地" + context.source.text((p + 3)..<phrase.upperBound)
        findings.append(
          finding(
            context, range, "“\(written)”中修饰动词的状语后应用“地”：应写作“\(fixed)”。",
            fix: Fix(replacing: range, with: "地", summary: "把“\(written)”改为“\(fixed)”")))
      } else if let phrase = verbBeforeComplement(bytes, p) {
        guard !terms.covers(phrase) else { continue }
        let written = context.source.text(phrase)
        let fixed = context.source.text(phrase.lowerBound..<p) + "得" + context.source.text((p + 3)..<phrase.upperBound)
        findings.append(
          finding(
            context, range, "“\(written)”中引出程度补语应用“得”：应写作“\(fixed)”。",
            fix: Fix(replacing: range, with: "得", summary: "把“\(written)”改为“\(fixed)”")))
      }
    }
  }

  /// "积极的推进乡村振兴": the bytes from the adverbial to the verb, when "的" at `p` should be "地".
  private func adverbialBeforeVerb(_ bytes: [UInt8], _ p: Int) -> Range<Int>? {
    guard let a = Self.adverbials.match(bytes, endingAt: p), let v = Self.verbs.match(bytes, at: p + 3) else {
      return nil
    }
    let start = p - a
    let verbEnd = p + 3 + v
    // After the verb: "了", or the start of an object that is not a noun head; or the end of the clause when a
    // subject stands before the adverbial ("改革工作扎实的推进。").
    let next = RuleBytes.scalar(bytes, at: verbEnd)
    if next == "了" {
      // "积极的推进了…"
    } else if let next, CharacterClass.isCJKIdeograph(next) || next == "“" || next == "《" {
      guard Self.nounHeads.match(bytes, at: verbEnd) == nil else { return nil }
    } else if Self.endsClause(bytes, at: verbEnd) {
      guard Self.subjects.match(bytes, endingAt: start) != nil else { return nil }
    } else {
      return nil
    }
    // Before the adverbial: not a verb that takes the phrase as its object ("得到了积极的推动"), and not a word of
    // degree or negation that makes the adverbial an adjective ("更可持续的发展", "不充分的发展").
    if Self.nominalFrames.match(bytes, endingAt: start) != nil { return nil }
    return start..<verbEnd
  }

  /// "完成的很好": the bytes from the verb to the end of the complement, when "的" at `p` should be "得".
  private func verbBeforeComplement(_ bytes: [UInt8], _ p: Int) -> Range<Int>? {
    guard let v = Self.complementVerbs.match(bytes, endingAt: p) else { return nil }
    let start = p - v
    // "所做的": what was done, a noun phrase.
    if RuleBytes.isScalar(bytes, before: start, "所") { return nil }
    var j = p + 3
    if let prefix = Self.degreePrefixes.match(bytes, at: j), Self.degrees.match(bytes, at: j + prefix) != nil {
      j += prefix
    }
    guard let d = Self.degrees.match(bytes, at: j) else { return nil }
    j += d
    let degreeIsWhole = RuleBytes.matches(Self.notEnough, in: bytes, at: j - 6)
    if let adjective = Self.adjectives.match(bytes, at: j) {
      j += adjective
    } else if !degreeIsWhole {
      return nil
    }
    if RuleBytes.isScalar(bytes, at: j, "了") { j += 3 }
    // The complement ends the clause.
    guard j >= bytes.count || Self.endsClause(bytes, at: j) else { return nil }
    return start..<j
  }

  /// Whether a clause ends at `i`: a line end or a mark of 。，；：！？、 (full or half width).
  private static func endsClause(_ bytes: [UInt8], at i: Int) -> Bool {
    guard let s = RuleBytes.scalar(bytes, at: i) else { return true }
    return "\n\r。，；：！？、,;:!?）)”".unicodeScalars.contains(s)
  }
}

extension RuleBytes {
  /// Whether the scalar ending at `i` is `scalar`.
  static func isScalar(_ bytes: [UInt8], before i: Int, _ scalar: Unicode.Scalar) -> Bool {
    self.scalar(bytes, before: i) == scalar
  }
}

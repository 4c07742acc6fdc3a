import ReportText

/// Reports a year said to be the first, last or middle year of a five-year plan that it is not: "2024年是“十四五”
/// 规划收官之年" (2025 is).
///
/// The plans run 十一五 2006–2010, 十二五 2011–2015, 十三五 2016–2020, 十四五 2021–2025, 十五五 2026–2030 (and on
/// by fives). The rule reads the stock claims "X年是……“十N五”（规划）……开局之年／收官之年／承上启下的关键之年／
/// 关键之年", and "……是“十五五”规划谋划之年" for the year before a plan:
/// - 开局、开篇、起步、第一年: the plan's first year; 收官、最后一年: its last; 谋划、编制: a year before it
///   (the year before, or the one or two before that);
/// - 承上启下: a year inside the plan, not its first or last;
/// - 关键、攻坚、冲刺、决胜之年: a year inside the plan.
///
/// X is a year written out ("2024年是", "刚刚过去的2020年，是"), or 今年/明年/去年/过去一年, which are counted from
/// the report's own year (annual and half-year reports; a summary and plan, written at the turn of the year, is
/// not read for them). A claim without such a subject ("在“十三五”开局之年，我们……") is left alone.
public struct FiveYearPlanRule: LintRule {
  public static let description = RuleDescription(
    id: "date.five-year-plan",
    summary: "“某年是‘十四五’规划开局之年、收官之年”等说法与五年规划的起止年份不符。",
    defaultSeverity: .warning,
    triggering: [
      "2024年是“十四五”规划收官之年，做好今年工作意义重大。",
      "2020年是实施“十四五”规划的开局之年。",
      """
      青山镇2025年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全镇完成地区生产总值12.3亿元，新建农村道路15公里。
      二、2025年工作安排
      今年是“十四五”规划承上启下的关键之年，力争新签约项目5个。
      """,
    ],
    nonTriggering: [
      "2025年是“十四五”规划收官之年，也是“十五五”规划谋划之年。",
      "2023年是全面贯彻党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键之年。",
      "2015年是全面推进依法治区的开局之年，是全面完成“十二五”规划的收官之年。",
      "一季度作为“十四五”开局之年的起点，要跑好第一棒。",
    ])

  public init() {}

  /// "十一五" … "十六五".
  static let tokens: [String] = (11...16).compactMap { ChineseNumeral.text(for: $0).map { $0 + "五" } }

  /// The first year of the `ordinal`-th five-year plan (the third began in 1966, after three years of adjustment).
  static func firstYear(ofPlan ordinal: Int) -> Int { 1956 + 5 * (ordinal - 1) }

  /// Where in its plan a claim puts a year.
  enum Stage {
    case first, last, yearBefore, middle, inside
  }

  static let stages: [(word: [UInt8], stage: Stage)] = [
    ("开局", Stage.first), ("开篇", .first), ("起步之年", .first), ("第一年", .first), ("收官", .last),
    ("最后一年", .last), ("谋划", .yearBefore), ("编制", .yearBefore), ("承上启下", .middle),
    ("关键之年", .inside), ("关键一年", .inside), ("攻坚之年", .inside), ("冲刺之年", .inside), ("决胜之年", .inside),
  ].map { (Array($0.0.utf8), $0.1) }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let matches = WordingScan.matches(context, of: .fiveYearPlan)
    guard !matches.isEmpty else { return }
    let bytes = context.source.bytes
    let dating = ReportDating.of(context)
    var reported = Set<Int>()
    for (index, range) in matches {
      let ordinal = index + 11
      guard let stage = Self.stage(bytes, after: range.upperBound),
        let subject = Self.subject(bytes, before: range.lowerBound, dating),
        !reported.contains(subject.bytes.lowerBound)
      else { continue }
      let first = Self.firstYear(ofPlan: ordinal)
      let plan = "“\(Self.tokens[index])”规划（\(first)—\(first + 4)年）"
      let year = subject.year
      let message: String?
      switch stage {
      case .first where year != first:
        message = "\(plan)的开局之年是\(first)年，这里说的却是\(year)年：请核对年份，或改用其他说法。"
      case .last where year != first + 4:
        message = "\(plan)的收官之年是\(first + 4)年，这里说的却是\(year)年：请核对年份，或改用“关键之年”等说法。"
      case .yearBefore where year >= first || year < first - 2:
        message = "谋划、编制\(plan)应在规划开始之前（\(first - 1)年前后），这里说的却是\(year)年：请核对年份。"
      case .middle where !(first + 1...first + 3).contains(year):
        message =
          "“承上启下”之年在\(plan)的中间几年，\(year)年却是\(year < first || year > first + 4 ? "规划期之外" : year == first ? "开局之年" : "收官之年")：请核对年份或说法。"
      case .inside where !(first...first + 4).contains(year):
        message = "\(year)年不在\(plan)之内：请核对年份或规划的名称。"
      default:
        message = nil
      }
      guard let message else { continue }
      reported.insert(subject.bytes.lowerBound)
      findings.append(finding(context, subject.bytes, message))
    }
  }

  /// The stage named just after a plan's name ("”规划的收官之年", "”时期的收官之年", "”规划目标任务的关键之年"):
  /// only quotation marks and the words of `fillers` may stand between them, so that a stage word further on
  /// ("为“十四五”发展打好基础的关键之年") is not taken for the plan's.
  static func stage(_ bytes: [UInt8], after start: Int) -> Stage? {
    var i = start
    var steps = 0
    while steps < 8 {
      if let found = stages.first(where: { RuleBytes.matches($0.word, in: bytes, at: i) }) { return found.stage }
      guard let filler = fillers.first(where: { RuleBytes.matches($0, in: bytes, at: i) }) else { return nil }
      i += filler.count
      steps += 1
    }
    return nil
  }

  /// What may stand between a plan's name and its stage: closing quotation marks and a few words.
  static let fillers: [[UInt8]] = [
    "”", "’", "\"", "'", "》", "」", "规划纲要", "规划", "时期", "期间", "的", "各项目标任务", "目标任务", "各项任务",
    "目标", "任务", "顺利", "圆满", "全面", "实施", "胜利",
  ].map { Array($0.utf8) }

  /// A year and its bytes.
  struct Subject {
    var year: Int
    var bytes: Range<Int>
  }

  /// The year a claim is about: the subject of the nearest "是" before the plan's name in the sentence that has one
  /// ("2015年是……开局之年，是全面完成“十二五”规划的收官之年"), at most 60 characters back. Nil when another year is
  /// named in between without being such a subject.
  static func subject(_ bytes: [UInt8], before start: Int, _ dating: ReportDating) -> Subject? {
    var i = start
    var count = 0
    while count < 60, let lo = RuleBytes.start(bytes, before: i), let scalar = RuleBytes.scalar(bytes, at: lo) {
      if sentenceEnds.contains(scalar) { return nil }
      if scalar == "是" {
        if let found = subject(bytes, endingAt: lo, dating) { return found }
      } else if scalar == "年", lo >= 4, bytes[lo - 4..<lo].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        // A year that is not the subject of a "是" (it would have been found there): the claim is not simple.
        return nil
      }
      i = lo
      count += 1
    }
    return nil
  }

  /// The subject written just before a "是" that starts at `end`: "2024年", "今年" …, with "，" and one adverb
  /// (也、既、还、又、则、更、正、就、仍) allowed between.
  private static func subject(_ bytes: [UInt8], endingAt end: Int, _ dating: ReportDating) -> Subject? {
    var j = end
    if let s = RuleBytes.scalar(bytes, before: j), adverbs.contains(s) { j = RuleBytes.start(bytes, before: j)! }
    if let s = RuleBytes.scalar(bytes, before: j), s == "，" { j = RuleBytes.start(bytes, before: j)! }
    if j >= 7, RuleBytes.matches(nian, in: bytes, at: j - 3),
      bytes[j - 7..<j - 3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      j - 7 == 0 || !(bytes[j - 8] >= 0x30 && bytes[j - 8] <= 0x39)
    {
      let year = bytes[j - 7..<j - 3].reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return Subject(year: year, bytes: j - 7..<j)
    }
    guard let current = dating.currentYear else { return nil }
    for (word, offset) in relativeSubjects
    where j >= word.count && RuleBytes.matches(word, in: bytes, at: j - word.count) {
      return Subject(year: current + offset, bytes: j - word.count..<j)
    }
    return nil
  }

  private static let relativeSubjects: [([UInt8], Int)] = [
    ("今年", 0), ("明年", 1), ("去年", -1), ("过去一年", -1), ("过去的一年", -1),
  ].map { (Array($0.0.utf8), $0.1) }
  private static let nian = Array("年".utf8)
  private static let adverbs: Set<Unicode.Scalar> = ["也", "既", "还", "又", "则", "更", "正", "就", "仍"]
  private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", "\n"]
}

import ReportText

/// 周年数与年份不符："2023年是中华人民共和国成立70周年"（应为74周年，70周年是2019年）。
///
/// 报告常写"今年是…成立N周年""2024年是…诞辰N周年"。规则认出一句中"X年是"或"今年是"之后的纪念事件（中华人民共和国成立、
/// 中国共产党成立、改革开放、香港回归、抗日战争胜利、领导人诞辰等，事件和年份是一张表），按事件的年份算出这一年应是
/// 几周年，与写的周年数不同时报告。"今年""明年"按报告自己的日期算。不给修正：请核对年份或周年数。
public struct AnniversaryRule: LintRule {
  public static let description = RuleDescription(
    id: "date.anniversary",
    summary: "“X年是……N周年”中的周年数与年份不符。",
    defaultSeverity: .warning,
    triggering: ["2023年是中华人民共和国成立70周年，也是实施“十四五”规划承上启下的关键之年。", "2021年是中国共产党成立110周年。"],
    nonTriggering: [
      "2024年是中华人民共和国成立75周年。", "2018年是改革开放40周年。", "2021年是中国共产党成立一百周年。", "全镇庆祝建镇70周年。",
    ])

  /// Events that reports count anniversaries of, and their years.
  static let events: [(String, Int)] = [
    ("中华人民共和国成立", 1949), ("新中国成立", 1949), ("中国共产党成立", 1921), ("建党", 1921), ("中国人民解放军建军", 1927),
    ("建军", 1927), ("改革开放", 1978), ("香港回归祖国", 1997), ("香港回归", 1997), ("澳门回归祖国", 1999), ("澳门回归", 1999),
    ("中国人民抗日战争暨世界反法西斯战争胜利", 1945), ("抗日战争胜利", 1945), ("抗战胜利", 1945), ("红军长征胜利", 1936),
    ("长征胜利", 1936), ("五四运动", 1919), ("辛亥革命", 1911), ("毛泽东同志诞辰", 1893), ("邓小平同志诞辰", 1904),
    ("周恩来同志诞辰", 1898), ("刘少奇同志诞辰", 1898), ("朱德同志诞辰", 1886),
  ]

  private static let eventWords = BytePatternSet(events.map(\.0))
  private static let anniversary = Array("周年".utf8)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let marks = RuleBytes.occurrences(of: Self.anniversary, in: bytes)
    guard !marks.isEmpty else { return }
    let dating = ReportDating.of(context)
    for mark in marks {
      guard let (number, numberStart) = Self.number(bytes, endingAt: mark),
        let (event, eventStart) = Self.event(bytes, endingAt: numberStart),
        let subject = FiveYearPlanRule.subject(bytes, before: eventStart, dating)
      else { continue }
      let expected = subject.year - event.1
      guard expected != number, expected > 0 else { continue }
      findings.append(
        finding(
          context, numberStart..<(mark + Self.anniversary.count),
          "\(event.0)在\(event.1)年，\(subject.year)年是\(event.0)\(expected)周年，这里写的是\(number)周年：请核对年份或周年数。"))
    }
  }

  /// The number written right before `end` ("75", "七十五", "一百"), and where it starts.
  private static func number(_ bytes: [UInt8], endingAt end: Int) -> (Int, Int)? {
    var i = end
    while i > 0, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39 { i -= 1 }
    if i < end, end - i <= 3 {
      return (bytes[i..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }, i)
    }
    var start = end
    var count = 0
    while count < 5, let lo = RuleBytes.start(bytes, before: start), let s = RuleBytes.scalar(bytes, at: lo),
      ChineseNumeral.isNumeralScalar(s)
    {
      start = lo
      count += 1
    }
    guard start < end, let value = ChineseNumeral.value(of: String(decoding: bytes[start..<end], as: UTF8.self)) else {
      return nil
    }
    return (value, start)
  }

  /// The event whose words end right at `end`, and where they start.
  private static func event(_ bytes: [UInt8], endingAt end: Int) -> ((String, Int), Int)? {
    let start = max(0, end - 60)
    var best: (Int, Range<Int>)?
    eventWords.forEachMatch(in: bytes, range: start..<end) { pattern, range in
      guard range.upperBound == end else { return }
      if best == nil || range.count > best!.1.count { best = (pattern, range) }
    }
    guard let (pattern, range) = best else { return nil }
    return (events[pattern], range.lowerBound)
  }
}

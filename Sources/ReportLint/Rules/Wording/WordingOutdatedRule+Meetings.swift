import ReportOutline
import ReportText

extension WordingOutdatedRule {
  /// A meeting formula as written: "党的二十大和二十届二中、三中全会" before "精神".
  struct MeetingFormula {
    /// From the first meeting named to the end of the last.
    var range: Range<Int>
    var congresses: [Int] = []
    /// (term, plenum) of each plenum named.
    var plenums: [(term: Int, plenum: Int)] = []
    /// Terms whose plenums are named together ("十九届历次全会").
    var allPlenums: [Int] = []
  }

  /// How many days after a meeting opened a report is expected to name it: the meeting's days and the time to
  /// pass its wording down.
  static let daysToTakeUp = 30

  func checkMeetings(
    _ context: LintContext, _ dating: ReportDating, _ calendar: PartyCalendar, into findings: inout [Finding]
  ) {
    let bytes = context.source.bytes
    var parsedUntil = 0
    for (_, range) in WordingScan.matches(context, of: .meeting) where range.lowerBound >= parsedUntil {
      // "二十一大" holds "十一大": the longer numeral is read from its own start.
      if let before = RuleBytes.scalar(bytes, before: range.lowerBound), Self.numeralValue(before) != nil { continue }
      guard let formula = Self.formula(at: range.lowerBound, bytes) else { continue }
      parsedUntil = formula.range.upperBound
      guard let judged = judge(formula, at: range.lowerBound, dating, calendar) else { continue }
      // "党的" before the first meeting belongs to the formula.
      var range = formula.range
      if range.lowerBound >= Self.dangDe.count,
        RuleBytes.matches(Self.dangDe, in: bytes, at: range.lowerBound - Self.dangDe.count)
      {
        range = range.lowerBound - Self.dangDe.count..<range.upperBound
      }
      findings.append(
        finding(context, range, "“\(context.source.text(range))精神”已不是最新的提法：\(judged)"))
    }
  }

  /// The message's reason and advice when the formula leaves out a meeting held before the time it speaks of.
  private func judge(
    _ formula: MeetingFormula, at offset: Int, _ dating: ReportDating, _ calendar: PartyCalendar
  ) -> String? {
    // The latest day the formula covers.
    var covered: CalendarDay?
    func cover(_ day: CalendarDay?) {
      guard let day else { return }
      if covered.map({ $0 < day }) ?? true { covered = day }
    }
    for term in formula.congresses { cover(calendar.day(term: term, plenum: 0)) }
    for (term, plenum) in formula.plenums { cover(calendar.day(term: term, plenum: plenum)) }
    for term in formula.allPlenums {
      guard let last = calendar.lastDay(ofTerm: term) else { return nil }
      cover(last)
    }
    guard let covered else { return nil }
    let now = dating.speaksOfNow(at: offset)
    let reference: CalendarDay
    let when: String
    if now {
      guard let earliest = dating.earliest else { return nil }
      reference = earliest.adding(days: -Self.daysToTakeUp)
      when =
        dating.dateline.map { "本报告的日期是\($0.day)" } ?? "本报告是\(earliest.year)年的报告"
    } else {
      guard let start = dating.reviewStart else { return nil }
      reference = start.adding(days: -1)
      when = "这里回顾的是\(start.year)年的工作"
    }
    guard
      let latest = calendar.latest(onOrBefore: reference, plenums: !formula.plenums.isEmpty),
      covered < latest.day, let guidance = calendar.guidance(asOf: reference)
    else { return nil }
    // A newer congress says more than a newer plenum.
    var named = latest
    if let congress = calendar.latest(onOrBefore: reference, plenums: false), covered < congress.day {
      named = congress
    }
    return
      "\(when)，此前已召开\(PartyCalendar.name(named))（\(named.day.monthText)），应写作“\(guidance)”。"
  }

  // MARK: - Reading a formula

  /// The formula starting at the meeting word at `start` ("十九大", "十九届"), or nil when the words there are not
  /// the standing formula of guidance: a verb of following before it (贯彻、落实、学习、领会、践行、宣传、遵循, or 以/在
  /// just before), a congress among the meetings, not "以来" after them, and "精神" later in the same clause.
  static func formula(at start: Int, _ bytes: [UInt8]) -> MeetingFormula? {
    var formula = MeetingFormula(range: start..<start)
    var i = start
    while true {
      var j = i
      if RuleBytes.matches(dangDe, in: bytes, at: j) { j += dangDe.count }
      if RuleBytes.matches(zhongyang, in: bytes, at: j) { j += zhongyang.count }
      guard let (term, afterNumeral) = numeral(bytes, at: j, maxLength: 3) else { break }
      if RuleBytes.matches(da, in: bytes, at: afterNumeral) {
        formula.congresses.append(term)
        i = afterNumeral + da.count
      } else if RuleBytes.matches(jie, in: bytes, at: afterNumeral) {
        var k = afterNumeral + jie.count
        if RuleBytes.matches(zhongyang, in: bytes, at: k) { k += zhongyang.count }
        if RuleBytes.matches(liciQuanhui, in: bytes, at: k) {
          formula.allPlenums.append(term)
          i = k + liciQuanhui.count
        } else if let (plenums, end) = plenumList(bytes, at: k) {
          formula.plenums += plenums.map { (term, $0) }
          i = end
        } else {
          break
        }
      } else {
        break
      }
      formula.range = start..<i
      // Another meeting after 、 和 及 以及 与 goes on the list.
      guard let next = separator(bytes, at: i) else { break }
      i = next
    }
    guard !formula.congresses.isEmpty, !RuleBytes.matches(yilai, in: bytes, at: formula.range.upperBound),
      hasJingshen(bytes, from: formula.range.upperBound), hasVerb(bytes, before: start)
    else { return nil }
    return formula
  }

  /// "二中、三中全会", "二中全会、三中全会", "四中全会": the plenums and where the list ends.
  private static func plenumList(_ bytes: [UInt8], at start: Int) -> ([Int], Int)? {
    var plenums: [Int] = []
    var i = start
    var end: Int?
    while let (n, afterNumeral) = numeral(bytes, at: i, maxLength: 1),
      RuleBytes.matches(zhong, in: bytes, at: afterNumeral)
    {
      plenums.append(n)
      i = afterNumeral + zhong.count
      if RuleBytes.matches(quanhui, in: bytes, at: i) {
        i += quanhui.count
        end = i
      }
      guard let next = separator(bytes, at: i), numeral(bytes, at: next, maxLength: 1) != nil else { break }
      i = next
    }
    guard let end, !plenums.isEmpty else { return nil }
    return (plenums, end)
  }

  /// Where the next item starts after a list separator at `i`.
  private static func separator(_ bytes: [UInt8], at i: Int) -> Int? {
    for word in separators where RuleBytes.matches(word, in: bytes, at: i) { return i + word.count }
    return nil
  }

  /// Whether "精神" follows within the clause (up to the next ，。；！？ or line end, at most 30 characters).
  private static func hasJingshen(_ bytes: [UInt8], from i: Int) -> Bool {
    var j = i
    var count = 0
    while j < bytes.count, count < 30, let (scalar, length) = RuleBytes.decode(bytes, at: j) {
      if clauseEnds.contains(scalar) { return false }
      if RuleBytes.matches(jingshen, in: bytes, at: j) { return true }
      j += length
      count += 1
    }
    return false
  }

  /// Whether a verb of following comes before `start` in the clause (at most 40 characters back), or 以/在 just before
  /// the formula ("以党的十九大精神为指导").
  private static func hasVerb(_ bytes: [UInt8], before start: Int) -> Bool {
    var i = start
    if i >= dangDe.count, RuleBytes.matches(dangDe, in: bytes, at: i - dangDe.count) { i -= dangDe.count }
    if let s = RuleBytes.scalar(bytes, before: i), s == "以" || s == "在" { return true }
    var count = 0
    while count < 40, let lo = RuleBytes.start(bytes, before: i), let scalar = RuleBytes.scalar(bytes, at: lo) {
      if clauseEnds.contains(scalar) || scalar == "：" { return false }
      if verbs.contains(where: { RuleBytes.matches($0, in: bytes, at: lo) }) { return true }
      i = lo
      count += 1
    }
    return false
  }

  /// A Chinese numeral of up to `maxLength` characters at `i` ("十九", "二十", "三"), its value and end.
  static func numeral(_ bytes: [UInt8], at i: Int, maxLength: Int) -> (Int, Int)? {
    var j = i
    var text = ""
    while text.count < maxLength, let (scalar, length) = RuleBytes.decode(bytes, at: j), numeralValue(scalar) != nil {
      text.unicodeScalars.append(scalar)
      j += length
    }
    guard !text.isEmpty, let value = ChineseNumeral.value(of: text) else { return nil }
    return (value, j)
  }

  /// 一…九 and 十: the characters of the numerals of congresses and plenums.
  static func numeralValue(_ scalar: Unicode.Scalar) -> Int? { numerals[scalar] }

  private static let numerals: [Unicode.Scalar: Int] = Dictionary(
    uniqueKeysWithValues: "一二三四五六七八九十".unicodeScalars.enumerated().map { ($1, $0 + 1) })

  static let dangDe = Array("党的".utf8)
  private static let zhongyang = Array("中央".utf8)
  private static let da = Array("大".utf8)
  private static let jie = Array("届".utf8)
  private static let zhong = Array("中".utf8)
  private static let quanhui = Array("全会".utf8)
  private static let liciQuanhui = Array("历次全会".utf8)
  private static let yilai = Array("以来".utf8)
  private static let jingshen = Array("精神".utf8)
  private static let separators = ["以及", "、", "和", "及", "与"].map { Array($0.utf8) }
  private static let verbs = ["贯彻", "落实", "学习", "领会", "践行", "宣传", "遵循"].map { Array($0.utf8) }
  private static let clauseEnds: Set<Unicode.Scalar> = ["，", "。", "；", "！", "？", "\n"]
}

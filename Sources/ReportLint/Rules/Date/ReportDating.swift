import ReportModel
import ReportOutline
import ReportText

/// What a report says about its own date, read once and shared by the date and wording rules.
///
/// Rules judge a report by the report's own date, never by today's: a 2005 report may say 法制建设, a 2018
/// report may follow the 十九大. The cues, all from the text (a file name never decides):
/// - the years in the title ("青山镇2024年上半年政府工作报告") and the subtitle;
/// - the dateline: the day in the subtitle ("——2025年1月9日在青山镇第八届人民代表大会第五次会议上"), or a day alone
///   on one of the last lines, under the signature;
/// - the one year named by the review's heading ("一、2024年工作回顾") and by the plan's ("二、2025年工作安排").
///
/// From these come the year "今年" means (`currentYear`), the earliest day the report can have been written
/// (`earliest`), and the first day of the period its review speaks of (`reviewStart`). Each is nil when the text
/// does not settle it; a rule that needs one of them then says nothing.
struct ReportDating {
  /// A day the text names, with its bytes.
  struct DatedBytes {
    var day: CalendarDay
    var bytes: Range<Int>
  }

  let genre: ReportGenre
  let titleYears: [PeriodRule.Year]
  let subtitleYears: [PeriodRule.Year]
  /// The day the report was given or signed.
  let dateline: DatedBytes?
  /// The one year of the review part's heading.
  let reviewYear: PeriodRule.Year?
  /// The one year of the first plan part heading that names one.
  let planYear: PeriodRule.Year?
  /// The year "今年" means: for an annual report the year of its plan, for a half-year report the year of its title;
  /// nil for a summary and plan (written at the turn of the year, when "今年" may be either).
  let currentYear: Int?
  /// The earliest day the report can have been written: its dateline, else the first day of the year it is
  /// given in as far as the text tells (for a summary and plan, the first of October of the year it sums up).
  let earliest: CalendarDay?
  /// The first day of the period the review speaks of, when the review is of one known year (or half-year): not
  /// when its heading also looks back over five years or a term.
  let reviewStart: CalendarDay?
  /// The parts in text order, to tell which part a place is in.
  private let parts: [(range: Range<Int>, role: PartRole)]

  init(_ context: LintContext) {
    let bytes = context.source.bytes
    let outline = context.outline
    let titleBlock = outline.titleBlock
    genre = context.genre
    titleYears = titleBlock?.title.map { PeriodRule.years(in: Self.bytes($0.range), bytes) } ?? []
    subtitleYears = titleBlock?.subtitle.map { PeriodRule.years(in: Self.bytes($0.range), bytes) } ?? []
    let review = outline.parts.first { $0.role == .review && $0.heading != nil }
    reviewYear = review?.heading.flatMap { PeriodRule.singleYear($0, bytes) }
    planYear =
      outline.parts.lazy.filter { $0.role == .plan }.compactMap {
        $0.heading.flatMap { PeriodRule.singleYear($0, bytes) }
      }
      .first
    let subtitleDay = titleBlock?.subtitle.flatMap { Self.days(in: Self.bytes($0.range), bytes).first }
    dateline = subtitleDay ?? Self.signatureDay(context.source)
    parts = outline.parts.map { (Self.bytes($0.range), $0.role) }

    let titleYear = titleYears.count == 1 ? titleYears[0].value : nil
    switch genre {
    case .annual:
      currentYear = planYear?.value ?? reviewYear.map { $0.value + 1 } ?? dateline?.day.year
      // A title year alone may be the year the report is given or the year it reviews: the earlier bounds it.
      earliest = dateline?.day ?? (currentYear ?? titleYear).map(CalendarDay.newYear)
      // A review that also looks back over five years or a term ("2015年工作回顾和“十二五”发展成就") speaks of
      // more than its year.
      let reviewTitle = review?.heading?.title ?? ""
      let spansMore = ["五年", "五”", "五\"", "以来", "届", "时期", "期间"].contains { reviewTitle.contains($0) }
      reviewStart = spansMore ? nil : reviewYear.map { CalendarDay.newYear($0.value) }
    case .halfYear:
      currentYear = titleYear ?? reviewYear?.value ?? dateline?.day.year
      earliest = dateline?.day ?? currentYear.map(CalendarDay.newYear)
      reviewStart = currentYear.map(CalendarDay.newYear)
    case .summaryPlan:
      currentYear = nil
      let reviewed = titleYears.first?.value ?? reviewYear?.value
      // A year's summary is written in its last months at the earliest.
      earliest = dateline?.day ?? reviewed.map { CalendarDay(year: $0, month: 10, day: 1) }
      reviewStart = reviewed.map(CalendarDay.newYear)
    }
  }

  /// The dating of the context's report, made once.
  static func of(_ context: LintContext) -> ReportDating {
    context.shared("ReportDating") { ReportDating(context) }
  }

  /// The role of the part the byte `offset` is in, or nil outside every part (the title block, set-aside text).
  func role(at offset: Int) -> PartRole? {
    var lo = 0
    var hi = parts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if parts[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, parts[lo - 1].range.contains(offset) else { return nil }
    return parts[lo - 1].role
  }

  /// Whether the part at `offset` speaks of the report's own time and what is to come (the plan, its guidance and
  /// targets, the closing), as opposed to the period reviewed.
  func speaksOfNow(at offset: Int) -> Bool {
    guard let role = role(at: offset) else { return false }
    return [.plan, .guidance, .targets, .closing].contains(role)
  }

  // MARK: - Reading days

  static func bytes(_ range: TextRange) -> Range<Int> { range.lowerBound.offset..<range.upperBound.offset }

  /// Every "2025年1月9日" in `range` (ASCII digits; a year of four digits from 1990 to 2099), in text order.
  static func days(in range: Range<Int>, _ bytes: [UInt8]) -> [DatedBytes] {
    var out: [DatedBytes] = []
    for year in PeriodRule.years(in: range, bytes) {
      var i = year.bytes.upperBound
      guard let (month, afterMonth) = number(bytes, at: i, upTo: range.upperBound),
        RuleBytes.matches(yue, in: bytes, at: afterMonth)
      else { continue }
      i = afterMonth + yue.count
      guard let (day, afterDay) = number(bytes, at: i, upTo: range.upperBound),
        RuleBytes.matches(ri, in: bytes, at: afterDay), (1...12).contains(month),
        (1...CalendarDay.length(ofMonth: month, in: year.value)).contains(day)
      else { continue }
      out.append(
        DatedBytes(
          day: CalendarDay(year: year.value, month: month, day: day),
          bytes: year.bytes.lowerBound..<afterDay + ri.count))
    }
    return out
  }

  /// A day written alone on one of the last five lines that hold text: the date under a signature
  /// ("桥南街道办事处" / "2024年7月12日").
  static func signatureDay(_ source: SourceText) -> DatedBytes? {
    let bytes = source.bytes
    var line = source.lineStarts.count
    var seen = 0
    while line >= 1, seen < 5 {
      let range = source.byteRange(ofLine: line)
      line -= 1
      let trimmed = trim(range, bytes)
      guard !trimmed.isEmpty else { continue }
      seen += 1
      if let day = days(in: trimmed, bytes).first, day.bytes == trimmed { return day }
    }
    return nil
  }

  /// `range` without spaces, tabs and ideographic spaces at either end.
  static func trim(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi {
      if bytes[lo] == 0x20 || bytes[lo] == 0x09 {
        lo += 1
      } else if RuleBytes.matches(ideographicSpace, in: bytes, at: lo), lo + 3 <= hi {
        lo += 3
      } else {
        break
      }
    }
    while hi > lo {
      if bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 {
        hi -= 1
      } else if hi - 3 >= lo, RuleBytes.matches(ideographicSpace, in: bytes, at: hi - 3) {
        hi -= 3
      } else {
        break
      }
    }
    return lo..<hi
  }

  /// One or two ASCII digits at `i`, and where they end.
  private static func number(_ bytes: [UInt8], at i: Int, upTo end: Int) -> (Int, Int)? {
    var j = i
    var value = 0
    while j < end, j - i < 2, bytes[j] >= 0x30, bytes[j] <= 0x39 {
      value = value * 10 + Int(bytes[j] - 0x30)
      j += 1
    }
    guard j > i, j >= end || !(bytes[j] >= 0x30 && bytes[j] <= 0x39) else { return nil }
    return (value, j)
  }

  private static let yue = Array("月".utf8)
  private static let ri = Array("日".utf8)
  private static let ideographicSpace = Array("\u{3000}".utf8)
}

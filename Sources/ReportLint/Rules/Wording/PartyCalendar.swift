import ReportText

/// The Party's national congresses and the plenary sessions of their Central Committees, in order of date: which
/// meeting was the latest on a given day, and how its guidance is named ("党的二十大和二十届二中、三中全会精神").
struct PartyCalendar: Sendable {
  /// A congress (`plenum` 0) or the `plenum`-th plenary session of the `term`-th Central Committee.
  struct Meeting: Sendable, Hashable {
    var term: Int
    var plenum: Int
    var day: CalendarDay
  }

  /// By term; a later entry for a term replaces an earlier one.
  let congresses: [Int: WordingOutdatedRule.Congress]
  /// Every congress and plenum, by day.
  let meetings: [Meeting]

  init(_ list: [WordingOutdatedRule.Congress]) {
    var byTerm: [Int: WordingOutdatedRule.Congress] = [:]
    for congress in list { byTerm[congress.term] = congress }
    congresses = byTerm
    var meetings: [Meeting] = []
    for congress in byTerm.values {
      meetings.append(Meeting(term: congress.term, plenum: 0, day: congress.opening))
      for (k, day) in congress.plenums.enumerated() {
        meetings.append(Meeting(term: congress.term, plenum: k + 1, day: day))
      }
    }
    self.meetings = meetings.sorted { ($0.day, $0.term, $0.plenum) < ($1.day, $1.term, $1.plenum) }
  }

  static let builtIn = PartyCalendar(WordingData.congresses)

  /// The day a meeting opened, if the calendar knows it.
  func day(term: Int, plenum: Int) -> CalendarDay? {
    guard let congress = congresses[term] else { return nil }
    if plenum == 0 { return congress.opening }
    return plenum <= congress.plenums.count ? congress.plenums[plenum - 1] : nil
  }

  /// The last day a term's guidance was the latest: the eve of the next congress, or nil while it still is.
  func lastDay(ofTerm term: Int) -> CalendarDay? {
    congresses[term + 1].map { $0.opening.adding(days: -1) }
  }

  /// Whether a plenum is one that the standard wording names: the 二中 to 六中全会 (the 一中全会 elects the
  /// leadership, the 七中全会 prepares the next congress).
  static func isNamedPlenum(_ plenum: Int) -> Bool { (2...6).contains(plenum) }

  /// The latest meeting that opened on or before `day`: congresses only, or congresses and the named plenums.
  func latest(onOrBefore day: CalendarDay, plenums: Bool) -> Meeting? {
    meetings.last { $0.day <= day && ($0.plenum == 0 || (plenums && Self.isNamedPlenum($0.plenum))) }
  }

  /// "党的二十大" or "党的二十届三中全会".
  static func name(_ meeting: Meeting) -> String {
    let term = ChineseNumeral.text(for: meeting.term) ?? "\(meeting.term)"
    if meeting.plenum == 0 { return "党的\(term)大" }
    return "党的\(term)届\(ChineseNumeral.text(for: meeting.plenum) ?? "\(meeting.plenum)")中全会"
  }

  /// The guidance as named on `day`: the latest congress and its named plenums held by then
  /// ("党的二十大和二十届二中、三中全会精神", "党的二十大精神").
  func guidance(asOf day: CalendarDay) -> String? {
    guard let congress = latest(onOrBefore: day, plenums: false) else { return nil }
    let term = ChineseNumeral.text(for: congress.term) ?? "\(congress.term)"
    let plenums = meetings.filter {
      $0.term == congress.term && Self.isNamedPlenum($0.plenum) && $0.day <= day
    }
    guard !plenums.isEmpty else { return "党的\(term)大精神" }
    let list = plenums.map { "\(ChineseNumeral.text(for: $0.plenum) ?? "")中" }.joined(separator: "、")
    return "党的\(term)大和\(term)届\(list)全会精神"
  }
}

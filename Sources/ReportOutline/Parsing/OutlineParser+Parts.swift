import ReportText

/// Where a part begins, as found by the part pass.
struct PartStart {
  /// Index of the part's first paragraph in the body.
  var position: Int
  var unit: Int
  var role: PartRole
  var alsoRoles: [PartRole] = []
  /// True when `unit` is the part's own heading.
  var hasHeading: Bool
  /// True when the part goes on with the part before it under a heading of its own.
  var continues = false
}

/// How a report marks its parts: "一、" headings, unnumbered heading lines, or Markdown headings of one level.
enum PartLevel: Equatable {
  case hanzi
  case plain
  case markdown(Int)
}

extension OutlineParser {
  // MARK: - The part pass

  /// Finds where each part begins, and the guidance and targets paragraphs inside the plan.
  ///
  /// The pass works from the firmest cues to the softest:
  /// 1. part headings, by their words and by their place in the sequence of top-level headings;
  /// 2. the opening (salutation, "现在，我代表…") and a review without a heading of its own;
  /// 3. the thanks and the problems, looked for backwards from where the plan begins: they close the review;
  /// 4. a plan without a heading, opened by a paragraph that looks forward ("下半年，…");
  /// 5. the closing, found with the end of the body;
  /// 6. the year's guidance and targets among the opening paragraphs of the plan.
  mutating func findParts(_ body: [Int], closing known: Int?) -> (
    starts: [PartStart], paragraphRoles: [PartRole?], alsoRoles: [PartRole?]
  ) {
    var roles = [PartRole?](repeating: nil, count: body.count)
    var alsoRoles = roles
    guard !body.isEmpty else { return ([], roles, alsoRoles) }
    let closing = known ?? closingStart(body)
    let limit = closing ?? body.count
    var starts = headingStarts(body, limit: limit)

    // The opening, and a review that has no heading of its own.
    let firstHeading = starts.first?.position ?? limit
    var reviewStart = starts.first { $0.role == .review }?.position
    if firstHeading > 0 {
      let first = units[body[0]]
      let truncated = !isSalutationLine(first) && !opens(first, with: Cues.reportingFormula, window: 60)
        && (isProblems(first) || (isSalutation(first) && contains(first, Cues.thanksWords)))
      if !truncated {
        starts.append(PartStart(position: 0, unit: body[0], role: .preamble, hasHeading: false))
      }
      if reviewStart == nil, !truncated {
        var position = 1
        var formula = opens(first, with: Cues.reportingFormula, window: 60)
        while position < firstHeading, !formula, opens(units[body[position]], with: Cues.reportingFormula, window: 60) {
          formula = true
          position += 1
        }
        if position < firstHeading, !closesReview(units[body[position]]) {
          starts.append(PartStart(position: position, unit: body[position], role: .review, hasHeading: false))
          reviewStart = position
        }
      }
    }

    // Thanks and problems close the review: looked for backwards from the plan's heading, or forwards when the
    // plan has none.
    let planHeading = starts.first { $0.role == .plan && $0.hasHeading }?.position
    let problemsHeading = starts.first { $0.role == .problems && $0.hasHeading }?.position
    let zoneStart = (reviewStart ?? -1) + 1
    if let plan = planHeading {
      let end = min(problemsHeading ?? plan, plan)
      if end >= zoneStart { starts += reviewEnd(body, from: zoneStart, to: end, problemsFound: end != plan) }
    } else {
      starts += reviewEndAndPlan(body, from: zoneStart, to: limit, starts: starts)
    }

    if let closing, closing < body.count, !starts.isEmpty || closing > 0 {
      starts.append(PartStart(position: closing, unit: body[closing], role: .closing, hasHeading: false))
    }
    starts = ordered(starts)
    // Every paragraph belongs to a part: what comes before the first part found opens the report.
    if starts.first.map({ $0.position > 0 }) ?? true {
      starts.insert(PartStart(position: 0, unit: body[0], role: .preamble, hasHeading: false), at: 0)
    }
    markGuidanceAndTargets(body, starts: starts, limit: limit, into: &roles, also: &alsoRoles)
    return (starts, roles, alsoRoles)
  }

  /// Part starts sorted by position; one start per position, except a thanks paragraph that also opens the problems.
  func ordered(_ starts: [PartStart]) -> [PartStart] {
    var out: [PartStart] = []
    for start in starts.sorted(by: { ($0.position, $0.role) < ($1.position, $1.role) }) {
      if let last = out.last, last.position == start.position {
        if !last.hasHeading, last.role == .thanks, start.role == .problems {
          out[out.count - 1].alsoRoles.append(.problems)
        } else if start.hasHeading && !last.hasHeading {
          out[out.count - 1] = start
        }
        continue
      }
      out.append(start)
    }
    return out
  }

  // MARK: - Part headings

  /// The part headings of the body before `limit`, with their roles.
  ///
  /// The first part heading sets how this report marks its parts: with "一、" headings, unnumbered lines, or
  /// Markdown headings of one level. Where parts are numbered, every later top-level heading is a part: the review,
  /// the problems, then the plan and the headings that go on with it ("三、2025年重点工作", "四、…政府自身建设"),
  /// whatever their words. A "一、" heading opens the parts even without a keyword when the "二、" heading after it
  /// announces the plan ("一、关于2019年工作" / "二、关于2020年工作"). A heading that names an earlier year than the
  /// review's is not taken for the plan, and one that names a later year is not taken for the review.
  mutating func headingStarts(_ body: [Int], limit: Int) -> [PartStart] {
    var starts: [PartStart] = []
    var level: PartLevel?
    var state: PartRole?
    var reviewYear: Int?
    var planYear: Int?
    // The number of the last part heading, and the last number of each other family since it: a "3、" that
    // continues the parts' count, not its own family's, is a misnumbered part heading.
    var lastPartNumber: Int?
    var sinceLastPart: [NumberingStyle: Int] = [:]
    // The number of the last "一、" heading taken for a part: the next number goes on with the parts even when its
    // line is long ("三、永葆…的作风，全力做好2021年各项工作，在…中开好局、起好步").
    var lastPartHeading: Int?
    for position in 0..<limit {
      let index = body[position]
      let u = units[index]
      let marker = u.line.marker
      var cue = partHeadingRole(u)
      if cue == nil, level == .hanzi, let marker, marker.style != .hanzi, let last = lastPartNumber,
        marker.value == last + 1, sinceLastPart[marker.style] != marker.value - 1,
        let current = state, current != .closing, let role = partHeadingRole(u, anyMarker: true)
      {
        cue = role
        recoveries.append(
          Recovery(
            kind: .wrongMarker, range: range(marker.range, line: u.line.number),
            message: "编号“\(text(marker.range))”接续了“一、”一级的序号，按第\(marker.value)部分的标题处理。"))
      }
      if let marker {
        if cue != nil || marker.style == .hanzi {
          lastPartNumber = marker.value
          sinceLastPart = [:]
        } else {
          sinceLastPart[marker.style] = marker.value
        }
      }
      var role: PartRole?
      switch level {
      case nil:
        if let cue {
          role = cue
          level = partLevel(of: u)
        } else if marker?.style == .hanzi, marker?.value == 1, isPartHeadingShaped(u),
          announcesPlan(body, after: position, limit: limit, year: headingYear(u))
        {
          role = .review
          level = .hanzi
        }
      case .hanzi:
        if cue != nil && marker?.style != .hanzi {
          role = cue  // a misnumbered part heading, recovered above
        } else if let marker, marker.style == .hanzi,
          isPartHeadingShaped(u) || marker.value == (lastPartHeading ?? -1) + 1 && isLongHeadingLine(u)
        {
          role = cue ?? (state == nil ? .review : .plan)
        }
      case .plain:
        if marker == nil, u.line.markdownLevel == 0, !u.line.startsWithDash, isHeadingShaped(u),
          u.line.sentenceEnds == 0, !isSalutation(u)
        {
          if let cue {
            role = cue
          } else if state == .review, position > 0, closesReview(units[body[position - 1]]) || names(u, laterThan: reviewYear) {
            role = .plan
          }
        }
      case .markdown(let depth):
        if u.line.markdownLevel == depth { role = cue }
      }
      guard var found = role else { continue }
      // A part heading on the guidance or the targets where the plan has not begun opens the plan
      // ("二、未来五年总体思路" after the review); the paragraphs below it carry the guidance.
      if found == .guidance || found == .targets, let current = state, current.rank < PartRole.plan.rank {
        found = .plan
      }
      // A year decides between review and plan when the words do not: "2019年主要工作" after "2018年工作回顾".
      let year = headingYear(u)
      if found == .review, state != nil, let year, let review = reviewYear, year > review { found = .plan }
      if found == .plan, state == nil, let year, let review = reviewYear, year <= review { found = .review }
      // Past the review, a heading with review words goes on with the plan ("三、2016年主要工作"), unless it names
      // an earlier year than the plan: a review set after the plan by mistake.
      if found == .review, let current = state, current.rank > PartRole.review.rank, current != .closing,
        year.map({ year in (reviewYear.map { year > $0 } ?? true) && (planYear.map { year >= $0 } ?? true) }) ?? true
      {
        found = .plan
      }
      // A numbered heading that names the part already open is one of its sections ("一、…工作重点" inside a
      // plan whose sections are 一、), unless 一、 is the level of parts.
      if found == state, marker != nil, level != .hanzi { continue }
      let continues = found == state && (found == .plan || found == .review)
        || (found == .plan && (state == .guidance || state == .targets))
      starts.append(PartStart(position: position, unit: index, role: found, hasHeading: true, continues: continues))
      if marker?.style == .hanzi { lastPartHeading = marker?.value }
      if found == .review, reviewYear == nil { reviewYear = year }
      if found == .plan, planYear == nil { planYear = year }
      if state != .plan || found != .guidance && found != .targets { state = found }
    }
    return starts
  }

  /// How a part heading is marked: "一、", unnumbered, or a Markdown level.
  func partLevel(of unit: Unit) -> PartLevel {
    if unit.line.markdownLevel > 0 { return .markdown(unit.line.markdownLevel) }
    return unit.line.marker?.style == .hanzi ? .hanzi : .plain
  }

  /// A heading line that can head a part: short, or a "一、" line of up to 45 characters without a sentence stop.
  func isPartHeadingShaped(_ unit: Unit) -> Bool {
    if isHeadingShaped(unit) { return true }
    let line = unit.line
    guard line.marker?.style == .hanzi, line.sentenceEnds == 0, !ScannedLine.isClauseStop(line.lastScalar) else {
      return false
    }
    return wordCount(unit) <= 45
  }

  /// A numbered line of its own that is too long for a heading's shape but has no stop in it or at its end.
  func isLongHeadingLine(_ unit: Unit) -> Bool {
    let line = unit.line
    return unit.lastLine == line.number && line.sentenceEnds == 0 && !ScannedLine.isClauseStop(line.lastScalar)
      && wordCount(unit) <= 90
  }

  /// True when the "二、" heading after a "一、" heading announces the plan: by its words, or by a later year.
  func announcesPlan(_ body: [Int], after position: Int, limit: Int, year: Int?) -> Bool {
    for k in (position + 1)..<limit {
      let u = units[body[k]]
      guard let marker = u.line.marker, marker.style == .hanzi, isPartHeadingShaped(u) else { continue }
      guard marker.value == 2 else { return false }
      if let role = partHeadingRole(u), role == .plan || role == .problems || role == .guidance { return true }
      if let year, let later = headingYear(u), later > year { return true }
      return Cues.forwardHeadingWords.occurs(p, from: u.line.titleStart, end: u.end)
    }
    return false
  }

  /// The latest year a heading names ("2019年和今年以来工作回顾" → 2019), or nil.
  func headingYear(_ unit: Unit) -> Int? {
    var best: Int?
    var i = unit.line.titleStart
    let end = min(unit.end, unit.line.titleStart + 240)
    var value = 0
    var digits = 0
    while i < end {
      let b = p[i]
      if b >= 0x30 && b <= 0x39 {
        if digits < 5 { value = value * 10 + Int(b - 0x30) }
        digits += 1
        i += 1
        continue
      }
      if digits == 4, (1950...2100).contains(value), ByteText.hasPrefix(p, at: i, end: end, Cues.nian) {
        best = max(best ?? value, value)
      }
      value = 0
      digits = 0
      i += 1
    }
    return best
  }

  /// True when a heading names a year later than `year` ("2016年主要工作" after the 2015 review).
  func names(_ unit: Unit, laterThan year: Int?) -> Bool {
    guard let year, let own = headingYear(unit) else { return false }
    return own > year
  }

  /// A paragraph that belongs to the end of the review: the thanks or the problems.
  func closesReview(_ unit: Unit) -> Bool {
    guard !isHeadingLike(unit) else { return false }
    return isProblemsParagraph(unit) || isThanksParagraph(unit)
  }

  // MARK: - Thanks and problems

  /// The thanks and problems before the plan's (or the problems') heading at `end`, looked for backwards.
  ///
  /// The problems are the earliest of the last paragraphs before the plan that speak of problems, going back no
  /// further than six paragraphs, a section heading, or the thanks. The thanks are the paragraph with the words of
  /// thanks just before, together with a bare "各位代表！" line or a paragraph on the results ("成绩来之不易") just
  /// above it.
  func reviewEnd(_ body: [Int], from zoneStart: Int, to end: Int, problemsFound: Bool) -> [PartStart] {
    var out: [PartStart] = []
    var problems: Int?
    var thanksSearchEnd = end
    if !problemsFound {
      var position = end - 1
      while position >= zoneStart, end - position <= 6 {
        let u = units[body[position]]
        if u.line.marker != nil || u.line.markdownLevel > 0 { break }
        if isThanksParagraph(u), !admitsShortcomings(u) {
          if thanksBeforeProblems(u) {
            problems = position
          } else if problems == nil, position - 1 >= zoneStart, isProblemsParagraph(units[body[position - 1]]),
            !isThanksParagraph(units[body[position - 1]])
          {
            // Thanks (or an apology) after the problems, just before the plan: the problems come first.
            problems = position - 1
          }
          break
        }
        if isProblemsParagraph(u) || (problems == nil && namesDifficulties(u)) { problems = position }
        position -= 1
      }
      if let problems { thanksSearchEnd = problems }
    }
    var thanks: Int?
    var position = thanksSearchEnd - 1
    // One paragraph that gives thanks and then turns to the problems plays both parts.
    if let q = problems, thanksBeforeProblems(units[body[q]]), !admitsShortcomings(units[body[q]]) { position = q }
    // Lessons drawn from the period ("给予我们宝贵启示", "我们深深感悟到") may stand between the thanks and the
    // plan: further than six paragraphs back, only words of gratitude count.
    while position >= zoneStart, thanksSearchEnd - position <= 10 {
      let u = units[body[position]]
      if u.line.marker != nil || u.line.markdownLevel > 0 { break }
      if isThanksParagraph(u),
        thanksSearchEnd - position <= 6 || Cues.gratitude.occurs(p, from: u.line.titleStart, end: u.end, window: 3000)
      {
        thanks = position
        break
      }
      position -= 1
    }

    if var t = thanks {
      // The thanks begin where the text turns to the results: a bare "各位代表！" line, or up to two paragraphs on
      // the results ("这些成绩来之不易", "之所以能够取得优异成绩，是…的结果"), the further one addressing the deputies.
      for step in 1...2 where t - 1 >= zoneStart {
        let before = units[body[t - 1]]
        if isSalutationLine(before) {
          t -= 1
          break
        }
        // Lessons drawn from the period ("回顾过去五年，我们深深体会到…") are not the thanks.
        guard !isHeadingLike(before), !opens(before, with: Cues.lessons, window: 90),
          step == 1 ? isResultsParagraph(before) : isSalutation(before) && speaksOfResults(before)
        else { break }
        t -= 1
      }
      var start = PartStart(position: t, unit: body[t], role: .thanks, hasHeading: false)
      if thanks == problems || (problems == nil && !problemsFound && thanksBeforeProblems(units[body[t]])) {
        // The problems begin inside the thanks paragraph; when the thanks start earlier, they begin there.
        if t == thanks { start.alsoRoles = [.problems] }
      }
      out.append(start)
      if thanks == problems, t != thanks, let q = problems {
        out.append(PartStart(position: q, unit: body[q], role: .problems, hasHeading: false))
      }
    }
    if let q = problems, q != thanks {
      out.append(PartStart(position: q, unit: body[q], role: .problems, hasHeading: false))
    }
    return out
  }

  /// Thanks, problems and the plan of a report whose plan has no heading, read forwards.
  func reviewEndAndPlan(_ body: [Int], from zoneStart: Int, to limit: Int, starts: [PartStart]) -> [PartStart] {
    var out: [PartStart] = []
    var state: PartRole? = zoneStart == 0 ? nil : .review
    let headings = Set(starts.map(\.position))
    var position = zoneStart
    while position < limit {
      defer { position += 1 }
      if headings.contains(position) {
        state = starts.first { $0.position == position }?.role
        continue
      }
      let u = units[body[position]]
      switch state {
      case nil, .review, .preamble:
        let next = position + 1 < limit ? units[body[position + 1]] : nil
        if isThanks(u, next: next, nextRole: nil) || (isThanksParagraph(u) && next.map(isProblemsParagraph) ?? false) {
          var start = PartStart(position: position, unit: body[position], role: .thanks, hasHeading: false)
          if thanksBeforeProblems(u), next.map({ !isProblemsParagraph($0) }) ?? true {
            start.alsoRoles = [.problems]
            state = .problems
          } else {
            state = .thanks
          }
          out.append(start)
        } else if isProblems(u) {
          out.append(PartStart(position: position, unit: body[position], role: .problems, hasHeading: false))
          state = .problems
        }
      case .thanks:
        if isProblemsParagraph(u) {
          out.append(PartStart(position: position, unit: body[position], role: .problems, hasHeading: false))
          state = .problems
        } else if isForwardOpening(u) {
          out.append(PartStart(position: position, unit: body[position], role: .plan, hasHeading: false))
          return out
        }
      case .problems:
        if isForwardOpening(u) {
          out.append(PartStart(position: position, unit: body[position], role: .plan, hasHeading: false))
          return out
        }
      default:
        return out
      }
    }
    return out
  }

  // MARK: - Guidance and targets

  /// Marks the year's guidance and targets paragraphs among the opening paragraphs of the plan and of the parts
  /// that go on with it (before their first section heading); and, when the review did not end with them, the
  /// problems the plan's opening paragraphs name ("我们也清醒看到…").
  ///
  /// A guidance paragraph that names itself ("总体要求是：") wins over one that only says "…为指导"; a paragraph on a
  /// five-year period ("“十四五”时期…", "今后五年…"), or in a part whose heading is about one, gives way to one on
  /// the year. A guidance paragraph that goes on to the targets, with no targets paragraph of its own, plays both.
  func markGuidanceAndTargets(
    _ body: [Int], starts: [PartStart], limit: Int, into roles: inout [PartRole?], also: inout [PartRole?]
  ) {
    var named: [Int] = []
    var namedOwn: [Int] = []
    var formula: [Int] = []
    var mainTargets: [Int] = []
    var targets: [Int] = []
    var problems: [Int] = []
    for (k, start) in starts.enumerated() where start.role == .plan || start.role == .guidance || start.role == .targets {
      let end = k + 1 < starts.count ? starts[k + 1].position : limit
      let heading = units[start.unit]
      let fiveYearPart = start.hasHeading && isFiveYear(heading) && headingYear(heading) == nil
        && !Cues.thisYear.occurs(p, from: heading.line.titleStart, end: heading.end)
      var position = start.hasHeading ? start.position + 1 : start.position
      var seen = 0
      while position < end, seen < 12 {
        let u = units[body[position]]
        if isSectionHeadingLine(u) { break }
        if !fiveYearPart && isFiveYear(u) && namesTheYearsTargets(u) {
          // "“十三五”期间，…总体目标是…。2016年新区经济社会发展的主要预期目标是：…"
          mainTargets.append(position)
        } else if !fiveYearPart && !isFiveYear(u) {
          if followed(Cues.guidanceWords, by: Cues.isOrColon, in: u, window: 360) {
            named.append(position)
            if namesOwnGuidance(u) { namedOwn.append(position) }
          } else if isGuidance(u) {
            formula.append(position)
          } else if isTargets(u) {
            if followed(Cues.mainTargets, by: Cues.colonOrIs, in: u, window: 720) {
              mainTargets.append(position)
            } else {
              targets.append(position)
            }
          }
        }
        if namesProblemsInDetail(u), !named.contains(position), !formula.contains(position),
          !targets.contains(position), !mainTargets.contains(position)
        {
          problems.append(position)
        }
        position += 1
        seen += 1
      }
    }
    let hasRole = { (role: PartRole) in starts.contains { $0.role == role || $0.alsoRoles.contains(role) } }
    if !hasRole(.guidance), let g = namedOwn.first ?? named.first ?? formula.first {
      roles[g] = .guidance
      if mainTargets.isEmpty, targets.isEmpty, !hasRole(.targets),
        followed(Cues.targetWords, by: Cues.colonOrIs, in: units[body[g]], window: 3000)
      {
        also[g] = .targets
      }
    }
    if !hasRole(.targets), let t = mainTargets.first ?? targets.first, roles[t] == nil { roles[t] = .targets }
    if !hasRole(.problems), let q = problems.first, roles[q] == nil { roles[q] = .problems }
  }

  /// True when a paragraph gives the targets of a year it names ("2016年…的主要预期目标是：", "今年…主要目标为").
  func namesTheYearsTargets(_ unit: Unit) -> Bool {
    var i = unit.line.titleStart
    let limit = min(unit.end, i + 720)
    while i < limit, let at = Cues.mainTargets.firstOccurrence(p, from: i, end: unit.end, window: limit - i) {
      let word = Cues.mainTargets.word(p, at: at, end: unit.end) ?? []
      defer { i = at + max(1, word.count) }
      guard Cues.colonOrIs.occurs(p, from: at + word.count, end: unit.end, window: 12) else { continue }
      let before = max(unit.line.titleStart, at - 60)
      if Cues.thisYear.occurs(p, from: before, end: at) { return true }
      // A year's digits and 年 within the twenty characters before.
      var k = before
      while k + 4 < at {
        if (0..<4).allSatisfy({ p[k + $0] >= 0x30 && p[k + $0] <= 0x39 }), ByteText.hasPrefix(p, at: k + 4, end: at, Cues.nian) {
          return true
        }
        k += 1
      }
    }
    return false
  }

  /// A heading that starts the sections of a part: numbered, a Markdown heading, or a short line of its own.
  func isSectionHeadingLine(_ unit: Unit) -> Bool {
    let line = unit.line
    if line.marker != nil || line.markdownLevel > 0 { return true }
    return line.enumeration == nil && !line.startsWithDash && line.sentenceEnds == 0 && line.scalarCount <= 25
      && !ScannedLine.isClauseStop(line.lastScalar) && !isSalutation(unit)
  }

  /// A paragraph about a five-year period rather than the year: "“十四五”时期…", "未来五年…".
  ///
  /// The period must be what the paragraph opens with ("“十四五”时期…的指导思想是", "今后五年…", "到2025年，…"); a
  /// paragraph that opens with the year ("2021年是“十四五”开局之年…", "今年是…") is about the year.
  func isFiveYear(_ unit: Unit) -> Bool {
    Cues.fiveYearOpenings.starts(p, at: unit.line.titleStart, end: unit.end)
  }


}

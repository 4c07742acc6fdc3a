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

extension OutlineParser {
  // MARK: - Advertising

  /// Marks advertising lines: at least two advertising words, or one inside 【】 brackets, or a web address.
  ///
  /// The full test runs near the end, where collected texts carry their advertising: on the last twelve
  /// paragraphs that are not advertising, so that taking the advertising out brings no other paragraph under
  /// it (fixing a text twice changes nothing).
  mutating func findAdvertising() -> Set<Int> {
    var found = Set<Int>()
    var tailLeft = 12
    for index in units.indices.reversed() {
      let unit = units[index]
      let inTail = tailLeft > 0
      guard unit.line.scalarCount <= 200 else {
        if inTail { tailLeft -= 1 }
        continue
      }
      let start = unit.line.content.lowerBound
      let bracketed = Cues.lenticular.starts(p, at: start, end: unit.end)
      // Elsewhere, only lines that look like it: 【…】 leads, web addresses and account names.
      guard inTail || bracketed || unit.line.latinLetters >= 2 else { continue }
      let hits = Cues.advertisingWords.distinctCount(p, from: start, end: unit.end)
      if hits >= 2 || (hits >= 1 && bracketed) {
        found.insert(index)
        recoveries.append(
          Recovery(kind: .advertisement, range: range(of: unit), message: "忽略了一行广告或下载站说明，它不属于报告正文。"))
      } else if inTail {
        tailLeft -= 1
      }
    }
    return found
  }

  // MARK: - Title block

  /// Reads title, subtitle and speaker at the top; returns the block and the index of the first body unit.
  func readTitleBlock(_ body: [Int]) -> (TitleBlock?, Int) {
    guard let first = body.first else { return (nil, 0) }
    let u = units[first]
    let line = u.line
    let titleShaped =
      line.markdownLevel == 1
      || (line.markdownLevel == 0 && u.lastLine == line.number && line.scalarCount <= 40 && line.sentenceEnds == 0
        && line.marker == nil && !line.startsWithDash && !isSalutation(u)
        && !ScannedLine.isClauseStop(line.lastScalar) && (partHeadingRole(u) == nil || namesReport(u)))
    guard titleShaped else { return (nil, 0) }
    var title = TextSpan(text: cleanText(titleBytes(u), noise: line.noise), range: range(of: u))
    var subtitle: TextSpan?
    var speaker: TextSpan?
    var position = 1
    var end = range(of: u).upperBound
    // A title set on two lines: "青峰镇人民政府" / "2024年工作总结和2025年工作计划".
    if body.count > 1 {
      let v = units[body[1]]
      let l = v.line
      if l.markdownLevel == 0, l.marker == nil, l.sentenceEnds == 0, l.scalarCount <= 30, !l.startsWithDash,
        !isSalutation(v), !isParenthesised(v), namesReport(v), !contains(u, Cues.genreWords)
      {
        title = TextSpan(
          text: title.text + cleanText(l.content, noise: l.noise),
          range: title.range.lowerBound..<range(of: v).upperBound)
        end = title.range.upperBound
        position = 2
      }
    }
    while position < body.count, position <= 5 {
      let v = units[body[position]]
      let l = v.line
      guard l.markdownLevel == 0, l.sentenceEnds == 0, l.scalarCount <= 60, !isSalutation(v), l.marker == nil,
        partHeadingRole(v) == nil
      else { break }
      let text = cleanText(v.line.content, noise: l.noise)
      let meeting = Cues.meetingWords.occurs(p, from: l.content.lowerBound, end: v.end)
      if l.startsWithDash || (meeting && subtitle == nil) || isParenthesised(v) {
        subtitle = TextSpan(text: text, range: range(of: v))
      } else if let s = subtitle, speaker == nil, meeting || l.scalarCount <= 8 && l.lastScalar == 0x4E0A {
        // A subtitle broken over two lines ("…人民代表大会" / "第二次会议上").
        subtitle = TextSpan(text: s.text + text, range: s.range.lowerBound..<range(of: v).upperBound)
      } else if speaker == nil, l.scalarCount <= 30,
        Cues.speakerWords.occurs(p, from: l.content.lowerBound, end: v.end) || l.scalarCount <= 6
      {
        speaker = TextSpan(text: text, range: range(of: v))
      } else {
        break
      }
      end = range(of: v).upperBound
      position += 1
    }
    return (
      TitleBlock(title: title, subtitle: subtitle, speaker: speaker, range: title.range.lowerBound..<end), position
    )
  }

  /// True when a heading-shaped line names a whole report rather than a part of one: it names the
  /// genre (报告, 总结和…计划) or a place (镇, 乡, 街道).
  func namesReport(_ unit: Unit) -> Bool {
    contains(unit, Cues.reportTitleWords)
      || (contains(unit, Cues.summary) && contains(unit, Cues.planWords))
  }

  func isParenthesised(_ unit: Unit) -> Bool {
    let (s, _) = ByteText.scalar(p, at: unit.line.content.lowerBound, end: unit.end)
    return (s == 0xFF08 || s == 0x28) && (unit.line.lastScalar == 0xFF09 || unit.line.lastScalar == 0x29)
  }

  // MARK: - Part headings

  /// The role a heading-shaped paragraph announces ("上半年工作回顾" → review), or nil.
  ///
  /// A part heading is unnumbered, numbered at the top level (一、) or a Markdown heading, short, and
  /// ends with the keyword of its role; review and plan headings also speak of a period or of work.
  /// `anyMarker` accepts a marker of another family: a misnumbered part heading ("3、" after "二、").
  func partHeadingRole(_ unit: Unit, anyMarker: Bool = false) -> PartRole? {
    let line = unit.line
    if let marker = line.marker, marker.style != .hanzi, !anyMarker { return nil }
    if line.startsWithDash || line.enumeration != nil || line.isMarkdownListItem || isSalutation(unit) { return nil }
    guard isHeadingShaped(unit) else { return nil }
    if line.markdownLevel == 0, line.boldLead != nil, !line.isBoldLine { return nil }
    // An unnumbered part heading is a line of its own without a sentence stop.
    if line.marker == nil, line.markdownLevel == 0, line.sentenceEnds > 0 { return nil }
    let title = titleBytes(unit)
    guard !title.isEmpty, scalarCount(title) <= 24 else { return nil }
    func endsWith(_ cues: CueSet) -> Bool {
      cues.words.contains { ByteText.hasSuffix(p, start: title.lowerBound, end: title.upperBound, $0) }
    }
    func has(_ cues: CueSet) -> Bool {
      cues.occurs(p, from: title.lowerBound, end: title.upperBound)
    }
    if has(Cues.guidanceHeadingWords) && scalarCount(title) <= 12 { return .guidance }
    if endsWith(Cues.goal) && has(Cues.targetHeadingWords) && scalarCount(title) <= 10 { return .targets }
    // "下半年主要工作", "上半年工作": a period word decides which way a heading on "工作" looks.
    if endsWith(Cues.work), scalarCount(title) <= 16 {
      if has(Cues.forwardPeriods) { return .plan }
      if has(Cues.pastPeriods) { return .review }
    }
    if endsWith(Cues.planHeadingEnds) && has(Cues.periodWords) { return .plan }
    if endsWith(Cues.goal) && has(Cues.planGoals) && has(Cues.periodWords) { return .plan }
    if endsWith(Cues.reviewHeadingEnds) && has(Cues.periodWords) { return .review }
    if has(Cues.problemHeadingWords) && scalarCount(title) <= 14 { return .problems }
    return nil
  }

  // MARK: - Paragraph cues

  /// A thanks paragraph: a salutation or a stock opening, then words of thanks; or, when the next
  /// paragraph opens the problems or the plan, words of thanks early in the paragraph.
  func isThanks(_ unit: Unit, next: Unit?, nextRole: PartRole?) -> Bool {
    guard unit.line.marker == nil, !unit.line.startsWithDash, unit.line.markdownLevel == 0 else { return false }
    if isSalutation(unit) || startsWith(unit, Cues.thanksOpenings) {
      if contains(unit, Cues.thanksWords) { return true }
    }
    if opens(unit, with: Cues.earlyThanks, window: 120) {
      if nextRole == .problems || nextRole == .plan { return true }
      if let next, isProblems(next) { return true }
    }
    return false
  }

  func isProblems(_ unit: Unit) -> Bool {
    guard unit.line.marker == nil, !unit.line.startsWithDash, unit.line.markdownLevel == 0 else { return false }
    return opens(unit, with: Cues.problemOpenings, window: 120)
  }

  /// A paragraph after the thanks or problems that looks forward ("下半年，我们将…").
  func isForwardOpening(_ unit: Unit) -> Bool {
    guard unit.line.marker == nil, unit.line.markdownLevel == 0 else { return false }
    if startsWith(unit, Cues.forwardOpenings) { return true }
    // "2024年是…" / "2024年，…"
    var i = unit.line.titleStart
    var digits = 0
    while i < unit.end, p[i] >= 0x30 && p[i] <= 0x39 {
      digits += 1
      i += 1
    }
    return digits == 4 && Cues.yearSuffix.starts(p, at: i, end: unit.end)
  }

  func isGuidance(_ unit: Unit) -> Bool {
    unit.line.marker == nil && opens(unit, with: Cues.guidanceWords, window: 60)
      && opens(unit, with: Cues.isOrColon, window: 90)
  }

  func isTargets(_ unit: Unit) -> Bool {
    unit.line.marker == nil && opens(unit, with: Cues.targetWords, window: 60)
      && opens(unit, with: Cues.colonOrIs, window: 90)
  }

  func isHeadingLike(_ unit: Unit) -> Bool {
    let line = unit.line
    return line.marker != nil || line.startsWithDash || line.markdownLevel > 0
  }

  /// The paragraphs at the end that close the report: a salutation or "让我们…" after the last heading.
  func closingStart(_ body: [Int]) -> Int? {
    var start: Int?
    var position = body.count - 1
    // Signature and date lines under the closing ("桥南街道办事处", "2024年7月12日").
    while position > 0, isSignature(units[body[position]]) { position -= 1 }
    var taken = 0
    while position >= 0, taken < 2 {
      let u = units[body[position]]
      guard !isHeadingLike(u), u.line.enumeration == nil else { break }
      let saluted = isSalutation(u) && !isSalutationLine(u)
      let exhorts =
        startsWith(u, Cues.exhortations)
        || (position == body.count - 1 && u.line.scalarCount <= 400 && contains(u, Cues.exhortations))
      if saluted || exhorts {
        start = position
        if saluted { break }
      } else if start == nil {
        // The closing is the last paragraph or the one before a trailing "让我们…".
        break
      }
      position -= 1
      taken += 1
    }
    return start
  }

  /// A short line of a name or a date without a sentence stop, as under a closing.
  func isSignature(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 20, line.sentenceEnds == 0, line.marker == nil, !line.startsWithDash,
      line.markdownLevel == 0
    else { return false }
    let end = unit.end
    let start = line.content.lowerBound
    if line.lastScalar == 0x65E5 { return true }  // 日: a date
    return Cues.signatureEnds.words.contains { ByteText.hasSuffix(p, start: start, end: end, $0) }
  }

  // MARK: - The part pass

  /// Finds where each part begins, and the guidance and targets paragraphs inside the plan.
  mutating func findParts(_ body: [Int], closing known: Int?) -> (starts: [PartStart], paragraphRoles: [PartRole?]) {
    var starts: [PartStart] = []
    var roles = [PartRole?](repeating: nil, count: body.count)
    var hasGuidance = false
    var hasTargets = false
    var state: PartRole? = nil
    var preambleHasFormula = false
    let closing = known ?? closingStart(body)
    let headingRoles = body.map { partHeadingRole(units[$0]) }
    // When the review is announced by a 一、 heading, 一、 is the level of parts in this report.
    let hanziParts = zip(body, headingRoles).contains { index, role in
      role == .review && units[index].line.marker?.style == .hanzi
    }
    // The number of the last 一、 part heading, and the last number of each other family since it: a
    // "3、" that continues the parts' count, not its own family's, is a misnumbered part heading.
    var lastPartNumber: Int?
    var sinceLastPart: [NumberingStyle: Int] = [:]
    for (position, index) in body.enumerated() {
      let u = units[index]
      var headingRole = headingRoles[position]
      var continues = false
      if headingRole == nil, hanziParts, let marker = u.line.marker, marker.style != .hanzi,
        let last = lastPartNumber, marker.value == last + 1, sinceLastPart[marker.style] != marker.value - 1,
        let current = state, current != .preamble, current != .closing,
        let role = partHeadingRole(u, anyMarker: true)
      {
        headingRole = role
        recoveries.append(
          Recovery(
            kind: .wrongMarker, range: range(marker.range, line: u.line.number),
            message: "编号“\(text(marker.range))”接续了“一、”一级的序号，按第\(marker.value)部分的标题处理。"))
      }
      if let marker = u.line.marker {
        if headingRole != nil || marker.style == .hanzi {
          lastPartNumber = marker.value
          sinceLastPart = [:]
        } else {
          sinceLastPart[marker.style] = marker.value
        }
      }
      if headingRole == nil, hanziParts, u.line.marker?.style == .hanzi, isHeadingShaped(u), let current = state,
        current != .preamble, current != .closing
      {
        // 一、 is the level of parts here: a top-level heading after the review opens the plan, or
        // continues it ("四、全面加强政府自身建设").
        headingRole = .plan
        continues = current == .plan || current == .guidance || current == .targets
      } else if headingRole == .plan, hanziParts, state == .plan || state == .guidance || state == .targets {
        // "三、2025年重点工作" after "二、…总体要求和主要目标": the plan goes on.
        continues = true
      }
      // A numbered heading that names the part already open is one of its sections ("一、…工作重点"
      // inside a plan whose sections are 一、), unless 一、 is the level of parts.
      if let role = headingRole, role == state, u.line.marker != nil, !hanziParts { headingRole = nil }
      if let role = headingRole {
        starts.append(PartStart(position: position, unit: index, role: role, hasHeading: true, continues: continues))
        state = role
        continue
      }
      if position == closing, state != nil {
        starts.append(PartStart(position: position, unit: index, role: .closing, hasHeading: false))
        state = .closing
        continue
      }
      switch state {
      case nil:
        if isSalutationLine(u) || opens(u, with: Cues.reportingFormula, window: 60) || !isHeadingLike(u) {
          starts.append(PartStart(position: position, unit: index, role: .preamble, hasHeading: false))
          preambleHasFormula = opens(u, with: Cues.reportingFormula, window: 60)
          state = .preamble
        } else {
          starts.append(PartStart(position: position, unit: index, role: .review, hasHeading: false))
          state = .review
        }
      case .preamble:
        if !preambleHasFormula, !isHeadingLike(u), opens(u, with: Cues.reportingFormula, window: 60) {
          preambleHasFormula = true
        } else if isSalutation(u) && contains(u, Cues.thanksWords) || isProblems(u) {
          fallthrough
        } else {
          starts.append(PartStart(position: position, unit: index, role: .review, hasHeading: false))
          state = .review
        }
      case .review:
        let nextPosition = position + 1 < body.count ? position + 1 : nil
        if isThanks(
          u, next: nextPosition.map { units[body[$0]] }, nextRole: nextPosition.flatMap { headingRoles[$0] })
        {
          var start = PartStart(position: position, unit: index, role: .thanks, hasHeading: false)
          let next = position + 1 < body.count ? units[body[position + 1]] : nil
          if contains(u, Cues.problemWords),
            next.map({ !isProblems($0) && headingRoles[position + 1] != .problems }) ?? true
          {
            start.alsoRoles = [.problems]
            state = .problems
          } else {
            state = .thanks
          }
          starts.append(start)
        } else if isProblems(u) {
          starts.append(PartStart(position: position, unit: index, role: .problems, hasHeading: false))
          state = .problems
        }
      case .thanks:
        if isProblems(u) {
          starts.append(PartStart(position: position, unit: index, role: .problems, hasHeading: false))
          state = .problems
        } else if isForwardOpening(u) {
          starts.append(PartStart(position: position, unit: index, role: .plan, hasHeading: false))
          state = .plan
        }
      case .problems:
        if isForwardOpening(u) {
          starts.append(PartStart(position: position, unit: index, role: .plan, hasHeading: false))
          state = .plan
        }
      case .plan, .guidance, .targets:
        if !hasGuidance, isGuidance(u) {
          roles[position] = .guidance
          hasGuidance = true
        } else if !hasTargets, isTargets(u) {
          roles[position] = .targets
          hasTargets = true
        }
      case .closing:
        break
      }
    }
    return (starts, roles)
  }
}

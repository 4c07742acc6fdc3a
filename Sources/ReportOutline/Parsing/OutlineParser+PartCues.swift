import ReportText

extension OutlineParser {
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
    // "2025年工作打算：" — a short heading line ending with a colon, without a comma.
    let colonEnded = (line.lastScalar == 0xFF1A || line.lastScalar == 0x3A) && line.sentenceEnds == 0
      && line.firstSentenceCommas == 0 && unit.lastLine == line.number && wordCount(unit) <= 20
    guard isHeadingShaped(unit) || colonEnded else { return nil }
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
    if colonEnded {
      // Only the main parts are announced this way; "总体要求是：" opens a paragraph.
      if endsWith(Cues.work), has(Cues.forwardPeriods) { return .plan }
      if endsWith(Cues.work), has(Cues.pastPeriods) { return .review }
      if endsWith(Cues.planHeadingEnds) && has(Cues.periodWords) { return .plan }
      if endsWith(Cues.reviewHeadingEnds) && has(Cues.periodWords) { return .review }
      return has(Cues.problemHeadingWords) && scalarCount(title) <= 14 ? .problems : nil
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

  /// The guidance paragraph: "今年工作的总体要求是：…", "总体思路是：…", or, further on in its first sentences,
  /// "做好今年工作，要…以…为指导".
  func isGuidance(_ unit: Unit) -> Bool {
    guard unit.line.marker == nil, !unit.line.startsWithDash, unit.line.markdownLevel == 0 || unit.line.boldLead != nil
    else { return false }
    if followed(Cues.guidanceWords, by: Cues.isOrColon, in: unit, window: 360) { return true }
    // "做好今年工作，要…", "今年是…之年。做好今年政府工作，必须…", "做好今年工作意义重大。我们要…".
    if let at = Cues.doingWell.firstOccurrence(p, from: unit.line.titleStart, end: unit.end, window: 240),
      Cues.work.occurs(p, from: at, end: unit.end, window: 30),
      Cues.mustOrShould.occurs(p, from: at, end: unit.end, window: 66)
    {
      return true
    }
    return Cues.guidanceFormula.occurs(p, from: unit.line.titleStart, end: unit.end, window: 600)
  }

  /// True when the guidance the paragraph names is this period's own: its sentence names the year or the
  /// government's work before the word ("今年政府工作的总体要求是"), not a longer period's ("今后一个时期…的总体要求：").
  func namesOwnGuidance(_ unit: Unit) -> Bool {
    guard let at = firstFollowed(Cues.guidanceWords, by: Cues.isOrColon, in: unit, window: 360) else { return false }
    var start = unit.line.titleStart
    var k = start
    while k < at {
      let (s, n) = ByteText.scalar(p, at: k, end: at)
      k += max(1, n)
      if ScannedLine.isSentenceStop(s) { start = k }
    }
    return Cues.ownPeriodWords.occurs(p, from: start, end: at)
  }

  /// The targets paragraph: "主要预期目标是：…", "…的主要目标为：…", "目标和约束性指标拟订为：…".
  func isTargets(_ unit: Unit) -> Bool {
    guard unit.line.marker == nil, !unit.line.startsWithDash, unit.line.markdownLevel == 0 || unit.line.boldLead != nil
    else { return false }
    guard let at = Cues.targetWords.firstOccurrence(p, from: unit.line.titleStart, end: unit.end, window: 720) else {
      return false
    }
    if followed(Cues.targetWords, by: Cues.colonOrIs, in: unit, window: 720) { return true }
    // "研究提出了2024年经济社会发展的主要预期目标" within its first sentence.
    guard let formal = Cues.expectedTargets.firstOccurrence(p, from: at, end: unit.end, window: 300) else { return false }
    return unit.line.firstSentenceEnd.map { formal < $0 } ?? true
  }

  /// True when a word of `words` starts in the first `window` bytes of the paragraph and one of `next` follows it
  /// within four characters ("总体要求是：", "主要目标为", "约束性指标拟订为").
  func followed(_ words: CueSet, by next: CueSet, in unit: Unit, window: Int) -> Bool {
    firstFollowed(words, by: next, in: unit, window: window) != nil
  }

  /// Where the first word of `words` that `next` follows starts (see `followed`), or nil.
  func firstFollowed(_ words: CueSet, by next: CueSet, in unit: Unit, window: Int) -> Int? {
    var i = unit.line.titleStart
    let limit = min(unit.end, unit.line.titleStart + window)
    while i < limit, let at = words.firstOccurrence(p, from: i, end: unit.end, window: limit - i) {
      let word = words.word(p, at: at, end: unit.end) ?? []
      // Within four characters of the word, and not past the end of its sentence.
      var k = at + word.count
      let stop = min(unit.end, k + 12)
      while k < stop {
        if next.starts(p, at: k, end: unit.end) { return at }
        let (s, n) = ByteText.scalar(p, at: k, end: unit.end)
        if ScannedLine.isSentenceStop(s) { break }
        k += n
      }
      i = at + max(1, word.count)
    }
    return nil
  }

  /// A paragraph that speaks of the problems: a stock opening ("在肯定成绩的同时", "我们也清醒看到…") near its start,
  /// or the firm words of the genre ("清醒", "困难和问题") in its first sentences.
  func isProblemsParagraph(_ unit: Unit) -> Bool {
    guard !isHeadingLike(unit), unit.line.enumeration == nil else { return false }
    if opens(unit, with: Cues.problemOpenings, window: 150) || admitsShortcomings(unit) { return true }
    return Cues.firmProblemWords.occurs(p, from: unit.line.titleStart, end: unit.end, window: 360)
  }

  /// A paragraph of the plan's opening that sets out the problems: their firm words followed by a list of them
  /// ("…差距和挑战。一是…", "…困难和问题，主要体现在…"), not a passing mention ("既要看到困难和挑战，更要…").
  func namesProblemsInDetail(_ unit: Unit) -> Bool {
    guard !isHeadingLike(unit), unit.line.enumeration == nil,
      let at = Cues.firmProblemWords.firstOccurrence(p, from: unit.line.titleStart, end: unit.end, window: 360)
    else { return false }
    return Cues.problemDetails.occurs(p, from: at, end: unit.end, window: 120)
  }

  /// A paragraph that names difficulties ahead in its first sentences: "面临着…严峻挑战", "还存在…不足". Read only
  /// among the last paragraphs before the plan, where the review's end is sought.
  func namesDifficulties(_ unit: Unit) -> Bool {
    guard !isHeadingLike(unit), unit.line.enumeration == nil else { return false }
    return Cues.problemWords.occurs(p, from: unit.line.titleStart, end: unit.end, window: 360)
      || Cues.difficultyWords.occurs(p, from: unit.line.titleStart, end: unit.end, window: 360)
  }

  /// A paragraph that says early on where the period's results came from: "这些成绩来之不易", "之所以能够取得优异成绩，
  /// 是…的结果".
  func isResultsParagraph(_ unit: Unit) -> Bool {
    startsWith(unit, Cues.thanksOpenings) || opens(unit, with: Cues.hardWon, window: 180)
      || opens(unit, with: Cues.resultsSource, window: 150)
  }

  /// A paragraph that names the results early on ("一组组亮丽数据、一项项丰硕成果").
  func speaksOfResults(_ unit: Unit) -> Bool {
    isResultsParagraph(unit) || opens(unit, with: Cues.resultsWords, window: 120)
  }

  /// A paragraph whose first sentence owns up to shortcomings ("我们也感到政府工作还有很多不足。"): the problems, even
  /// when it goes on to apologise and thank the public for their patience.
  func admitsShortcomings(_ unit: Unit) -> Bool {
    guard let stop = unit.line.firstSentenceEnd, !isHeadingLike(unit) else { return false }
    let start = unit.line.titleStart
    return Cues.shortcomings.occurs(p, from: start, end: stop)
      && !Cues.gratitude.occurs(p, from: start, end: stop) && !Cues.hardWon.occurs(p, from: start, end: stop)
  }

  /// A paragraph that gives thanks for the results: "表示衷心的感谢", "崇高的敬意", or early on "来之不易", "离不开",
  /// "得益于", "…的结果".
  func isThanksParagraph(_ unit: Unit) -> Bool {
    guard !isHeadingLike(unit), unit.line.enumeration == nil, !isSalutationLine(unit) else { return false }
    if Cues.gratitude.occurs(p, from: unit.line.titleStart, end: unit.end, window: 3000) { return true }
    return opens(unit, with: Cues.earlyThanks, window: 240)
  }

  /// True when a paragraph gives thanks first and then turns to the problems ("…表示感谢！成绩值得肯定，但也要清醒看到…").
  func thanksBeforeProblems(_ unit: Unit) -> Bool {
    guard
      let thanks = Cues.gratitude.firstOccurrence(p, from: unit.line.titleStart, end: unit.end, window: 3000)
        ?? Cues.earlyThanks.firstOccurrence(p, from: unit.line.titleStart, end: unit.end, window: 240)
    else { return false }
    return Cues.problemWords.occurs(p, from: thanks, end: unit.end, window: 1500)
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
    let last = position
    var taken = 0
    while position >= 0, taken < 2 {
      let u = units[body[position]]
      guard !isHeadingLike(u), u.line.enumeration == nil else { break }
      let saluted = isSalutation(u) && !isSalutationLine(u)
      let exhorts =
        startsWith(u, Cues.exhortations)
        || (position == last && u.line.scalarCount <= 400 && contains(u, Cues.closingCalls))
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
    // A bare "各位代表！" line just above the closing starts it.
    if let first = start, first > 0, isSalutationLine(units[body[first - 1]]) { return first - 1 }
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

}

import ReportText

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
      var seen: UInt64 = 0
      Cues.advertising.forEachMatch(in: source.bytes, range: start..<unit.end) { k, _ in seen |= 1 << UInt64(k & 63) }
      let hits = seen.nonzeroBitCount
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

  // MARK: - Lines of the web page

  /// True when a paragraph is a line of the web page the report was copied from, wherever it stands: page
  /// metadata ("来源：", "发布时间："), font size and print or share links, credits ("责任编辑："), a breadcrumb
  /// ("首页 > 政务公开 > …"), a photo caption ("…记者 王鼎 摄"), a news agency's dateline, a bare menu word.
  func isWebFurniture(_ unit: Unit) -> Bool {
    let line = unit.line
    guard unit.lastLine == line.number, line.markdownLevel == 0, !line.isEmpty, line.marker == nil else { return false }
    let start = line.content.lowerBound
    let end = unit.end
    if line.scalarCount <= 100, line.sentenceEnds <= 1, Cues.furnitureOpenings.starts(p, at: start, end: end) {
      return true
    }
    if line.scalarCount <= 8, let word = Cues.furnitureLines.word(p, at: start, end: end), word.count == end - start {
      return true
    }
    // Buttons side by side: "收藏 分享", "下载 相关 举报", "打印 | 关闭".
    if line.scalarCount <= 24, isButtonRow(from: start, to: end) { return true }
    // A document-sharing page's own lines: "…工作总结.doc_第6页", "文档编号：663091".
    if line.scalarCount <= 80, line.sentenceEnds == 0, Cues.documentFileWords.occurs(p, from: start, end: end) {
      return true
    }
    if isPhotoCaption(unit) || isAgencyDateline(unit) { return true }
    if line.scalarCount <= 400, Cues.newsOpenings.starts(p, at: start, end: end) { return true }
    return line.scalarCount <= 100 && line.sentenceEnds == 0 && hasPageShape(unit)
  }

  /// Whether `start..<end` is two or more menu words of `Cues.furnitureLines` separated by spaces or bars.
  func isButtonRow(from start: Int, to end: Int) -> Bool {
    var i = start
    var words = 0
    while i < end {
      guard let word = Cues.furnitureLines.word(p, at: i, end: end) else { return false }
      i += word.count
      words += 1
      var separated = false
      while i < end {
        if p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x7C {
          i += 1
        } else if i + 3 <= end, p[i] == 0xE3, p[i + 1] == 0x80, p[i + 2] == 0x80 {
          i += 3  // the ideographic space
        } else if i + 3 <= end, p[i] == 0xEF, p[i + 1] == 0xBD, p[i + 2] == 0x9C {
          i += 3  // ｜
        } else {
          break
        }
        separated = true
      }
      if i < end, !separated { return false }
    }
    return words >= 2
  }

  /// A photo caption: "图为…", or a line that ends in "摄" (the photographer's credit).
  func isPhotoCaption(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 160 else { return false }
    if line.scalarCount <= 80, Cues.captionOpenings.starts(p, at: line.content.lowerBound, end: unit.end) {
      return true
    }
    let she: UInt32 = 0x6444  // 摄
    if line.lastScalar == she { return true }
    if line.lastScalar == 0xFF09 || line.lastScalar == 0x29 {  // "…摄）"
      let close = unit.end - (line.lastScalar == 0x29 ? 1 : 3)
      return close >= 3 + line.content.lowerBound && ByteText.scalar(p, at: close - 3, end: close).value == she
    }
    return false
  }

  /// "（新华社北京3月12日电）", "新华社北京3月12日电".
  func isAgencyDateline(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 40, Cues.agencyDatelines.starts(p, at: line.content.lowerBound, end: unit.end) else {
      return false
    }
    let dian: UInt32 = 0x7535  // 电
    if line.lastScalar == dian { return true }
    guard line.lastScalar == 0xFF09 || line.lastScalar == 0x29 else { return false }
    let close = unit.end - (line.lastScalar == 0x29 ? 1 : 3)
    return close >= 3 + line.content.lowerBound && ByteText.scalar(p, at: close - 3, end: close).value == dian
  }

  /// Shapes only a web page gives a line: a breadcrumb with two or more "›" separators, the font sizes
  /// "大 中 小", or no Chinese at all (addresses, copyright lines, "×", "+").
  func hasPageShape(_ unit: Unit) -> Bool {
    var separators = 0
    var cjk = 0
    var symbols = 0
    var previous: UInt32 = 0
    var sizes = 0
    var i = unit.line.content.lowerBound
    let end = unit.end
    while i < end {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      i += n
      switch s {
      case 0x3E, 0xFF1E, 0xBB, 0x203A, 0x2192: separators += 1  // > ＞ » › →
      case 0x5927, 0x4E2D, 0x5C0F:  // 大 中 小, written in this order
        if (s == 0x5927 && sizes == 0) || (s == 0x4E2D && sizes == 1 && previous != 0x4E2D)
          || (s == 0x5C0F && sizes == 2)
        {
          sizes += 1
        } else if s == 0x5927 {
          sizes = 1
        }
        cjk += 1
      default:
        if s >= 0x2E80 && s <= 0x9FFF {
          cjk += 1
        } else if !ByteText.isSpace(s) && !(s >= 0x30 && s <= 0x39) {
          symbols += 1
        }
      }
      if !ByteText.isSpace(s) { previous = s }
    }
    if separators >= 2 || sizes == 3 { return true }
    // No Chinese at all, and not a bare number (page numbers are read elsewhere); Markdown has rules and tables.
    return cjk == 0 && symbols > 0 && !isMarkdown
  }

  /// A short line of a page's menus or of a table: a few words, no sentence, no numbering, no salutation.
  func isMenuLike(_ unit: Unit) -> Bool {
    let line = unit.line
    return unit.lastLine == line.number && line.markdownLevel == 0 && line.scalarCount <= 24 && line.sentenceEnds == 0
      && line.marker == nil && !line.startsWithDash && line.enumeration == nil && !isSalutation(unit)
      && !ScannedLine.isClauseStop(line.lastScalar)
  }

  // MARK: - Where the report begins

  /// A line of a title block other than the title: a dateline ("——2024年1月10日在…会议上"), a speaker ("镇长 某某"),
  /// a date, a government's name, or the title repeated.
  func isTitleBlockLine(_ unit: Unit) -> Bool {
    let line = unit.line
    guard unit.lastLine == line.number, line.scalarCount <= 60, line.sentenceEnds == 0, line.marker == nil,
      !isSalutation(unit)
    else { return false }
    let start = line.content.lowerBound
    if line.startsWithDash || isParenthesised(unit) { return true }
    if Cues.meetingWords.occurs(p, from: start, end: unit.end)
      || Cues.speakerWords.occurs(p, from: start, end: unit.end)
    {
      return true
    }
    if namesReport(unit) || isSignature(unit) { return true }
    return false
  }

  /// A line that names the whole report: short, not a sentence, with the genre's words, spaces ignored
  /// ("政 府 工 作 报 告").
  func isReportTitle(_ unit: Unit) -> Bool {
    let line = unit.line
    guard unit.lastLine == line.number || line.markdownLevel == 1, line.scalarCount <= 60, line.sentenceEnds == 0,
      line.marker == nil, !line.startsWithDash, !isSalutation(unit), !isParenthesised(unit)
    else { return false }
    // "工作报告" alone is a menu entry; a title names more ("政府工作报告", "2024年工作总结").
    guard line.scalarCount >= 5 else { return false }
    let start = line.content.lowerBound
    if Cues.titleGenreWords.occurs(p, from: start, end: unit.end)
      || (Cues.summary.occurs(p, from: start, end: unit.end) && Cues.planWords.occurs(p, from: start, end: unit.end))
    {
      return true
    }
    // A title spaced out for display: the words again without their spaces.
    guard line.content.count > 3 * line.scalarCount + 2 || line.content.count > 2 * line.scalarCount + 4 else {
      return false
    }
    let words = squeezed(line.content)
    return words.withUnsafeBufferPointer { q in
      Cues.titleGenreWords.occurs(q, from: 0, end: q.count)
        || (Cues.summary.occurs(q, from: 0, end: q.count) && Cues.planWords.occurs(q, from: 0, end: q.count))
    }
  }

  /// The bytes of a range without spaces, so that a spaced title reads as one word.
  func squeezed(_ bytes: Range<Int>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.lowerBound
    while i < bytes.upperBound {
      let (s, n) = ByteText.scalar(p, at: i, end: bytes.upperBound)
      if !ByteText.isSpace(s) { out.append(contentsOf: p[i..<i + n]) }
      i += n
    }
    return out
  }

  /// Marks the web page's lines above the report as furniture.
  ///
  /// They are the menu-like lines (short, no sentence) at the top of the text, up to the first line that begins the
  /// report: its title or a part heading when text follows them, a dateline or speaker line, a salutation, prose.
  /// They are set aside only when the page shows itself (a line of its metadata, sharing or printing links above
  /// the report) or when there are three or more of them; a short title block in other words stays for the title
  /// reader. A page's text made of such lines only (with some of its metadata among them) holds no report: all of it
  /// is furniture.
  mutating func markHead(_ kinds: inout [Recovery.Kind?]) {
    let live = units.indices.filter { kinds[$0] == nil }
    let page = kinds.contains { $0 == .webFurniture }
    if page, live.count >= 3, live.allSatisfy({ isMenuLike(units[$0]) || isTitleBlockLine(units[$0]) }) {
      for index in live { kinds[index] = .webFurniture }
      return
    }
    var prefix: [Int] = []
    for (position, index) in live.enumerated() {
      let u = units[index]
      guard isMenuLike(u), !isDateline(u) else { break }
      if isReportTitle(u) || partHeadingRole(u) != nil, leadsToText(live, after: position) {
        // A government's name set just above the title: "青峰镇人民政府" / "2024年工作总结和2025年工作计划".
        if let above = prefix.last, above + 1 == index, isSignature(units[above]) { prefix.removeLast() }
        break
      }
      prefix.append(index)
    }
    guard let last = prefix.last else { return }
    let shown = (0..<last).contains { kinds[$0] == .webFurniture || kinds[$0] == .advertisement }
    guard shown || prefix.count >= 3 else { return }
    for index in prefix { kinds[index] = .webFurniture }
  }

  /// True when the report follows within the next few paragraphs: a salutation, a dateline or a speaker, a sentence.
  func leadsToText(_ live: [Int], after position: Int) -> Bool {
    live[(position + 1)...].prefix(4).contains { index in
      let u = units[index]
      if !isMenuLike(u) || isDateline(u) { return true }
      return u.line.scalarCount <= 20 && Cues.speakerTitles.occurs(p, from: u.line.content.lowerBound, end: u.end)
    }
  }

  /// A dateline under a title: "——2024年1月10日在…会议上", "（2024年1月10日）".
  func isDateline(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 60, line.sentenceEnds == 0 else { return false }
    return (line.startsWithDash || isParenthesised(unit))
      && (Cues.meetingWords.occurs(p, from: line.content.lowerBound, end: unit.end) || line.firstSentenceHasDigit)
  }

  // MARK: - Where the report ends

  /// A paragraph that may close the report: it addresses the audience, or makes the final call ("让我们…").
  func isClosingCandidate(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.marker == nil, !line.startsWithDash, line.markdownLevel == 0, !isSalutationLine(unit) else {
      return false
    }
    return isSalutation(unit) || contains(unit, Cues.closingCalls)
  }

  /// The heading of an appendix: "附件1", "附：名词解释", "有关名词解释", "…一览表", "2015年主要指标测算说明".
  func isAppendixHeading(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 40, line.sentenceEnds == 0, line.markdownLevel <= 2 else { return false }
    let start = line.titleStart
    if Cues.appendixOpenings.starts(p, at: line.content.lowerBound, end: unit.end) { return true }
    return Cues.appendixWords.occurs(p, from: start, end: unit.end)
  }

  /// An entry of a glossary: "1.大数据：…", "[3] 四张清单：…", "12、风景林工程：…".
  func isGlossaryEntry(_ unit: Unit) -> Bool {
    let line = unit.line
    guard let colon = line.firstColon, line.marker != nil || p[line.content.lowerBound] == 0x5B else { return false }
    if let marker = line.marker, marker.style != .arabic { return false }
    return scalarCount(line.titleStart..<colon) <= 30
  }

  /// Where what follows the body may begin: an appendix, a glossary, the page's lines, the report set out again.
  func startsTail(_ index: Int, _ kinds: [Recovery.Kind?]) -> Bool {
    let unit = units[index]
    if kinds[index] == .webFurniture { return true }
    if isAppendixHeading(unit) || isGlossaryEntry(unit) { return true }
    return restartsReport(index)
  }

  /// True when the report starts over at this paragraph: its title or its salutation again.
  func restartsReport(_ index: Int) -> Bool {
    let unit = units[index]
    if isOpeningSalutation(unit) {
      return (index + 1..<min(units.count, index + 3)).contains {
        opens(units[$0], with: Cues.reportingFormula, window: 90)
      }
    }
    guard isReportTitle(unit) else { return false }
    return (index + 1..<min(units.count, index + 5)).contains {
      isOpeningSalutation(units[$0]) || isDateline(units[$0])
    }
  }

  /// The salutation that opens a report: "各位代表：", "同志们：" on a line of its own, ending with a colon.
  func isOpeningSalutation(_ unit: Unit) -> Bool {
    isSalutationLine(unit) && (unit.line.lastScalar == 0xFF1A || unit.line.lastScalar == 0x3A)
  }

  /// Finds where the report's body ends and marks what follows it: the appendices, the page's lines, a second
  /// copy of the report. Returns the unit that starts the closing, when the end was found after one.
  ///
  /// The body ends after the first paragraph that may close the report and is followed by the beginning of a
  /// tail (an appendix heading, a glossary entry, the page's lines, the title or salutation again). Without
  /// such a closing, an appendix heading in the second half of the text ends the body.
  mutating func markTail(_ kinds: inout [Recovery.Kind?]) -> Int? {
    var tail: Int?
    var closing: Int?
    var previous: Int?
    for index in units.indices where kinds[index] == nil || kinds[index] == .webFurniture {
      if let before = previous, startsTail(index, kinds), isClosingCandidate(units[before]) {
        tail = index
        closing = before
        break
      }
      if kinds[index] == nil { previous = index }
    }
    if tail == nil {
      let half = p.count / 2
      tail = units.indices.first {
        kinds[$0] == nil && units[$0].line.content.lowerBound >= half && isAppendixHeading(units[$0])
          && units[$0].line.marker == nil
      }
    }
    guard let first = tail else { return nil }
    var state: Recovery.Kind = .webFurniture
    for index in first..<units.count where kinds[index] == nil || kinds[index] == .webFurniture {
      let unit = units[index]
      if kinds[index] == .webFurniture || isWebFurniture(unit) {
        kinds[index] = .webFurniture
        continue
      }
      if isAppendixHeading(unit) {
        state = .appendix
      } else if state != .repeatedText, restartsReport(index) {
        state = .repeatedText
      } else if state == .webFurniture, !isMenuLike(unit) {
        // Text after the page's lines that is not a menu: an appendix without a heading of its own.
        state = .appendix
      }
      kinds[index] = state
    }
    // A bare "各位代表！" line just above the closing starts it, and so does a short address to the deputies that
    // already makes the call ("各位代表，…携手共奋进，一起向未来！") before the last one.
    if let last = closing, let before = (0..<last).last(where: { kinds[$0] == nil }) {
      let u = units[before]
      let call =
        isSalutation(u) && !isHeadingLike(u) && u.line.scalarCount <= 200
        && (u.line.lastScalar == 0xFF01 || u.line.lastScalar == 0x21) && contains(u, Cues.finalCalls)
      if isSalutationLine(u) || call {
        closing = before
      }
    }
    return closing
  }

  /// Turns the units marked as furniture, appendix or repeated text into recoveries, one per run of one kind.
  mutating func recordSetAside(_ kinds: [Recovery.Kind?]) {
    var setAside: [Range<Int>] = []
    defer {
      // Bare numbers inside a table of the appendix are its cells, not page numbers. The ranges come in text order:
      // each number is looked up by bisection.
      if !setAside.isEmpty {
        recoveries.removeAll { recovery in
          guard recovery.kind == .pageNumber else { return false }
          let offset = recovery.range.lowerBound.offset
          var low = 0
          var high = setAside.count
          while low < high {
            let middle = (low + high) / 2
            if setAside[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
          }
          return low < setAside.count && setAside[low].contains(offset)
        }
      }
    }
    var index = 0
    while index < units.count {
      guard let kind = kinds[index], kind == .webFurniture || kind == .appendix || kind == .repeatedText else {
        index += 1
        continue
      }
      var last = index
      var next = index + 1
      while next < units.count, kinds[next] == kind {
        last = next
        next += 1
      }
      let range = range(of: units[index]).lowerBound..<range(of: units[last]).upperBound
      setAside.append(range.lowerBound.offset..<range.upperBound.offset)
      let message: String
      switch kind {
      case .appendix: message = "报告结束语之后的附件（附件、名词解释、注释、表格）不属于正文，结构分析不计入。"
      case .repeatedText: message = "结束语之后又出现了一遍报告的标题或正文，已忽略。"
      default: message = "忽略了网页上的内容（栏目导航、来源、发布时间、打印、分享、图片说明等），它不属于报告正文。"
      }
      recoveries.append(Recovery(kind: kind, range: range, message: message))
      index = next
    }
  }
}

import ReportText

/// One paragraph of the report as the parser sees it: a non-blank line, or in Markdown a run of lines.
struct Unit {
  var line: ScannedLine
  /// Last line number of the paragraph.
  var lastLine: Int
  /// Byte offset just past the paragraph's last word.
  var end: Int
}

/// Reads a report's structure: the title block, the parts, the sections and their depth.
///
/// The parser works in passes over the paragraphs (`Unit`s), each linear: scan lines, drop noise and
/// advertising, read the title block, find where parts begin (headings with part keywords, stock
/// phrases, position), then within each part find section headings and give them a depth.
struct OutlineParser {
  let source: SourceText
  let p: UnsafeBufferPointer<UInt8>
  let isMarkdown: Bool
  var units: [Unit] = []
  var recoveries: [Recovery] = []

  init(source: SourceText, buffer: UnsafeBufferPointer<UInt8>, isMarkdown: Bool) {
    self.source = source
    self.p = buffer
    self.isMarkdown = isMarkdown
  }

  // MARK: - Locations

  func location(_ offset: Int, line: Int) -> TextLocation {
    source.location(of: offset, onLine: line)
  }

  func range(of unit: Unit) -> TextRange {
    let line = unit.line
    let start = TextLocation(line: line.number, column: line.contentStartColumn, offset: line.content.lowerBound)
    if unit.lastLine == line.number, unit.end == line.content.upperBound {
      let end = line.content.isEmpty ? start.column : line.contentEndColumn
      return start..<TextLocation(line: line.number, column: end, offset: unit.end)
    }
    return start..<location(unit.end, line: unit.lastLine)
  }

  /// The range of bytes that start on `line`; the end may lie on a later line (a marker broken over two lines).
  func range(_ bytes: Range<Int>, line: Int) -> TextRange {
    let starts = source.lineStarts
    var endLine = line
    while endLine < starts.count, starts[endLine] <= bytes.upperBound, starts[endLine] > bytes.lowerBound {
      endLine += 1
    }
    return location(bytes.lowerBound, line: line)..<location(bytes.upperBound, line: endLine)
  }

  /// The text of a byte range with noise markers taken out.
  func cleanText(_ bytes: Range<Int>, noise: [(range: Range<Int>, kind: NoiseKind)]) -> String {
    let inner = noise.filter { $0.range.lowerBound >= bytes.lowerBound && $0.range.upperBound <= bytes.upperBound }
    if inner.isEmpty { return String(decoding: UnsafeBufferPointer(rebasing: p[bytes]), as: UTF8.self) }
    var out: [UInt8] = []
    var i = bytes.lowerBound
    for item in inner {
      out.append(contentsOf: p[i..<item.range.lowerBound])
      i = item.range.upperBound
    }
    out.append(contentsOf: p[i..<bytes.upperBound])
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - Pass 1: lines to paragraphs

  mutating func readUnits() {
    let lines = LineScanner.scan(p, lineStarts: source.lineStarts, markdown: isMarkdown)
    units.reserveCapacity(lines.count)
    var previousBlank = true
    // Noise markers, located together at the end: one pass over the text, not one count per marker from its
    // line's start (a line of 50,000 markers).
    var noise: [(range: Range<Int>, kind: NoiseKind)] = []
    defer {
      for (item, located) in zip(noise, source.ranges(noise.map(\.range))) {
        let kind: Recovery.Kind = item.kind == .bookmark ? .bookmark : .noiseMarker
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[item.range]), as: UTF8.self)
        recoveries.append(Recovery(kind: kind, range: located, message: "忽略了采集留下的标记“\(text)”。"))
      }
    }
    // The last chunk number of a document-sharing site merged into a unit: the unit, the number, its line's start.
    var chunk: (unit: Int, value: Int, start: Int)?
    for line in lines {
      noise += line.noise
      if line.isEmpty {
        previousBlank = true
        continue
      }
      if isPageNumber(line) {
        recoveries.append(
          Recovery(kind: .pageNumber, range: range(line.content, line: line.number), message: "忽略了一行页码。"))
        // A Markdown paragraph does not run on across the dropped line: its range would hold the page number.
        previousBlank = true
        continue
      }
      // A heading broken inside or right after its marker: "（" / "三）抓更新、优环境", "一、" / "2024年工作回顾".
      if !isMarkdown, let last = units.last, last.lastLine == last.line.number, last.lastLine + 1 == line.number,
        let joined = joinedHeading(last.line, line)
      {
        units[units.count - 1].line = joined
        units[units.count - 1].lastLine = line.number
        units[units.count - 1].end = line.content.upperBound
        continue
      }
      // A heading broken over two lines: "（二）坚持城乡统筹、补齐基础设施短板，" / "镇村面貌焕然一新".
      if !isMarkdown, let last = units.last, last.lastLine == last.line.number, last.lastLine + 1 == line.number,
        last.line.marker != nil || last.line.startsWithDash,
        last.line.lastScalar == 0xFF0C || last.line.lastScalar == 0x3001,
        last.line.scalarCount <= 30, line.scalarCount <= 20, line.marker == nil, line.enumeration == nil,
        !line.startsWithDash, line.sentenceEnds <= (line.endsWithSentenceStop ? 1 : 0)
      {
        units[units.count - 1].lastLine = line.number
        units[units.count - 1].end = line.content.upperBound
        continue
      }
      // A document-sharing site cuts a report into numbered chunks wherever its pages break: "1、…（二）产业发展在优化结"
      // / "2、构中展现新起色…". A number that follows a long chunk numbered one less and cut off in the middle of a
      // sentence is such a mark, not a heading: it is set aside and the line goes on with the chunk before.
      if !isMarkdown, let marker = line.marker, marker.style == .arabic, marker.value >= 2, let last = units.last {
        // The chunk before: the last one merged into this unit, or the unit's own first line.
        let own: (unit: Int, value: Int, start: Int)? = last.line.marker.flatMap {
          $0.style == .arabic ? (units.count - 1, $0.value, last.line.content.lowerBound) : nil
        }
        let previous = chunk.flatMap { $0.unit == units.count - 1 ? $0 : nil } ?? own
        if let previous, previous.value == marker.value - 1, last.end - previous.start >= 600,
          Self.endsMidWords(p, before: last.end)
        {
          noise.append((marker.range, .paidMarker))
          units[units.count - 1].lastLine = line.number
          units[units.count - 1].end = line.content.upperBound
          chunk = (units.count - 1, marker.value, line.content.lowerBound)
          continue
        }
      }
      // Markdown: a line that follows a paragraph line without a blank between continues it.
      if isMarkdown, !previousBlank, let last = units.last, last.line.markdownLevel == 0,
        line.markdownLevel == 0, !line.isMarkdownListItem, line.marker == nil
      {
        units[units.count - 1].lastLine = line.number
        units[units.count - 1].end = line.content.upperBound
        continue
      }
      previousBlank = false
      units.append(Unit(line: line, lastLine: line.number, end: line.content.upperBound))
    }
  }

  /// Whether the text just before `end` stops in the middle of a sentence: an ideograph, a digit, a percent sign
  /// or a comma, with no stop, colon or bracket to end it.
  static func endsMidWords(_ p: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
    var k = end - 1
    while k > 0, p[k] & 0xC0 == 0x80 { k -= 1 }
    guard k >= 0 else { return false }
    let (s, _) = ByteText.scalar(p, at: k, end: end)
    return (0x4E00...0x9FFF).contains(s) || (0x30...0x39).contains(s) || s == 0x25 || s == 0xFF0C || s == 0x2C
      || s == 0x3001
  }

  /// One heading line made of a marker broken off from its words: a lone "（" followed by "三）…", or a lone marker
  /// ("一、", "（三）") followed by the words. Nil when the two lines are not such a pair.
  func joinedHeading(_ first: ScannedLine, _ second: ScannedLine) -> ScannedLine? {
    guard !first.isEmpty, !second.isEmpty, second.marker == nil, !second.startsWithDash, first.noise.isEmpty else {
      return nil
    }
    var marker: MarkerMatch
    var titleStart: Int
    let (open, openLength) = ByteText.scalar(p, at: first.content.lowerBound, end: first.content.upperBound)
    if first.scalarCount == 1, MarkerReader.parenOpen.contains(open), first.content.count == openLength {
      let end = second.content.upperBound
      let (number, kind, after) = MarkerReader.readNumber(p, at: second.content.lowerBound, end: end)
      guard let number, after < end else { return nil }
      let (close, closeLength) = ByteText.scalar(p, at: after, end: end)
      guard MarkerReader.parenClose.contains(close) else { return nil }
      marker = MarkerMatch(
        style: kind == .hanzi ? .hanziParen : .arabicParen, value: number,
        range: first.content.lowerBound..<after + closeLength, isCanonical: false)
      titleStart = after + closeLength
    } else if let own = first.marker, own.range.upperBound == first.content.upperBound, second.enumeration == nil,
      second.scalarCount <= 40, second.sentenceEnds <= (second.endsWithSentenceStop ? 1 : 0)
    {
      marker = own
      titleStart = second.content.lowerBound
    } else {
      return nil
    }
    while titleStart < second.content.upperBound {
      let (s, n) = ByteText.scalar(p, at: titleStart, end: second.content.upperBound)
      if !ByteText.isSpace(s) { break }
      titleStart += n
    }
    var line = second
    line.number = first.number
    line.lineRange = first.lineRange.lowerBound..<second.lineRange.upperBound
    line.content = first.content.lowerBound..<second.content.upperBound
    line.contentStartColumn = first.contentStartColumn
    line.scalarCount = first.scalarCount + second.scalarCount
    line.firstSentenceScalars += first.scalarCount
    line.noise = second.noise
    line.marker = marker
    line.enumeration = nil
    line.titleStart = titleStart
    return line
  }

  /// Reads "40.151件民生实事…" as item 40 when the item before was 39: a number followed by a dot and a digit is a
  /// decimal on its own ("1.5亿元"), but not where it continues a list of numbered items.
  mutating func readContinuedNumbers() {
    var last: Int?
    for k in units.indices {
      let line = units[k].line
      if let marker = line.marker {
        last = marker.style == .arabic ? marker.value : last
        continue
      }
      guard let previous = last, !isMarkdown, line.markdownLevel == 0, !line.startsWithDash else { continue }
      let start = line.content.lowerBound
      let (number, kind, after) = MarkerReader.readNumber(p, at: start, end: line.content.upperBound)
      guard let number, kind == .arabic, number == previous + 1, after + 1 < line.content.upperBound else { continue }
      let (dot, length) = ByteText.scalar(p, at: after, end: line.content.upperBound)
      guard dot == 0x2E || dot == 0xFF0E else { continue }
      let next = p[after + length]
      guard next >= 0x30 && next <= 0x39 else { continue }
      units[k].line.marker = MarkerMatch(
        style: .arabic, value: number, range: start..<after + length, isCanonical: true)
      units[k].line.enumeration = nil
      units[k].line.titleStart = after + length
      last = number
    }
  }

  /// A page number the extraction left between paragraphs: "- 3 -", "—3—", "3", "第3页", "第 3 页 共 12 页".
  func isPageNumber(_ line: ScannedLine) -> Bool {
    guard line.scalarCount <= 12, !line.content.isEmpty, line.marker == nil || line.scalarCount <= 4 else {
      return false
    }
    var digits = 0
    var others = 0
    var i = line.content.lowerBound
    let end = line.content.upperBound
    while i < end {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      i += n
      switch s {
      case 0x30...0x39, 0xFF10...0xFF19: digits += 1
      case 0x2D, 0x2014, 0xFF0D, 0x2013, 0xB7, 0x2022, 0x2F, 0x7B2C, 0x9875, 0x5171: break  // - — － – · • / 第 页 共
      default:
        if !ByteText.isSpace(s) { others += 1 }
      }
    }
    return digits >= 1 && digits <= 4 && others == 0
  }

  // MARK: - Text tests on a paragraph

  func startsWith(_ unit: Unit, _ cues: CueSet) -> Bool {
    cues.starts(p, at: unit.line.titleStart, end: unit.end)
  }

  /// True when one of `cues` starts within the first `window` bytes of the paragraph's words.
  func opens(_ unit: Unit, with cues: CueSet, window: Int) -> Bool {
    cues.occurs(p, from: unit.line.titleStart, end: unit.end, window: window)
  }

  func contains(_ unit: Unit, _ cues: CueSet) -> Bool {
    cues.occurs(p, from: unit.line.titleStart, end: unit.end)
  }

  /// The heading words: after the marker, without a final sentence stop.
  func titleBytes(_ unit: Unit) -> Range<Int> {
    var end = unit.line.firstSentenceEnd ?? unit.end
    if end > unit.end { end = unit.end }
    // A run-on heading with a colon first ("住房保障项目：…") ends at the colon.
    if let colon = unit.line.firstColon, colon < end, end < unit.end { end = colon }
    // Drop the final stop.
    if end > unit.line.titleStart {
      var k = end - 1
      while k > unit.line.titleStart, p[k] & 0xC0 == 0x80 { k -= 1 }
      let (s, _) = ByteText.scalar(p, at: k, end: end)
      if ScannedLine.isClauseStop(s) { end = k }
    }
    if let bold = unit.line.boldLead {
      let start = max(bold.lowerBound, min(unit.line.titleStart, bold.upperBound))
      return start..<max(start, min(bold.upperBound, end))
    }
    return unit.line.titleStart..<max(unit.line.titleStart, end)
  }

  func scalarCount(_ bytes: Range<Int>) -> Int {
    var n = 0
    for i in bytes where p[i] & 0xC0 != 0x80 { n += 1 }
    return n
  }

  /// Scalars of the paragraph's words after its marker (or dash, or `#`s).
  func wordCount(_ unit: Unit) -> Int {
    unit.line.scalarCount - scalarCount(unit.line.content.lowerBound..<unit.line.titleStart)
  }

  func isSalutation(_ unit: Unit) -> Bool { startsWith(unit, Cues.salutations) }

  /// A line such as "各位代表、同志们：".
  ///
  /// It ends with a colon ("各位代表、同志们："), or, short and without a comma inside, with "！" or "，" ("各位代表！").
  func isSalutationLine(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 30, isSalutation(unit) else { return false }
    switch line.lastScalar {
    case 0xFF1A, 0x3A: return line.sentenceEnds == 0  // ： :
    case 0xFF01, 0x21, 0xFF0C:  // ！ ! ，
      return line.sentenceEnds <= 1 && line.scalarCount <= 16
        && line.firstSentenceCommas <= (line.scalarCount <= 10 || line.lastScalar == 0xFF0C ? 1 : 0)
    default: return line.sentenceEnds == 0
    }
  }

  /// True when the paragraph has the shape of a heading: short, or led by a marker, or a Markdown heading.
  func isHeadingShaped(_ unit: Unit) -> Bool {
    let line = unit.line
    if line.markdownLevel > 0 { return true }
    if unit.lastLine != line.number { return false }
    if line.lastScalar == 0xFF1A || line.lastScalar == 0x3A || line.lastScalar == 0xFF0C { return false }
    return wordCount(unit) <= 28 && (line.sentenceEnds == 0 || (line.sentenceEnds == 1 && line.endsWithSentenceStop))
  }
}

import ReportData
import ReportOutline
import ReportTemplate
import ReportText

/// The work behind `Induction`: finds the slots of a report, line by line, and writes the template and data.
struct InductionBuilder {
  let outline: Outline
  let source: SourceText
  let bytes: [UInt8]
  private(set) var reportYear: Int?
  private(set) var slots: [InducedSlot] = []
  /// Figures the scanner found that stay text, with the reason.
  private(set) var leftAsText: [(range: TextRange, reason: Induction.TextReason)] = []
  /// Per line: the replacements (byte range → template expression) in order.
  private var replacements: [Int: [(range: Range<Int>, expression: String)]] = [:]
  /// Lines written as heading lines: line → `#` level and the byte offset where the heading's text starts.
  private var headingLines: [Int: (level: Int, textStart: Int)] = [:]
  private let titleLines: Set<Int>
  private let bookTitles: [Range<Int>]
  /// Lines that stay out of the template (`droppedLines`).
  private let dropped: Set<Int>
  /// The data path of each line's part and h1 section, by line number.
  private var sectionPaths: [Int: [String]] = [:]
  /// The data entries, in order of first appearance.
  private var data = DataTree()

  init(outline: Outline) {
    self.outline = outline
    source = outline.source
    bytes = outline.source.bytes
    dropped = Self.droppedLines(outline)
    titleLines = Self.titleBlockLines(outline).subtracting(dropped)
    bookTitles = Self.bookTitles(outline.source.bytes)
    sectionPaths = Self.sectionPaths(outline, titleLines)
  }

  /// The lines that are not the report's text and stay out of the template: the web page's lines, advertising,
  /// page numbers, the report set out a second time (the outline's recoveries of those kinds).
  static func droppedLines(_ outline: Outline) -> Set<Int> {
    var lines = Set<Int>()
    for recovery in outline.recoveries
    where [.webFurniture, .repeatedText, .advertisement, .pageNumber].contains(recovery.kind) {
      lines.formUnion(recovery.range.lowerBound.line...max(recovery.range.lowerBound.line, recovery.range.upperBound.line))
    }
    return lines
  }

  /// The non-blank lines of the title block.
  static func titleBlockLines(_ outline: Outline) -> Set<Int> {
    guard let block = outline.titleBlock else { return [] }
    let source = outline.source
    return Set(
      (block.range.lowerBound.line...max(block.range.lowerBound.line, block.range.upperBound.line)).filter { line in
        line <= source.lineCount && !source.text(ofLine: line).allSatisfy(\.isWhitespace)
      })
  }

  // MARK: - Finding the slots

  mutating func build() {
    let quantities = QuantityScanner.scan(source)
    reportYear = Self.reportYear(outline, quantities)
    findHeadings()
    var candidates: [Candidate] = []
    candidates += meetingAndSpeaker()
    candidates += dates()
    if let town = townName() {
      for match in BytePatternSet([town]).nonOverlapping(in: bytes) where !inBookTitle(match.range.lowerBound) {
        let start = match.range.lowerBound
        candidates.append(
          Candidate(
            range: start..<start + town.utf8.count, priority: 2, kind: .town, path: ["镇名"], value: town))
      }
    }
    var left: [(range: TextRange, reason: Induction.TextReason)] = []
    candidates += figures(quantities, left: &left)
    leftAsText = left
    accept(candidates)
    locate()
  }

  /// A possible slot; overlaps are settled by priority, then by position.
  struct Candidate {
    var range: Range<Int>
    var priority: Int
    var kind: InducedSlot.Kind
    var path: [String]
    var value: String
    var expression: String?
    var comment: String?
    /// For a growth phrase: the figures it may be computed from (earlier, later) and the rate alone, used when
    /// the computation does not give the phrase back.
    var growth: (from: Range<Int>, to: Range<Int>, rate: Range<Int>)?
  }

  private mutating func accept(_ candidates: [Candidate]) {
    let ordered = candidates.sorted {
      ($0.priority, $1.range.lowerBound, $0.range.count) > ($1.priority, $0.range.lowerBound, $1.range.count)
    }
    // Bytes already in a slot: checking a candidate costs its own length, so the whole pass stays linear.
    var covered = [Bool](repeating: false, count: bytes.count)
    var kept: [Candidate] = []
    var outside = Set<Range<Int>>()
    for c in ordered {
      if dropped.contains(source.line(containing: c.range.lowerBound)) {
        if outside.insert(c.range).inserted { leftAsText.append((placeholder(c.range), .notReport)) }
        continue
      }
      if c.range.contains(where: { covered[$0] }) {
        // Inside a larger slot (a year in a date, a figure in the meeting's name): that slot carries it.
        continue
      }
      // A slot never spans lines, and never cuts into a heading's marker.
      let line = source.line(containing: c.range.lowerBound)
      let inMarker = headingLines[line].map { c.range.lowerBound < $0.textStart } ?? false
      guard source.line(containing: max(c.range.lowerBound, c.range.upperBound - 1)) == line, !inMarker else {
        leftAsText.append((placeholder(c.range), .headingMarker))
        continue
      }
      for k in c.range { covered[k] = true }
      kept.append(c)
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    let keys = KeyAllocator()
    var pathOf: [Range<Int>: [String]] = [:]
    for var c in kept {
      let line = source.line(containing: c.range.lowerBound)
      if let growth = c.growth {
        // Computed when the growth filter gives the phrase back exactly; else the rate alone is a figure.
        if let from = pathOf[growth.from], let to = pathOf[growth.to],
          Self.growth(data.value(to) ?? "", data.value(from) ?? "") == c.value
        {
          c.expression = "{{ \(to.joined(separator: ".")) | growth(\(from.joined(separator: "."))) }}"
          c.comment = nil
        } else {
          c.kind = .quantity
          c.range = growth.rate
          c.value = source.text(growth.rate)
        }
      }
      var path = c.path
      switch c.kind {
      case .year, .growth: break
      case .quantity: path = keys.path(for: path, value: c.value, data: &data)
      // The meeting's date is 会议.日期; another date in the title block gets a key of its own (会议.日期2).
      case .date: path = keys.path(for: path, value: c.value, data: &data)
      default: data.set(path, c.value)
      }
      if let comment = c.comment, c.kind != .year { data.comment(path, comment) }
      pathOf[c.range] = path
      let expression = c.expression ?? "{{ \(path.joined(separator: ".")) }}"
      replacements[line, default: []].append((c.range, expression))
      slots.append(
        InducedSlot(
          kind: c.kind, path: path, value: c.value, expression: expression, range: placeholder(c.range),
          comment: c.comment))
    }
  }

  /// What `{{ to | growth(from) }}` renders for two figures, or nil.
  static func growth(_ to: String, _ from: String) -> String? {
    let yaml = "to: " + DataTree.scalar(to) + "\nfrom: " + DataTree.scalar(from) + "\n"
    guard let template = try? Template(path: "growth.tpl", string: "{{ to | growth(from) }}"),
      let document = try? DataDocument(parsing: yaml, path: "growth.yaml"),
      let result = try? template.render(data: document)
    else { return nil }
    return result.text
  }

  /// A range holding only byte offsets; `locate()` gives all of them lines and columns in one pass.
  private func placeholder(_ range: Range<Int>) -> TextRange {
    TextLocation(
      line: 0, column: 0, offset: range.lowerBound)..<TextLocation(line: 0, column: 0, offset: range.upperBound)
  }

  /// Lines and columns for every slot and figure left as text, counted in one pass over the text (a long line
  /// with many figures costs its length once, not once per figure).
  private mutating func locate() {
    let offsets = slots.map(\.range) + leftAsText.map(\.range)
    let located = source.ranges(offsets.map { $0.lowerBound.offset..<$0.upperBound.offset })
    for k in slots.indices { slots[k].range = located[k] }
    for k in leftAsText.indices { leftAsText[k].range = located[slots.count + k] }
  }

  // MARK: - Headings

  /// Headings numbered as the writer would number them become heading lines.
  ///
  /// Not in a text with a line the draft reader takes for a heading ("## …"): such a line is a heading on both
  /// sides of the round trip, and the writer would number it together with the heading lines made here, so one
  /// made before it, or above it, would change its number. That text keeps its headings as written.
  private mutating func findHeadings() {
    for line in 1...max(1, source.lineCount) where !titleLines.contains(line) && !dropped.contains(line) {
      if DraftDocument.heading(source.text(ofLine: line)[...].trimmingSpaces(), line: line) != nil { return }
    }
    var numbering = HeadingNumbering()
    let written = writtenHeadings()
    var next = 0
    for heading in outline.headings {
      guard let marker = heading.marker, marker.isCanonical, let level = Self.level(marker.style) else { continue }
      let line = heading.range.lowerBound.line
      while next < written.count, written[next].line < line {
        _ = numbering.next(written[next])
        next += 1
      }
      let markerStart = marker.range.lowerBound.offset
      let markerEnd = marker.range.upperBound.offset
      // The marker must open the line, and the title follow it directly.
      let lineRange = source.byteRange(ofLine: line)
      guard Self.isBlank(bytes[lineRange.lowerBound..<markerStart]), markerEnd < lineRange.upperBound,
        !Self.isSpace(bytes, at: markerEnd), !titleLines.contains(line)
      else { continue }
      // A title ending in "{-}" would lose its number as a heading line.
      let title = "# " + source.text(markerEnd..<lineRange.upperBound)
      guard DraftDocument.heading(title[...].trimmingSpaces(), line: line)?.isNumbered != false else { continue }
      var trial = numbering
      let draftHeading = DraftHeading(level: level, text: "", isNumbered: true, line: line)
      guard trial.next(draftHeading) == source.text(markerStart..<markerEnd) else { continue }
      numbering = trial
      headingLines[line] = (level, markerEnd)
    }
    // A heading line made here also moves the numbers of the written headings after it ("# …" after "一、…"
    // made a heading): then the headings stay as written.
    if !written.isEmpty, !headingLines.isEmpty {
      var asWritten = HeadingNumbering()
      var withMade = HeadingNumbering()
      var made = headingLines.map { DraftHeading(level: $0.value.level, text: "", isNumbered: true, line: $0.key) }
      made.sort { $0.line < $1.line }
      var k = 0
      for heading in written {
        while k < made.count, made[k].line < heading.line {
          _ = withMade.next(made[k])
          k += 1
        }
        if asWritten.next(heading) != withMade.next(heading) {
          headingLines = [:]
          break
        }
      }
    }
  }

  /// The lines outside the title block that the draft reader takes for headings as written, in order.
  private func writtenHeadings() -> [DraftHeading] {
    var out: [DraftHeading] = []
    for line in 1...max(1, source.lineCount) where !titleLines.contains(line) && !dropped.contains(line) {
      // Only a line whose first byte after spaces is "#" can be one; the others cost no string.
      var i = source.byteRange(ofLine: line).lowerBound
      while i < bytes.count {
        if Self.isSpace(bytes, at: i) {
          i += bytes[i] < 0x80 ? 1 : 3
        } else if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
          i += 2  // a no-break space, which the reader trims too
        } else {
          break
        }
      }
      guard i < bytes.count, bytes[i] == 0x23 else { continue }
      if let heading = DraftDocument.heading(inLine: source.text(ofLine: line), line: line) { out.append(heading) }
    }
    return out
  }

  private static func level(_ style: NumberingStyle) -> Int? {
    switch style {
    case .hanzi: 1
    case .hanziParen: 2
    case .arabic: 3
    case .arabicParen: 4
    case .circled: nil
    }
  }

  // MARK: - Title block: meeting, speaker, town

  /// The meeting in the subtitle ("——2025年1月9日在松岭镇第X届人民代表大会第X次会议上") and the speaker's name
  /// at the end of the speaker line ("松岭镇人民政府镇长 XXX").
  private func meetingAndSpeaker() -> [Candidate] {
    var out: [Candidate] = []
    if let subtitle = outline.titleBlock?.subtitle {
      let range = Self.trimmed(subtitle.range.lowerBound.offset..<subtitle.range.upperBound.offset, bytes)
      let text = source.text(range)
      if let at = text.range(of: "在"), let end = text.range(of: "上", options: .backwards),
        at.upperBound < end.lowerBound
      {
        let name = String(text[at.upperBound..<end.lowerBound])
        if name.hasSuffix("会议") || name.hasSuffix("大会") {
          let start = range.lowerBound + text[..<at.upperBound].utf8.count
          out.append(
            Candidate(
              range: start..<start + name.utf8.count, priority: 4, kind: .meeting, path: ["会议", "名称"], value: name
            ))
        }
      }
    }
    if let speaker = outline.titleBlock?.speaker {
      let range = Self.trimmed(speaker.range.lowerBound.offset..<speaker.range.upperBound.offset, bytes)
      var start = range.upperBound
      while start > range.lowerBound, !Self.isSpace(bytes, at: start - 1) { start -= 1 }
      let name = source.text(start..<range.upperBound)
      let count = name.unicodeScalars.count
      if start > range.lowerBound, (2...4).contains(count) {
        out.append(
          Candidate(range: start..<range.upperBound, priority: 4, kind: .speaker, path: ["报告人", "姓名"], value: name))
      }
    }
    return out
  }

  /// The town's name: in the speaker line, the title or the subtitle, a run of two to five ideographs that
  /// opens a line (or follows 在) and ends in 镇, 乡 or 街道.
  private func townName() -> String? {
    let block = outline.titleBlock
    for span in [block?.speaker, block?.title, block?.subtitle].compactMap({ $0 }) {
      let text = source.text(Self.trimmed(span.range.lowerBound.offset..<span.range.upperBound.offset, bytes))
      var candidates = [Substring(text)]
      if let at = text.range(of: "在") { candidates.append(text[at.upperBound...]) }
      for candidate in candidates {
        let scalars = Array(candidate.unicodeScalars.prefix(8))
        for (k, s) in scalars.enumerated() where k >= 2 && k <= 5 {
          guard scalars[..<k].allSatisfy(CharacterClass.isCJKIdeograph) else { break }
          if s == "镇" || s == "乡" {
            return String(String.UnicodeScalarView(scalars[...k]))
          }
          if s == "街", k + 1 < scalars.count, scalars[k + 1] == "道" {
            return String(String.UnicodeScalarView(scalars[...(k + 1)]))
          }
        }
      }
    }
    return nil
  }

  /// Full dates "2025年1月9日": in the title block the meeting's date, elsewhere a date of the section.
  private func dates() -> [Candidate] {
    var out: [Candidate] = []
    var i = 0
    while i < bytes.count {
      guard let end = Self.fullDate(bytes, at: i) else {
        i += 1
        continue
      }
      let line = source.line(containing: i)
      let value = source.text(i..<end)
      let path = titleLines.contains(line) ? ["会议", "日期"] : sectionPath(line) + ["日期"]
      out.append(Candidate(range: i..<end, priority: 3, kind: .date, path: path, value: value))
      i = end
    }
    return out
  }

  // MARK: - Figures and years

  private func figures(_ quantities: [Quantity], left: inout [(range: TextRange, reason: Induction.TextReason)])
    -> [Candidate]
  {
    var out: [Candidate] = []
    var last: (line: Int, end: Int, key: String)?
    var previousEnd: (line: Int, end: Int)?
    for (index, q) in quantities.enumerated() {
      defer { previousEnd = (source.line(containing: q.byteRange.lowerBound), q.byteRange.upperBound) }
      let range = q.byteRange
      let reason: Induction.TextReason? =
        q.isOrdinal
        ? .ordinal
        : inBookTitle(range.lowerBound)
          ? .documentName
          : Self.joinedByPlus(bytes, range)
            ? .joinedByPlus
            : (q.unit == .month || q.unit == .day) ? .monthOrDay : nil
      if let reason {
        left.append((placeholder(range), reason))
        continue
      }
      // A calendar year ("2023年", "2021—2025年", "2022年度"); a duration ("连续8年") is a figure.
      let isCalendarYear = q.literal.count == 4 && (1900...2199).contains(Int(q.literal) ?? 0)
      if q.unit == .year || q.unit?.text == "年度", isCalendarYear {
        if let year = reportYear {
          out += yearExpressions(q, reportYear: year)
        } else {
          left.append((placeholder(range), .noReportYear))
        }
        continue
      }
      let line = source.line(containing: range.lowerBound)
      let lineStart = source.byteRange(ofLine: line).lowerBound
      let previous = last.flatMap { $0.line == line ? $0 : nil }
      let end = previousEnd.flatMap { $0.line == line ? $0.end : nil }
      var key = KeyReader.key(bytes, q, lineStart: lineStart, previousEnd: end, previousKey: previous?.key)
      var comment: String?
      if let word = KeyReader.changeWord(bytes, before: range.lowerBound, lineStart: lineStart) {
        // "产值17.1亿元，同比增长10.6%": the rate takes the measure before it.
        let change = KeyReader.rising.contains(word) ? "增幅" : "降幅"
        if let measure = last.flatMap({ $0.line == line && range.lowerBound - $0.end <= 60 ? $0.key : nil }) {
          key = measure + change
        } else {
          // "力争地区生产总值增长6%": the measure stands before the change word.
          key = (key.hasSuffix(word) ? String(key.dropLast(word.count)) : "") + change
        }
        if q.unit?.isProportion == true {
          comment = "变化幅度：报告中没有上期数值，无法算出，请按新数据改写"
          if let pair = growthPair(index, quantities), let phrase = growthPhrase(word, q) {
            out.append(
              Candidate(
                range: phrase, priority: 1, kind: .growth, path: sectionPath(line) + [key],
                value: source.text(phrase), comment: comment, growth: (pair.from, pair.to, range)))
            continue
          }
        }
      } else {
        last = (line, range.upperBound, key)
      }
      out.append(
        Candidate(
          range: range, priority: 1, kind: .quantity, path: sectionPath(line) + [key], value: source.text(range),
          comment: comment))
    }
    return out
  }

  /// "由2.4万元增加到2.6万元，同比增长8.3%": the two figures of one unit before a rate in its sentence, when
  /// the sentence says where the measure went from (由/从).
  private func growthPair(_ index: Int, _ quantities: [Quantity]) -> (from: Range<Int>, to: Range<Int>)? {
    let rate = quantities[index]
    let start = sentenceStart(rate.byteRange.lowerBound)
    // The two figures before the rate in its sentence, looked for backwards from the rate.
    var before: [Quantity] = []
    var k = index - 1
    while k >= 0, before.count < 2, quantities[k].byteRange.lowerBound >= start {
      let q = quantities[k]
      if !q.isRange, q.unit != nil, q.unit?.isProportion == false, q.unit != .year { before.insert(q, at: 0) }
      k -= 1
    }
    guard before.count == 2 else { return nil }
    let (a, b) = (before[0], before[1])
    guard a.unit == b.unit else { return nil }
    let lead = source.text(start..<a.byteRange.lowerBound)
    guard lead.hasSuffix("由") || lead.hasSuffix("从") else { return nil }
    return (a.byteRange, b.byteRange)
  }

  /// The phrase a growth filter writes: "同比增长8.3%" from 同比 (when it stands before the change word) to the
  /// end of the rate.
  private func growthPhrase(_ word: String, _ rate: Quantity) -> Range<Int>? {
    var start = rate.byteRange.lowerBound - word.utf8.count
    guard start >= 0, source.text(start..<rate.byteRange.lowerBound) == word else { return nil }
    if start >= 6, source.text(start - 6..<start) == "同比" { start -= 6 }
    return start..<rate.byteRange.upperBound
  }

  /// The offset after the previous 。；！？ on the line, or the line's start.
  private func sentenceStart(_ offset: Int) -> Int {
    // At most 600 bytes back: a longer sentence is not one figure's context, and the search stays bounded.
    let lineStart = max(offset - 600, source.byteRange(ofLine: source.line(containing: offset)).lowerBound)
    var i = offset
    while i - 3 >= lineStart {
      let mark = source.text(i - 3..<i)
      if mark == "。" || mark == "；" || mark == "！" || mark == "？" { break }
      i -= 1
    }
    return max(lineStart, i)
  }

  /// Each four-digit year of a year quantity ("2023年", "2021—2025年") as `{{ 年份 - 2 }}`.
  private func yearExpressions(_ q: Quantity, reportYear: Int) -> [Candidate] {
    var out: [Candidate] = []
    var i = q.byteRange.lowerBound
    while i < q.byteRange.upperBound {
      var j = i
      while j < q.byteRange.upperBound, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
      if j - i == 4, let year = Int(source.text(i..<j)), (1900...2199).contains(year) {
        let d = year - reportYear
        let expression = d == 0 ? "{{ 年份 }}" : d > 0 ? "{{ 年份 + \(d) }}" : "{{ 年份 - \(-d) }}"
        out.append(
          Candidate(
            range: i..<j, priority: 1, kind: .year, path: ["年份"], value: String(year), expression: expression))
      }
      i = max(j, i + 1)
    }
    return out
  }

  /// Whether `offset` is inside 《…》 on its line.
  private func inBookTitle(_ offset: Int) -> Bool {
    // The last title starting at or before `offset`.
    var lo = 0
    var hi = bookTitles.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if bookTitles[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 && bookTitles[lo - 1].contains(offset)
  }

  /// The spans inside 《…》 (nested ones within the outer), each within its line, in order.
  static func bookTitles(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var depth = 0
    var start = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A {
        if depth > 0 { out.append(start..<i) }
        depth = 0
      } else if bytes[i] != 0xE3 {
        // 《 and 》 are E3 80 8A and E3 80 8B.
      } else if RuleBytesLite.starts(bytes, i, "《") {
        if depth == 0 { start = i + 3 }
        depth += 1
      } else if RuleBytesLite.starts(bytes, i, "》"), depth > 0 {
        depth -= 1
        if depth == 0 { out.append(start..<i) }
      }
      i += 1
    }
    if depth > 0 { out.append(start..<bytes.count) }
    return out
  }

  // MARK: - Sections

  /// The data path of the part and h1 section a line belongs to: `["工作回顾", "产业发展提质增效"]`.
  func sectionPath(_ line: Int) -> [String] {
    sectionPaths[line] ?? ["正文"]
  }

  /// The section paths of all lines, in one walk over the parts and their h1 sections.
  static func sectionPaths(_ outline: Outline, _ titleLines: Set<Int>) -> [Int: [String]] {
    var paths: [Int: [String]] = [:]
    for part in outline.parts {
      let partPath = [part.role.chineseName]
      for line in part.range.lowerBound.line...max(part.range.lowerBound.line, part.range.upperBound.line)
      where paths[line] == nil {
        paths[line] = partPath
      }
      for case .section(let section) in part.blocks {
        let path = partPath + [KeyReader.sectionKey(section.heading.title)]
        for line in section.range.lowerBound.line...max(section.range.lowerBound.line, section.range.upperBound.line) {
          paths[line] = path
        }
      }
    }
    for line in titleLines { paths[line] = ["标题"] }
    return paths
  }

  // MARK: - Writing

  func templateText() -> String {
    var out = "{# baogao induce 从一篇报告生成的模板：数字、年份、日期、镇名等已换成数据文件中的项。#}\n"
    for line in 1...max(1, source.lineCount) where !dropped.contains(line) {
      let range = source.byteRange(ofLine: line)
      if Self.isBlank(bytes[range]) {
        out += "\n"
        continue
      }
      var start = range.lowerBound
      var prefix = ""
      if titleLines.contains(line) {
        prefix = "% "
      } else if let heading = headingLines[line] {
        prefix = String(repeating: "#", count: heading.level) + " "
        start = heading.textStart
      }
      var text = prefix
      var i = start
      for (r, expression) in (replacements[line] ?? []) where r.lowerBound >= i {
        text += Self.escaped(source.text(i..<r.lowerBound), beforeExpression: true)
        text += expression
        i = r.upperBound
      }
      text += Self.escaped(source.text(i..<range.upperBound))
      out += text + "\n"
    }
    return out
  }

  func dataText() -> String {
    var head = DataTree()
    if let reportYear { head.set(["年份"], String(reportYear), comment: "报告年份：模板中的年份都按它推算") }
    return "# baogao induce 从一篇报告中取出的数据：改成新一年的数字后，用 baogao generate 生成初稿。\n"
      + head.yaml() + data.yaml()
  }

  /// Template text for literal report text: "{" before "{", "%" or "#" written as an expression; a final "{" too
  /// when an expression (`{{ … }}`) follows the text.
  static func escaped(_ text: String, beforeExpression: Bool = false) -> String {
    guard text.contains("{") else { return text }
    var out = ""
    let scalars = Array(text.unicodeScalars)
    for (k, s) in scalars.enumerated() {
      let next: Unicode.Scalar? = k + 1 < scalars.count ? scalars[k + 1] : beforeExpression ? "{" : nil
      if s == "{", let next, next == "{" || next == "%" || next == "#" {
        out += "{{ \"{\" }}"
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  // MARK: - Bytes

  static func isSpace(_ bytes: [UInt8], at i: Int) -> Bool {
    guard i >= 0, i < bytes.count else { return false }
    if bytes[i] == 0x20 || bytes[i] == 0x09 { return true }
    return i + 2 < bytes.count && bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
  }

  static func isBlank(_ slice: ArraySlice<UInt8>) -> Bool {
    var i = slice.startIndex
    while i < slice.endIndex {
      if slice[i] == 0x20 || slice[i] == 0x09 || slice[i] == 0x0D {
        i += 1
      } else if i + 2 < slice.endIndex, slice[i] == 0xE3, slice[i + 1] == 0x80, slice[i + 2] == 0x80 {
        i += 3
      } else {
        return false
      }
    }
    return true
  }

  static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, isSpace(bytes, at: lo) { lo += bytes[lo] == 0xE3 ? 3 : 1 }
    while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
    return lo..<hi
  }

  /// "2025年1月9日" at `i`: its end.
  static func fullDate(_ bytes: [UInt8], at i: Int) -> Int? {
    func digits(_ at: Int, _ min: Int, _ max: Int) -> Int? {
      var j = at
      while j < bytes.count, j - at < max, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
      return j - at >= min ? j : nil
    }
    guard i == 0 || !(bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39), let y = digits(i, 4, 4),
      RuleBytesLite.starts(bytes, y, "年"), let m = digits(y + 3, 1, 2), RuleBytesLite.starts(bytes, m, "月"),
      let d = digits(m + 3, 1, 2), RuleBytesLite.starts(bytes, d, "日")
    else { return nil }
    return d + 3
  }

  /// Numbers joined by "+" ("1+3+6" names a plan): left as text.
  static func joinedByPlus(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let before = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : 0
    let after = range.upperBound < bytes.count ? bytes[range.upperBound] : 0
    return before == 0x2B || after == 0x2B || RuleBytesLite.starts(bytes, range.upperBound, "＋")
      || (range.lowerBound >= 3 && RuleBytesLite.starts(bytes, range.lowerBound - 3, "＋"))
  }

  /// The report year: the first year of the title block, else the most frequent four-digit year before 年.
  static func reportYear(_ outline: Outline, _ quantities: [Quantity]) -> Int? {
    let source = outline.source
    var years: [Int] = []
    for q in quantities where q.unit == .year && !q.isRange && q.literal.count == 4 {
      if let y = Int(q.literal), (1900...2199).contains(y) { years.append(y) }
    }
    if let block = outline.titleBlock {
      let range = block.range.lowerBound.offset..<block.range.upperBound.offset
      if let q = quantities.first(where: { range.contains($0.byteRange.lowerBound) && $0.unit == .year }),
        let y = Int(q.literal), (1900...2199).contains(y)
      {
        return y
      }
      _ = source
    }
    var counts: [Int: Int] = [:]
    for y in years { counts[y, default: 0] += 1 }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }
}

/// Byte comparisons for the builder.
enum RuleBytesLite {
  static func starts(_ bytes: [UInt8], _ i: Int, _ text: String) -> Bool {
    let pattern = text.utf8
    guard i >= 0, i + pattern.count <= bytes.count else { return false }
    return bytes[i..<i + pattern.count].elementsEqual(pattern)
  }
}

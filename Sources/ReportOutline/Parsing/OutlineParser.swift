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
    location(unit.line.content.lowerBound, line: unit.line.number)..<location(unit.end, line: unit.lastLine)
  }

  func range(_ bytes: Range<Int>, line: Int) -> TextRange {
    location(bytes.lowerBound, line: line)..<location(bytes.upperBound, line: line)
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
    for line in lines {
      for item in line.noise {
        let kind: Recovery.Kind = item.kind == .bookmark ? .bookmark : .noiseMarker
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[item.range]), as: UTF8.self)
        recoveries.append(
          Recovery(kind: kind, range: range(item.range, line: line.number), message: "忽略了采集留下的标记“\(text)”。"))
      }
      if line.isEmpty {
        previousBlank = true
        continue
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
    if unit.line.markdownLevel > 0 || unit.line.boldLead != nil, let bold = unit.line.boldLead {
      return bold.lowerBound..<min(bold.upperBound, end)
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
  func isSalutationLine(_ unit: Unit) -> Bool {
    let line = unit.line
    return line.scalarCount <= 30 && isSalutation(unit)
      && (line.lastScalar == 0xFF1A || line.lastScalar == 0x3A || line.sentenceEnds == 0)
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

/// Turns a text into `ScannedLine`s in one pass over its bytes.
enum LineScanner {
  static let paidBegin = Array(utf8: "##paidbegin##")
  static let paidEnd = Array(utf8: "##paidend##")
  static let bookmark = Array(utf8: "[bookmark:")
  static let boldMark = Array(utf8: "**")

  /// Scans every line; `markdown` turns on `#` headings, bold leads and list items.
  static func scan(_ p: UnsafeBufferPointer<UInt8>, lineStarts: [Int], markdown: Bool) -> [ScannedLine] {
    var lines: [ScannedLine] = []
    lines.reserveCapacity(lineStarts.count)
    for (index, start) in lineStarts.enumerated() {
      var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : p.count
      if end < start { end = start }
      if index + 1 == lineStarts.count && start == p.count && index > 0 { break }
      lines.append(scanLine(p, number: index + 1, range: start..<end, markdown: markdown))
    }
    return lines
  }

  static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for k in range where p[k] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Reads one noise marker at `i`, returning its end.
  static func noise(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Int, NoiseKind)? {
    if p[i] == 0x23 {  // '#'
      if ByteText.hasPrefix(p, at: i, end: end, paidBegin) { return (i + paidBegin.count, .paidMarker) }
      if ByteText.hasPrefix(p, at: i, end: end, paidEnd) { return (i + paidEnd.count, .paidMarker) }
    } else if p[i] == 0x5B, ByteText.hasPrefix(p, at: i, end: end, bookmark) {  // '['
      // Up to the closing bracket, at most 200 bytes on.
      var j = i + bookmark.count
      let limit = min(end, j + 200)
      while j < limit, p[j] != 0x5D { j += 1 }
      if j < limit { return (j + 1, .bookmark) }
    }
    return nil
  }

  /// Where the words begin after a leading dash, or nil when the line does not start with one.
  ///
  /// Reports and their web copies write the dash before a heading or a dateline in many ways: "——", "—",
  /// "――" (U+2015), "─", "－－", "--", "----". One em dash, horizontal bar or box-drawing line is enough; the
  /// full-width and ASCII hyphens need two, so that "-3-" or a minus sign is not taken for a dash.
  static func dashEnd(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
    var i = start
    var strong = 0
    var weak = 0
    while i < end {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      switch s {
      case 0x2014, 0x2015, 0x2500, 0x2501: strong += 1
      case 0xFF0D, 0x2D, 0x2013, 0x2012: weak += 1
      default:
        return strong > 0 || weak >= 2 ? (i > start ? i : nil) : nil
      }
      i += n
    }
    return nil
  }

  static func scanLine(_ p: UnsafeBufferPointer<UInt8>, number: Int, range: Range<Int>, markdown: Bool) -> ScannedLine
  {
    var line = ScannedLine(number: number, lineRange: range)
    let end = range.upperBound
    var i = range.lowerBound
    var column = 1
    // Leading spaces and noise, in any order.
    while i < end {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      if ByteText.isSpace(s) {
        i += n
        column += 1
        continue
      }
      if let (stop, kind) = noise(p, at: i, end: end) {
        line.noise.append((i..<stop, kind))
        column += scalarCount(p, i..<stop)
        i = stop
        continue
      }
      break
    }
    let contentStart = i
    line.contentStartColumn = column
    // Markdown block marks.
    var titleStart = contentStart
    if markdown, i < end {
      if p[i] == 0x23 {  // '#'
        var level = 0
        var j = i
        while j < end, p[j] == 0x23, level < 7 {
          level += 1
          j += 1
        }
        if level <= 6, j == end || p[j] == 0x20 || p[j] == 0x09 {
          line.markdownLevel = level
          while j < end, p[j] == 0x20 || p[j] == 0x09 { j += 1 }
          titleStart = j
        }
      } else if p[i] == 0x3E || ((p[i] == 0x2D || p[i] == 0x2A || p[i] == 0x2B) && i + 1 < end && p[i + 1] == 0x20) {
        // "> quote", "- item", "* item", "+ item": nested marks are skipped without recursion.
        line.isMarkdownListItem = true
        var j = i
        while j < end, p[j] == 0x3E || p[j] == 0x2D || p[j] == 0x2A || p[j] == 0x2B || p[j] == 0x20 || p[j] == 0x09 {
          if p[j] == 0x2A, j + 1 < end, p[j + 1] == 0x2A { break }
          j += 1
        }
        titleStart = j
      }
      if titleStart < end, ByteText.hasPrefix(p, at: titleStart, end: end, boldMark) {
        if let close = ByteText.find(p, from: titleStart + 2, end: end, window: 400, boldMark) {
          line.boldLead = (titleStart + 2)..<close
        }
      }
    }
    // The words: count scalars and sentence shape, find inner noise, remember the last non-space.
    var contentEnd = contentStart
    var j = contentStart
    var scalars = 0
    while j < end {
      let byte = p[j]
      if byte == 0x23 || byte == 0x5B, let (stop, kind) = noise(p, at: j, end: end) {
        line.noise.append((j..<stop, kind))
        column += scalarCount(p, j..<stop)
        j = stop
        continue
      }
      let (s, n) = ByteText.scalar(p, at: j, end: end)
      j += n
      column += 1
      if s < 0x80 {
        if ByteText.isSpace(s) { continue }
        // Letters other than X: the collectors' "XX" placeholders are not web addresses.
        if (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A && (s | 0x20) != 0x78 { line.latinLetters += 1 }
      } else if ByteText.isSpace(s) {
        continue
      }
      scalars += 1
      contentEnd = j
      line.contentEndColumn = column
      line.lastScalar = s
      if ScannedLine.isSentenceStop(s) {
        line.sentenceEnds += 1
        if line.firstSentenceEnd == nil {
          line.firstSentenceEnd = j
          line.firstSentenceScalars = scalars
        }
      } else if line.firstSentenceEnd == nil {
        if s == 0xFF0C || s == 0x2C {
          line.firstSentenceCommas += 1
        } else if (s >= 0x30 && s <= 0x39) || (s >= 0xFF10 && s <= 0xFF19) {
          line.firstSentenceHasDigit = true
        } else if (s == 0xFF1A || s == 0x3A) && line.firstColon == nil {
          line.firstColon = j
        }
      } else if (s == 0xFF1A || s == 0x3A) && line.firstColon == nil {
        line.firstColon = j
      }
    }
    line.content = contentStart..<max(contentStart, contentEnd)
    if let bold = line.boldLead, bold.upperBound + 2 == line.content.upperBound { line.isBoldLine = true }
    line.scalarCount = scalars
    if line.firstSentenceEnd == nil { line.firstSentenceScalars = scalars }
    // Markers at the start of the words (after the Markdown marks, if any).
    let words = titleStart < line.content.upperBound ? titleStart : line.content.upperBound
    var markerStart = words
    if let lead = line.boldLead, lead.lowerBound == words + 2 { markerStart = lead.lowerBound }
    if markerStart < line.content.upperBound {
      if let afterDash = dashEnd(p, at: markerStart, end: line.content.upperBound) {
        line.startsWithDash = true
        titleStart = afterDash
      } else if let marker = MarkerReader.marker(p, at: markerStart, end: line.content.upperBound) {
        line.marker = marker
        titleStart = marker.range.upperBound
      } else {
        titleStart = words
        line.enumeration = MarkerReader.enumeration(p, at: markerStart, end: line.content.upperBound)
      }
    } else {
      titleStart = words
    }
    // Spaces between a marker and its words.
    while titleStart < line.content.upperBound {
      let (s, n) = ByteText.scalar(p, at: titleStart, end: end)
      if !ByteText.isSpace(s) { break }
      titleStart += n
    }
    line.titleStart = titleStart
    return line
  }
}

import ReportText

/// A heading found inside a part, before the tree is built.
struct HeadingMark {
  var style: HeadingStyle
  var depth: Int
}

extension OutlineParser {
  /// The heading style a paragraph has in its place (markers, dashes, Markdown, short lines), or nil.
  ///
  /// A numbered paragraph heads a section even when it runs on. A dash ("——…") or an enumeration word ("一是…")
  /// heads one only when it stands as a short line of its own with the text in the paragraphs below: a dash or
  /// enumeration item that runs on into its text is a run-in, and a run of such lines one after the other is a
  /// list (the year's targets "——地区生产总值增长6%；").
  func headingStyle(_ unit: Unit, previous: Unit?, next: Unit?) -> HeadingStyle? {
    let line = unit.line
    if line.markdownLevel > 0 { return .markdown(line.markdownLevel) }
    if line.isMarkdownListItem { return nil }
    if let marker = line.marker { return .numbered(marker.style) }
    if line.startsWithDash || line.enumeration != nil {
      guard isHeadingShapedItem(unit), let next, !isListItem(next), !isHeadingLike(next),
        previous.map({ !isListItem($0) }) ?? true
      else { return nil }
      return line.startsWithDash ? .dash : .plain
    }
    let isLast = next == nil
    // The signature and date under a report without a closing ("横山镇人民政府" / "2024年12月20日").
    if isSignature(unit), next.map(isSignature) ?? true { return nil }
    if !isLast, line.enumeration == nil, line.boldLead == nil || line.isBoldLine, unit.lastLine == line.number,
      line.scalarCount <= 25,
      line.sentenceEnds == 0, !ScannedLine.isClauseStop(line.lastScalar), !isSalutation(unit),
      !isParenthesised(unit)
    {
      return .plain
    }
    return nil
  }

  /// True when a paragraph goes on after its first sentence.
  func runsOn(_ unit: Unit) -> Bool {
    guard let stop = unit.line.firstSentenceEnd else { return false }
    return stop < unit.end
  }

  /// A dash or enumeration item: "——…", "一是…", "第一，…".
  func isListItem(_ unit: Unit) -> Bool {
    unit.line.startsWithDash || unit.line.enumeration != nil
  }

  /// A dash or enumeration item that can head a section: short, one sentence at most, not ending like an item of a
  /// list ("；", "，") and without figures ("——地区生产总值增长6%").
  func isHeadingShapedItem(_ unit: Unit) -> Bool {
    let line = unit.line
    guard line.scalarCount <= 60, unit.lastLine == line.number, !runsOn(unit), !line.firstSentenceHasDigit else {
      return false
    }
    switch line.lastScalar {
    case 0xFF1B, 0x3B, 0xFF0C, 0x2C, 0x3001, 0xFF1A, 0x3A: return false  // ； ; ， , 、 ： :
    default: return true
    }
  }

  /// Gives heading styles to runs of dash or enumeration lines that head sections left empty.
  ///
  /// One such line followed by text heads a section (`headingStyle`); a run of them one after another is a list,
  /// unless the part heads its other sections with lines of the same kind and the run is followed by text: then
  /// the lines before the last head sections whose text is missing.
  func markEmptyItemSections(_ list: [Int], styles: inout [HeadingStyle?]) {
    let dashHeadings = styles.contains { $0 == .dash }
    let enumerationHeadings = list.indices.contains { styles[$0] == .plain && units[list[$0]].line.enumeration != nil }
    var k = 0
    while k < list.count {
      guard isListItem(units[list[k]]) else {
        k += 1
        continue
      }
      var end = k
      while end + 1 < list.count, isListItem(units[list[end + 1]]) { end += 1 }
      defer { k = end + 1 }
      guard end > k, end + 1 < list.count, !isHeadingLike(units[list[end + 1]]) else { continue }
      let run = k...end
      let dash = run.allSatisfy { units[list[$0]].line.startsWithDash }
      let enumerated = run.allSatisfy { units[list[$0]].line.enumeration != nil }
      guard (dash && dashHeadings) || (enumerated && enumerationHeadings),
        run.allSatisfy({ isHeadingShapedItem(units[list[$0]]) })
      else { continue }
      for j in run { styles[j] = dash ? .dash : .plain }
    }
  }

  /// Finds runs of parallel one-sentence paragraphs (returned as positions in `indices`) that open sections ("过去一年，我们…。").
  ///
  /// A candidate is short, one sentence, and has a comma within its first ten scalars; its key is
  /// the words up to that comma and the two scalars after it. Three or more candidates with one key,
  /// none of them right after a heading, are section leads.
  func leadParagraphs(_ indices: ArraySlice<Int>, headings: [HeadingStyle?]) -> [Int] {
    var groups: [[UInt8]: [Int]] = [:]
    var previousWasHeading = true
    for (k, index) in indices.enumerated() {
      let u = units[index]
      // A numbered item that runs on carries its own text: a lead may follow it.
      defer { previousWasHeading = headings[k] != nil && !runsOn(u) }
      let line = u.line
      let oneSentence = line.sentenceEnds == 1 && line.endsWithSentenceStop
      let unstopped = line.sentenceEnds == 0 && !ScannedLine.isClauseStop(line.lastScalar)
      guard headings[k] == nil, !previousWasHeading, line.marker == nil, line.enumeration == nil,
        line.scalarCount >= 12, line.scalarCount <= 100, oneSentence || unstopped, u.lastLine == line.number
      else { continue }
      // The first comma within ten scalars.
      var i = line.titleStart
      var seen = 0
      var comma: Int?
      while i < u.end, seen < 10 {
        let (s, n) = ByteText.scalar(p, at: i, end: u.end)
        if s == 0xFF0C || s == 0x2C {
          comma = i + n
          break
        }
        seen += 1
        i += n
      }
      guard var keyEnd = comma, seen >= 2 else { continue }
      for _ in 0..<2 where keyEnd < u.end {
        keyEnd += ByteText.scalar(p, at: keyEnd, end: u.end).length
      }
      groups[Array(p[line.titleStart..<keyEnd]), default: []].append(k)
    }
    // Three alike make a run; two do when they speak as "…，我们" and nothing else heads the part.
    let partHasHeadings = headings.contains { $0 != nil }
    var leads: [Int] = []
    for (key, members) in groups {
      if members.count >= 3 || (members.count == 2 && !partHasHeadings && key.suffix(6).elementsEqual(Self.we)) {
        leads += members
      }
    }
    return leads.sorted()
  }

  static let we = Array(utf8: "我们")

  /// Gives each heading of a part its depth below the part, and records wrong markers and skipped numbers.
  ///
  /// A stack of the styles seen holds the current path. A style already on the stack closes what is
  /// below it; a numbered style closes deeper numbered styles of a lower GB/T 9704 rank; a new style
  /// goes one level deeper. A marker of another family whose number continues a level on the stack
  /// ("3、" after 一、二、) is read at that level.
  mutating func assignDepths(_ headings: [(index: Int, style: HeadingStyle)]) -> [HeadingMark] {
    struct Level {
      var style: HeadingStyle
      var last: Int
    }
    var stack: [Level] = []
    var marks: [HeadingMark] = []
    marks.reserveCapacity(headings.count)
    for (index, original) in headings {
      var style = original
      let u = units[index]
      let marker = u.line.marker
      if case .numbered = style, let marker, !stack.contains(where: { $0.style == style }),
        marker.value > 1
      {
        // A wrong family whose number continues an open level.
        if let level = stack.lastIndex(where: {
          if case .numbered = $0.style { return $0.last + 1 == marker.value }
          return false
        }) {
          let expected = stack[level].style
          style = expected
          recoveries.append(
            Recovery(
              kind: .wrongMarker, range: range(marker.range, line: u.line.number),
              message: "编号“\(text(marker.range))”与同级的“\(expected.name)”形式不同，按同级标题处理。"))
        }
      }
      if let position = stack.firstIndex(where: { $0.style == style }) {
        stack.removeSubrange((position + 1)...)
        if let marker, stack[position].last > 0, marker.value != stack[position].last + 1 {
          let previous = stack[position].last
          recoveries.append(
            Recovery(
              kind: .numberSequence, range: range(marker.range, line: u.line.number),
              message: marker.value == previous
                ? "编号“\(text(marker.range))”与上一个同级标题重复。" : "编号从 \(previous) 跳到了 \(marker.value)。"))
        }
        stack[position].last = marker?.value ?? 0
      } else {
        if case .numbered(let s) = style {
          while let top = stack.last, case .numbered(let t) = top.style, t.canonicalLevel > s.canonicalLevel {
            stack.removeLast()
          }
        } else if case .markdown(let level) = style {
          while let top = stack.last, case .markdown(let t) = top.style, t > level { stack.removeLast() }
        }
        stack.append(Level(style: style, last: marker?.value ?? 0))
      }
      marks.append(HeadingMark(style: style, depth: stack.count))
    }
    return marks
  }

  func text(_ bytes: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: p[bytes]), as: UTF8.self)
  }
}

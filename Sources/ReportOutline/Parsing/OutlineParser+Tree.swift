import ReportText

extension OutlineParser {
  /// Runs every pass and builds the outline.
  mutating func parse() -> Outline {
    readUnits()
    readContinuedNumbers()
    // What is not the report's text: advertising, the web page's lines, appendices, a second copy.
    var kinds = [Recovery.Kind?](repeating: nil, count: units.count)
    for index in findAdvertising() { kinds[index] = .advertisement }
    for index in units.indices where kinds[index] == nil && isWebFurniture(units[index]) {
      kinds[index] = .webFurniture
    }
    markHead(&kinds)
    let closing = markTail(&kinds)
    recordSetAside(kinds)
    let body = units.indices.filter { kinds[$0] == nil }
    let (titleBlock, firstBody) = readTitleBlock(body)
    let rest = Array(body[firstBody...])
    let (starts, roles, alsoRoles) = findParts(rest, closing: closing.flatMap { rest.firstIndex(of: $0) })
    var parts: [Part] = []
    parts.reserveCapacity(starts.count)
    for (k, start) in starts.enumerated() {
      let to = k + 1 < starts.count ? starts[k + 1].position : rest.count
      parts.append(
        buildPart(
          start, members: rest[start.position..<to], roles: roles[start.position..<to],
          alsoRoles: alsoRoles[start.position..<to]))
    }
    return Outline(source: source, titleBlock: titleBlock, parts: parts, recoveries: recoveries.sorted(by: {
      $0.range.lowerBound < $1.range.lowerBound
    }))
  }

  mutating func buildPart(
    _ start: PartStart, members: ArraySlice<Int>, roles: ArraySlice<PartRole?>, alsoRoles: ArraySlice<PartRole?>
  ) -> Part {
    var inner = members
    var innerRoles = roles
    var innerAlso = alsoRoles
    var partHeading: Heading?
    if start.hasHeading, let first = inner.first {
      partHeading = heading(for: first, style: ownStyle(of: units[first]), depth: 0)
      inner = inner.dropFirst()
      innerRoles = innerRoles.dropFirst()
      innerAlso = innerAlso.dropFirst()
    }
    // Headings of the part's own sections, by position in `inner`.
    var styles = [HeadingStyle?](repeating: nil, count: inner.count)
    if start.role != .closing && start.role != .preamble {
      let list = Array(inner)
      for (k, (index, role)) in zip(inner, innerRoles).enumerated() where role == nil {
        styles[k] = headingStyle(
          units[index], previous: k > 0 ? units[list[k - 1]] : nil, next: k + 1 < list.count ? units[list[k + 1]] : nil)
      }
      markEmptyItemSections(list, styles: &styles)
      if start.role == .review || start.role == .plan {
        for k in leadParagraphs(inner, headings: styles) { styles[k] = .lead }
      }
    }
    var ordered: [(index: Int, style: HeadingStyle)] = []
    for (k, index) in inner.enumerated() {
      if let style = styles[k] { ordered.append((index, style)) }
    }
    var marks = [HeadingMark?](repeating: nil, count: inner.count)
    for (k, mark) in zip(styles.indices.filter { styles[$0] != nil }, assignDepths(ordered)) { marks[k] = mark }

    // Fold the paragraphs and headings into nested sections.
    var open: [Section] = []
    var blocks: [Block] = []
    func close(to depth: Int) {
      while let last = open.last, last.heading.depth >= depth {
        open.removeLast()
        var section = last
        if let end = section.blocks.last?.range.upperBound { section.range = section.range.lowerBound..<end }
        if open.isEmpty {
          blocks.append(.section(section))
        } else {
          open[open.count - 1].blocks.append(.section(section))
        }
      }
    }
    for (k, (index, role)) in zip(inner, innerRoles).enumerated() {
      if let mark = marks[k] {
        close(to: mark.depth)
        let h = heading(for: index, style: mark.style, depth: mark.depth)
        open.append(Section(heading: h, blocks: [], range: h.range))
      } else {
        var paragraph = self.paragraph(for: index, role: role)
        if let also = innerAlso[innerAlso.startIndex + k] { paragraph.alsoRoles = [also] }
        if open.isEmpty {
          blocks.append(.paragraph(paragraph))
        } else {
          open[open.count - 1].blocks.append(.paragraph(paragraph))
        }
      }
    }
    close(to: 0)
    let first = members.first.map { range(of: units[$0]).lowerBound } ?? TextLocation(line: 1, column: 1, offset: 0)
    let last = members.last.map { range(of: units[$0]).upperBound } ?? first
    return Part(
      role: start.role, alsoRoles: start.alsoRoles, continuesPrevious: start.continues, heading: partHeading,
      blocks: blocks, range: first..<last)
  }

  /// The style a part heading has: its marker, Markdown level, or none.
  func ownStyle(of unit: Unit) -> HeadingStyle {
    if unit.line.markdownLevel > 0 { return .markdown(unit.line.markdownLevel) }
    if let marker = unit.line.marker { return .numbered(marker.style) }
    return .plain
  }

  func heading(for index: Int, style: HeadingStyle, depth: Int) -> Heading {
    let u = units[index]
    let line = u.line
    let marker = line.marker.map {
      NumberingMarker(
        style: $0.style, value: $0.value, text: text($0.range), isCanonical: $0.isCanonical,
        range: range($0.range, line: line.number))
    }
    let title: String
    let runOn: Bool
    switch style {
    case .lead:
      title = cleanText(titleBytes(u), noise: line.noise)
      runOn = false
    default:
      let bytes = titleBytes(u)
      title = cleanText(bytes, noise: line.noise)
      runOn = line.markdownLevel == 0 && (line.firstSentenceEnd.map { $0 < u.end } ?? false)
    }
    // A paragraph over several lines (Markdown, a broken heading) gives its title on one line.
    let oneLine = u.lastLine == line.number ? title : title.split(separator: "\n").joined()
    return Heading(depth: depth, style: style, marker: marker, title: oneLine, isRunOn: runOn, range: range(of: u))
  }

  func paragraph(for index: Int, role: PartRole?) -> Paragraph {
    let u = units[index]
    let line = u.line
    let enumeration = line.enumeration.map {
      Enumeration(text: text($0.range), ordinal: $0.ordinal, range: range($0.range, line: line.number))
    }
    return Paragraph(range: range(of: u), runIn: runIn(u), enumeration: enumeration, role: role)
  }

  /// The short first sentence that heads a paragraph ("环境治理有效推进。…"), or a Markdown bold lead.
  func runIn(_ u: Unit) -> TextSpan? {
    let line = u.line
    if let bold = line.boldLead {
      if line.isBoldLine { return nil }
      return TextSpan(text: text(bold), range: range(bold, line: line.number))
    }
    guard let stop = line.firstSentenceEnd, stop < u.end, line.firstSentenceCommas <= 1, !line.firstSentenceHasDigit,
      line.firstColon.map({ $0 > stop }) ?? true
    else { return nil }
    var start = line.titleStart
    if let enumeration = line.enumeration { start = enumeration.range.upperBound }
    let words = scalarCount(start..<stop)
    guard words >= 4, words <= 21, !isSalutation(u) else { return nil }
    // The sentence must end with 。 (three bytes), not with ！？ or their ASCII forms.
    guard stop - 3 >= start, ByteText.scalar(p, at: stop - 3, end: stop).value == 0x3002 else { return nil }
    return TextSpan(text: cleanText(start..<(stop - 3), noise: line.noise), range: range(start..<stop, line: line.number))
  }
}

import ReportText

extension OutlineParser {
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
    guard titleShaped else { return untitledBlock(body) }
    var title = TextSpan(text: Self.unspaced(cleanText(titleBytes(u), noise: line.noise)), range: range(of: u))
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
      // The title again (a web page's title over the report's own, "政 府 工 作 报 告" under "XX镇2025年政府工作报告").
      if subtitle == nil, speaker == nil, l.markdownLevel == 0,
        isReportTitle(v) || (l.scalarCount <= 60 && squeezed(l.content) == squeezed(line.content))
      {
        end = range(of: v).upperBound
        position += 1
        continue
      }
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

  /// A title block whose title was lost (a web copy that kept the dateline): the dateline, and a speaker line under
  /// it. Nil when the text does not start with a dateline.
  func untitledBlock(_ body: [Int]) -> (TitleBlock?, Int) {
    let u = units[body[0]]
    guard u.line.markdownLevel == 0, isDateline(u) else { return (nil, 0) }
    let subtitle = TextSpan(text: cleanText(u.line.content, noise: u.line.noise), range: range(of: u))
    var speaker: TextSpan?
    var end = subtitle.range.upperBound
    if body.count > 1 {
      let v = units[body[1]]
      let l = v.line
      if l.markdownLevel == 0, l.sentenceEnds == 0, l.scalarCount <= 30, l.marker == nil, !isSalutation(v),
        Cues.speakerWords.occurs(p, from: l.content.lowerBound, end: v.end)
      {
        speaker = TextSpan(text: cleanText(l.content, noise: l.noise), range: range(of: v))
        end = speaker!.range.upperBound
      }
    }
    let block = TitleBlock(title: nil, subtitle: subtitle, speaker: speaker, range: subtitle.range.lowerBound..<end)
    return (block, speaker == nil ? 1 : 2)
  }

  /// A title spaced out for display ("政 府 工 作 报 告") with the spaces between Chinese characters taken out.
  static func unspaced(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    func isHan(_ s: Unicode.Scalar) -> Bool { s.value >= 0x3400 && s.value <= 0x9FFF }
    var out = String.UnicodeScalarView()
    for (k, s) in scalars.enumerated() {
      if ByteText.isSpace(s.value), k > 0, isHan(scalars[k - 1]),
        let next = scalars[(k + 1)...].first(where: { !ByteText.isSpace($0.value) }), isHan(next)
      {
        continue
      }
      out.append(s)
    }
    return String(out)
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

}

import ReportOutline
import ReportText

/// Reports a number skipped or repeated among the headings of one level, and renumbers them.
///
/// Headings under the same parent that share a numbering style must count 1, 2, 3 … without gaps
/// or repeats: "一、二、四、" skips 三, "（一）（二）（二）" repeats 二. The part headings of a report
/// form one such level, and the sections directly under each part or section another. The finding
/// sits on the first marker that breaks the count; its fix rewrites the number in that marker and in
/// the markers after it up to the next break, so that applying every fix numbers the level 1, 2, 3 ….
public struct NumberingSequenceRule: LintRule {
  public static let description = RuleDescription(
    id: "numbering.sequence",
    summary: "同一级标题的序号跳号或重号。",
    defaultSeverity: .warning,
    triggering: [
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      （四）民生保障有力。新增就业岗位300个。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      （二）民生保障有力。新增就业岗位300个。
      """,
    ],
    nonTriggering: [
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      （三）民生保障有力。新增就业岗位300个。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      二、2025年工作安排
      （一）稳住农业基本盘。新建高标准农田2000亩。
      """,
    ],
    hasFix: true)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let continuing = NumberedSiblings.continuingAbove(in: context)
    // The last number of each style so far: items numbered on across sections ("1."…"8." under （一）, "9."…
    // under （二）) count from where the list before them stopped.
    var lastNumber: [NumberingStyle: Int] = [:]
    func run(_ markers: [NumberingMarker]) {
      // A count that starts again at 1 after a full list ("（一）…（四）" of the five years, then a paragraph on
      // the year and "（一）…" again) is a new list, written so on purpose.
      var start = 0
      for k in markers.indices.dropFirst() where markers[k].value == 1 && markers[k - 1].value >= 2 {
        runFrom(markers[start..<k])
        start = k
      }
      runFrom(markers[start...])
    }
    func runFrom(_ slice: ArraySlice<NumberingMarker>) {
      let markers = Array(slice)
      guard let first = markers.first else { return }
      let base = first.value > 1 && lastNumber[first.style] == first.value - 1 ? first.value - 1 : 0
      checkRun(markers, from: base, context, &findings)
      lastNumber[first.style] = markers.last!.value
    }
    for var list in NumberedSiblings.lists(in: context) {
      list.items.removeAll { continuing[$0.marker.range.lowerBound.offset] != nil }
      if let majority = list.majority {
        // One level written in mixed forms ("3、" among 一、二、): one count, the odd marker included
        // where its number fits its place (numbering.marker reports its form).
        let items = list.items.enumerated().filter {
          $0.element.style == majority || $0.element.marker.value == $0.offset + 1
        }
        run(items.map(\.element.marker))
      } else {
        var byStyle: [NumberingStyle: [NumberingMarker]] = [:]
        var styles: [NumberingStyle] = []
        for item in list.items {
          if byStyle[item.style] == nil { styles.append(item.style) }
          byStyle[item.style, default: []].append(item.marker)
        }
        for style in styles { run(byStyle[style]!) }
      }
    }
  }

  /// Checks that `markers` count on from `base` + 1.
  private func checkRun(
    _ markers: [NumberingMarker], from base: Int, _ context: LintContext, _ findings: inout [Finding]
  ) {
    var breaks: [Int] = []
    for (k, marker) in markers.enumerated() {
      let expectedFromPrevious = k == 0 ? base + 1 : markers[k - 1].value + 1
      // A break whose number is right for its position ("四" fourth after 一、二、四、) is mended by
      // the fix of the break before it.
      if marker.value != expectedFromPrevious, marker.value != base + k + 1 || breaks.isEmpty { breaks.append(k) }
    }
    for (b, start) in breaks.enumerated() {
      let end = b + 1 < breaks.count ? breaks[b + 1] : markers.count
      var edits: [TextEdit] = []
      for k in start..<end where markers[k].value != base + k + 1 {
        if let edit = renumbering(markers[k], to: base + k + 1, context) { edits.append(edit) }
      }
      let marker = markers[start]
      let expected = base + start + 1
      let written = Self.numeral(marker.style, expected) ?? "\(expected)"
      let problem: String
      if start > 0 && marker.value == markers[start - 1].value {
        problem = "序号“\(marker.text)”与上一个标题重复"
      } else if start > 0 && marker.value > markers[start - 1].value + 1 {
        problem = "序号“\(marker.text)”跳过了中间的号"
      } else {
        problem = "序号“\(marker.text)”不连续"
      }
      let bytes = marker.range.lowerBound.offset..<marker.range.upperBound.offset
      findings.append(
        finding(
          context, bytes, "\(problem)：同一级标题应按顺序编号，这里应为第\(expected)个（\(written)），其后的序号依次顺延。",
          fix: edits.isEmpty ? nil : Fix(edits: edits, summary: "重新编号为\(written)起的连续序号")))
    }
  }

  /// The edit that rewrites the number inside `marker`, keeping its brackets and punctuation.
  private func renumbering(_ marker: NumberingMarker, to value: Int, _ context: LintContext) -> TextEdit? {
    guard let numeral = Self.numeral(marker.style, value) else { return nil }
    let range = marker.range.lowerBound.offset..<marker.range.upperBound.offset
    let text = context.source.text(range)
    var offset = range.lowerBound
    var first: Int?
    var last = range.lowerBound
    for scalar in text.unicodeScalars {
      let length = String(scalar).utf8.count
      if Self.isNumberScalar(scalar, marker.style) {
        if first == nil { first = offset }
        last = offset + length
      } else if first != nil {
        break
      }
      offset += length
    }
    guard let first else { return nil }
    return TextEdit(range: first..<last, replacement: numeral)
  }

  static func isNumberScalar(_ scalar: Unicode.Scalar, _ style: NumberingStyle) -> Bool {
    switch style {
    case .hanzi, .hanziParen: ChineseNumeral.isNumeralScalar(scalar)
    case .arabic, .arabicParen:
      (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0xFF10 && scalar.value <= 0xFF19)
    case .circled: scalar.value >= 0x2460 && scalar.value <= 0x2473
    }
  }

  /// The number `value` as written in markers of `style`.
  static func numeral(_ style: NumberingStyle, _ value: Int) -> String? {
    switch style {
    case .hanzi, .hanziParen: ChineseNumeral.text(for: value)
    case .arabic, .arabicParen: String(value)
    case .circled:
      (1...20).contains(value) ? Unicode.Scalar(0x2460 + UInt32(value - 1)).map { String(Character($0)) } : nil
    }
  }
}

extension Heading {
  /// The numbering style of the level this heading stands at: the parser's level style for a
  /// numbered line, the marker's own style for a Markdown heading that carries a marker.
  var numberingLevelStyle: NumberingStyle? {
    switch style {
    case .numbered(let style): style
    case .markdown: marker?.style
    default: nil
    }
  }
}

/// The numbered headings under one parent (the part headings of a report, or the sections directly
/// under one part or section), with the form each is written in.
struct NumberedSiblings {
  struct Item {
    var heading: Heading
    var marker: NumberingMarker
    /// The form as written.
    var style: NumberingStyle
  }

  /// The level style of the parent heading, if it is numbered.
  var parentStyle: NumberingStyle?
  var items: [Item]

  /// The form most of the items are written in, when one form has at least two items and more than
  /// any other.
  var majority: NumberingStyle? {
    var counts: [NumberingStyle: Int] = [:]
    for item in items { counts[item.style, default: 0] += 1 }
    guard counts.count > 1 else { return nil }
    let sorted = counts.sorted { $0.value > $1.value }
    guard sorted[0].value >= 2, sorted[0].value > sorted[1].value else { return nil }
    return sorted[0].key
  }

  /// Every list of numbered siblings in the outline, in document order of their parents.
  static func lists(in context: LintContext) -> [NumberedSiblings] {
    context.shared("NumberedSiblings.lists") { lists(in: context.outline) }
  }

  static func lists(in outline: Outline) -> [NumberedSiblings] {
    var out: [NumberedSiblings] = []
    func items(_ headings: [Heading]) -> [Item] {
      headings.compactMap { heading in
        guard let marker = heading.marker, heading.numberingLevelStyle != nil else { return nil }
        return Item(heading: heading, marker: marker, style: marker.style)
      }
    }
    func walk(_ blocks: [Block], parent: Heading?) {
      var headings: [Heading] = []
      for case .section(let section) in blocks {
        headings.append(section.heading)
        walk(section.blocks, parent: section.heading)
      }
      let found = items(headings)
      if !found.isEmpty { out.append(NumberedSiblings(parentStyle: parent?.numberingLevelStyle, items: found)) }
    }
    let partItems = items(outline.parts.compactMap(\.heading))
    if !partItems.isEmpty { out.append(NumberedSiblings(parentStyle: nil, items: partItems)) }
    for part in outline.parts { walk(part.blocks, parent: part.heading) }
    return out
  }

  /// Markers written in another family that continue the count of an enclosing level: "3、" after
  /// "二、" (or after "二、" and its "（一）"), alone among its siblings. The parser nests such a line one
  /// level down, but it is the next heading of the level above, misspelt; `numbering.marker` reports
  /// it, and the other numbering and structure rules leave it alone. Keyed by the marker's offset, with
  /// the form of the level it continues.
  static func continuingAbove(in context: LintContext) -> [Int: NumberingStyle] {
    context.shared("NumberedSiblings.continuingAbove") { continuingAbove(in: context.outline, lists(in: context)) }
  }

  static func continuingAbove(in outline: Outline, _ lists: [NumberedSiblings]) -> [Int: NumberingStyle] {
    var lastByStyle: [NumberingStyle: Int] = [:]
    var candidates: [Int: NumberingStyle] = [:]
    for heading in outline.headings {
      guard let marker = heading.marker, heading.numberingLevelStyle != nil else { continue }
      let style = marker.style
      if !marker.isCanonical, marker.value > 1, lastByStyle[style] != marker.value - 1,
        let above = lastByStyle.filter({ $0.key != style && $0.value == marker.value - 1 })
          .filter({ $0.key.canonicalLevel < style.canonicalLevel })
          .max(by: { $0.key.canonicalLevel < $1.key.canonicalLevel })?.key
      {
        candidates[marker.range.lowerBound.offset] = above
        lastByStyle[above] = marker.value
        lastByStyle = lastByStyle.filter { $0.key.canonicalLevel <= above.canonicalLevel }
        continue
      }
      lastByStyle[style] = marker.value
      // A heading closes the deeper levels below it.
      lastByStyle = lastByStyle.filter { $0.key == style || $0.key.canonicalLevel < style.canonicalLevel }
    }
    var alone: Set<Int> = []
    for list in lists where list.items.count == 1 {
      alone.insert(list.items[0].marker.range.lowerBound.offset)
    }
    return candidates.filter { alone.contains($0.key) }
  }
}

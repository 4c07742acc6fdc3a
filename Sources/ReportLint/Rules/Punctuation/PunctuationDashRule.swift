import ReportText

/// 破折号写作两个连在一起的“—”（U+2014）：“——”。
///
/// 按 GB/T 15834—2011《标点符号用法》，破折号是占两个字位置的“——”。用别的符号拼出来的破折号不规范：连字符
/// “--”“----”、全角减号“－－”、横线“――”（U+2015，常见于从旧编码转来的文字）、制表线“──”，以及一个“—”和一个别的
/// 横线拼成的“—-”：“乡村振兴--产业兴旺”应写作“乡村振兴——产业兴旺”。修正：换成“——”。
///
/// 只看汉字或中文标点旁边的横线：旁边有数字的（数值范围、日期，归 `number.range-format` 管）、旁边是字母或 ASCII
/// 符号的（英文、代码、“<!--”注释）、两边都是空白的（表格中表示“无”的“--”）、整行只有横线的（分隔线）、Markdown
/// 表格行和行首的“-”“--”（列表标记）都不报告。单独一个“―”（U+2015）不是规范的标点，只提示：作破折号写“——”，
/// 作连接号写“—”。
public struct PunctuationDashRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.dash",
    summary: "破折号写作“——”，不用“--”“－－”“――”等代替。",
    defaultSeverity: .warning,
    triggering: [
      "全面推进乡村振兴--产业兴旺、生态宜居。", "依据《健康素养－－基本知识与技能》开展宣传。", "打造“一村一品”――特色农业示范带。",
      "全力抓好防汛—-防台各项工作。",
    ],
    nonTriggering: [
      "全面推进乡村振兴——产业兴旺、生态宜居。", "2021--2025年，1-6月，增长10%--20%。", "- 加强基层治理", "---", "<!-- baogao-disable -->",
      "出口增速\t--\t持平", "| 指标 | -- |",
    ],
    hasFix: true)

  public init() {}

  /// The length of a dash-like character at `i`, or 0: "-", "－", "―", "—", "–", "‐", "‑", "‒", "−", "﹣", "─".
  private static func dashLength(_ bytes: [UInt8], at i: Int) -> Int {
    guard i < bytes.count else { return 0 }
    let b = bytes[i]
    if b == 0x2D { return 1 }
    guard i + 2 < bytes.count else { return 0 }
    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
    switch b {
    case 0xE2:
      if b1 == 0x80, (0x90...0x95).contains(b2) { return 3 }
      if b1 == 0x88, b2 == 0x92 { return 3 }
      if b1 == 0x94, b2 == 0x80 { return 3 }
      return 0
    case 0xEF:
      if b1 == 0xBC, b2 == 0x8D { return 3 }
      if b1 == 0xB9, b2 == 0xA3 { return 3 }
      return 0
    default: return 0
    }
  }

  /// Whether the dash at `i` is the em dash U+2014 (E2 80 94).
  private static func isEmDash(_ bytes: [UInt8], at i: Int) -> Bool {
    bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x94
  }

  /// Whether the dash at `i` is the horizontal bar U+2015 (E2 80 95).
  private static func isBar(_ bytes: [UInt8], at i: Int) -> Bool {
    bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x95
  }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    var resume = 0
    // The line of the last run looked at: its bounds are found once per line, not once per run.
    var line = Line(start: 0, end: -1, contentStart: 0, isTableRow: false)
    for i in context.nonIdeographs where i >= resume {
      // Every dash starts with 2D, E2 or EF: most marks (，。、 are E3 or EF BC 8C…) fail at the first byte or two.
      let b = bytes[i]
      guard b == 0x2D || b == 0xE2 || b == 0xEF, Self.dashLength(bytes, at: i) > 0 else { continue }
      if i > line.end { line = Line(bytes, around: i) }
      // The run of dashes.
      var j = i
      var count = 0
      var emDashes = 0
      while count <= 8 {
        let n = Self.dashLength(bytes, at: j)
        if n == 0 { break }
        if n == 3 && Self.isEmDash(bytes, at: j) { emDashes += 1 }
        j += n
        count += 1
      }
      resume = j
      if count > 6 { continue }
      let lone = count == 1 && Self.isBar(bytes, at: i)
      guard (count >= 2 && emDashes < count) || lone else { continue }
      guard readsAsProse(bytes, i..<j, line) else { continue }
      let written = context.source.text(i..<j)
      if lone {
        findings.append(
          finding(context, i..<j, "“―”不是规范的标点：作破折号用时写“——”，作连接号用时写一字线“—”。"))
      } else {
        findings.append(
          finding(
            context, i..<j, "破折号写作“——”，这里写成了“\(written)”：应改为“——”。",
            fix: Fix(replacing: i..<j, with: "——", summary: "把“\(written)”改为“——”")))
      }
    }
  }

  /// A line's bounds, where its words start, and whether it is a Markdown table row (holds "|").
  private struct Line {
    var start: Int
    var end: Int
    var contentStart: Int
    var isTableRow: Bool

    init(start: Int, end: Int, contentStart: Int, isTableRow: Bool) {
      (self.start, self.end, self.contentStart, self.isTableRow) = (start, end, contentStart, isTableRow)
    }

    init(_ bytes: [UInt8], around i: Int) {
      var start = i
      while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
      var end = i
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let contentStart = RuleBytes.skippingSpaces(bytes, from: start, to: end)
      self.init(
        start: start, end: end, contentStart: contentStart, isTableRow: bytes[contentStart..<end].contains(0x7C))
    }
  }

  /// Whether the dashes at `run` stand in Chinese prose: a Chinese character or mark on one side, no digit, Latin
  /// letter or ASCII symbol on either, not a separator line, list mark or Markdown table.
  private func readsAsProse(_ bytes: [UInt8], _ run: Range<Int>, _ line: Line) -> Bool {
    let (lineStart, lineEnd) = (line.start, line.end)
    // A list mark or rule at the start of the line ("- ", "--", "---").
    if line.contentStart == run.lowerBound && bytes[run.lowerBound] == 0x2D { return false }
    // A Markdown table row.
    if line.isTableRow { return false }
    let before = run.lowerBound > lineStart ? RuleBytes.scalar(bytes, before: run.lowerBound) : nil
    let after = run.upperBound < lineEnd ? RuleBytes.scalar(bytes, at: run.upperBound) : nil
    func isChinese(_ s: Unicode.Scalar?) -> Bool {
      guard let s else { return false }
      return CharacterClass.isCJKIdeograph(s) || CharacterClass.isFullWidthPunctuation(s)
    }
    func isBlocked(_ s: Unicode.Scalar?) -> Bool {
      guard let s else { return false }
      if RuleBytes.isDigit(s) || RuleBytes.isLatinOrWideLetter(s) { return true }
      // ASCII symbols: code and comments ("<!--", "-->", "--fix"); a space is fine.
      return s.value < 0x80 && s.value > 0x20
    }
    if isBlocked(before) || isBlocked(after) { return false }
    // A date or year before: "2024年--2025年" has a digit after, "3月--" a digit two back.
    if let b = before, b == "年" || b == "月" || b == "日",
      let s = RuleBytes.start(bytes, before: run.lowerBound), s > lineStart,
      RuleBytes.isASCIIOrWideDigit(RuleBytes.scalar(bytes, before: s))
    {
      return false
    }
    return isChinese(before) || isChinese(after)
  }
}

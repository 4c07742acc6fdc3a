import ReportText

/// 纯文本报告中留下的 Markdown 标记：行首的“#”“##”，成对的“**”，行首的列表标记“- ”“* ”“+ ”。
///
/// 从 Markdown 稿、网页或聊天工具复制到纯文本（.txt）报告里的文字常带着这些标记，打印出来就是多余的符号：
/// “## 一、2024年工作回顾”应为“一、2024年工作回顾”，“**工业经济稳中有进。**”应为“工业经济稳中有进。”。
///
/// 文件名以 .md、.markdown 结尾的报告是 Markdown，这些标记是它的格式，不报告；从标准输入读入的报告看不出是哪一种，
/// 也不报告。其余的文件（.txt 等）按纯文本检查。只报告标在中文上的标记：“##paidbegin##”这样的采集标记归
/// `artifact.noise`，“#3机组”“2**3”“- 3 -”不报告。修正：删去标题标记（连同后面的空格）和成对的“**”；
/// 列表标记只提示，改成什么样的序号由起草人决定。
public struct MarkdownMarkRule: LintRule {
  public static let description = RuleDescription(
    id: "artifact.markdown",
    summary: "纯文本报告中留有 Markdown 标记（行首的“#”“##”、成对的“**”、行首的“- ”）。",
    defaultSeverity: .warning,
    triggering: [
      "## 一、2024年工作回顾\n", "**工业经济稳中有进。**全镇规上工业企业达到42家。\n", "- 新建高标准农田3600亩\n", "##\n",
    ],
    nonTriggering: [
      "一、2024年工作回顾\n", "##paidbegin##全镇经济运行平稳。\n", "#3机组完成改造，2**3等于8。\n", "- 3 -\n", "#话题#全镇经济运行平稳。\n",
    ],
    hasFix: true)

  public init() {}

  /// Whether the text is read as Markdown (or cannot be told): its path ends in .md or .markdown, or it came from
  /// standard input.
  static func isMarkdownOrUnknown(_ path: String) -> Bool {
    let lower = path.lowercased()
    if lower == "<stdin>" || lower == "-" { return true }
    return [".md", ".markdown", ".mdown", ".mkd", ".mkdn"].contains { lower.hasSuffix($0) }
  }

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    guard !Self.isMarkdownOrUnknown(context.source.path) else { return }
    let bytes = context.source.bytes
    let starts = context.source.lineStarts
    // Marks at the start of a line, read from the line's first bytes.
    for (k, start) in starts.enumerated() where start < bytes.count {
      let end = k + 1 < starts.count ? starts[k + 1] - 1 : bytes.count
      if end > start { checkLineStart(context, start..<end, &findings) }
    }
    // "**" pairs, each on one line: every "*" is found with memchr, and pairs are made line by line.
    var open: Int?
    var lineEnd = -1
    for i in RuleBytes.occurrences(of: [0x2A, 0x2A], in: bytes) {
      if i >= lineEnd {
        open = nil
        lineEnd = i
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      }
      // A run of exactly two asterisks.
      if (i > 0 && bytes[i - 1] == 0x2A) || (i + 2 < bytes.count && bytes[i + 2] == 0x2A) { continue }
      // "在**乡第**届": blanks for a name or a number, which placeholder.unfilled reports.
      if UnfilledPlaceholderRule.isAsteriskBlank(bytes, i..<(i + 2), isMarkdown: false) {
        open = nil
        continue
      }
      guard let opening = open else {
        open = i
        continue
      }
      open = nil
      // The marks enclose Chinese text: "**工业经济稳中有进。**".
      guard i > opening + 2, let first = RuleBytes.scalar(bytes, at: opening + 2),
        let last = RuleBytes.scalar(bytes, before: i), RuleBytes.isChinese(first) || RuleBytes.isChinese(last)
      else { continue }
      let inner = context.source.text((opening + 2)..<i)
      findings.append(
        finding(
          context, opening..<(i + 2), "纯文本报告中留有 Markdown 加粗标记“**”：请删去，写作“\(inner)”。",
          fix: Fix(
            edits: [
              TextEdit(range: opening..<(opening + 2), replacement: ""), TextEdit(range: i..<(i + 2), replacement: ""),
            ],
            summary: "删去“**”")))
    }
  }

  /// A heading mark ("#", "##" …) or a list mark ("- ", "* ", "+ ") at the start of the line, before Chinese text.
  private func checkLineStart(_ context: LintContext, _ line: Range<Int>, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    let start = RuleBytes.skippingSpaces(bytes, from: line.lowerBound, to: line.upperBound)
    guard start < line.upperBound else { return }
    let b = bytes[start]
    if b == 0x23 {
      var j = start
      while j < line.upperBound, bytes[j] == 0x23 { j += 1 }
      let level = j - start
      guard level <= 6 else { return }
      let textStart = RuleBytes.skippingSpaces(bytes, from: j, to: line.upperBound)
      let next = RuleBytes.scalar(bytes, at: textStart)
      let spaced = textStart > j
      // "## 标题", "##标题", a bare "##"; not "#话题#" or "##paidbegin##".
      let isHeading: Bool
      if textStart == line.upperBound {
        isHeading = level >= 2 || spaced
      } else if let next, CharacterClass.isCJKIdeograph(next) || CharacterClass.isFullWidthPunctuation(next) {
        isHeading = spaced || (level >= 2 && !bytes[textStart..<line.upperBound].contains(0x23))
      } else {
        isHeading = false
      }
      guard isHeading else { return }
      let mark = context.source.text(start..<j)
      let title = context.source.text(textStart..<line.upperBound)
      let message =
        title.isEmpty
        ? "纯文本报告中留有 Markdown 标题标记“\(mark)”，而且这个标题没有文字：请删去这一行，或补上标题。"
        : "纯文本报告中留有 Markdown 标题标记“\(mark)”：请删去，只写“\(title)”。"
      findings.append(
        finding(
          context, start..<textStart, message,
          fix: Fix(replacing: start..<textStart, with: "", summary: "删去“\(mark)”")))
    } else if b == 0x2D || b == 0x2A || b == 0x2B, start + 2 < line.upperBound, bytes[start + 1] == 0x20 {
      var textStart = RuleBytes.skippingSpaces(bytes, from: start + 1, to: line.upperBound)
      // A figure opening the item is read past ("- 2024年，…"); "- 3 -" is a page number.
      while textStart < line.upperBound, bytes[textStart] >= 0x30, bytes[textStart] <= 0x39 { textStart += 1 }
      guard let next = RuleBytes.scalar(bytes, at: textStart), RuleBytes.isChinese(next) else { return }
      let mark = context.source.text(start..<(start + 1))
      findings.append(
        finding(
          context, start..<(start + 1),
          "纯文本报告中留有 Markdown 列表标记“\(mark)”：请删去，或改用“（一）”“1．”等序号或“一是”“二是”。"))
    }
  }
}

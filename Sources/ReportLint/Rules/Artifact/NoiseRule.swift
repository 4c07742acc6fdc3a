import ReportOutline
import ReportText

/// Reports leftovers of copying and collecting that are not part of the report, and removes them.
///
/// Texts taken from a download site, a web page or a word processor carry marks no reader should see:
/// `##paidbegin##` and `##paidend##`, `[bookmark: _GoBack]`, advertising and download-site lines
/// ("更多范文请访问…"), page numbers on lines of their own ("- 3 -", "第3页"), the web page's own lines
/// (navigation, "来源：", "打印本页", photo captions), the report set out a second time after its closing,
/// and note marks such as `[2]` in the middle of a sentence that have no note in the report. The fix deletes the
/// mark, or the whole lines. Appendices after the closing (附件, 名词解释) belong to the published document and are not reported.
///
/// The marks come from the outline parser's recoveries; footnote marks from one pass over the bytes.
public struct NoiseRule: LintRule {
  public static let description = RuleDescription(
    id: "artifact.noise",
    summary: "报告中留有采集、排版留下的杂质：付费标记、书签、广告行、页码行、脚注标号。",
    defaultSeverity: .error,
    triggering: [
      "一、工作回顾\n##paidbegin##全镇经济运行平稳。\n",
      "一、工作回顾\n[bookmark: _GoBack]全镇经济运行平稳。\n",
      "一、工作回顾\n投入资金开展河道清理专项行动[2]，河面保洁常态化。\n",
      "一、工作回顾\n全镇经济运行平稳。\n责任编辑：张三\n",
    ],
    nonTriggering: [
      "一、工作回顾\n全镇经济运行平稳。\n",
      "一、工作回顾\n新建道路[含村道]三条。\n",
      "一、工作回顾\n推行“三级联调”[1]，化解纠纷120件。\n各位代表，让我们携手奋进！\n名词解释\n[1]三级联调：村、镇、县三级联合调解。\n",
    ],
    hasFix: true)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    for recovery in context.outline.recoveries {
      var range = recovery.range.lowerBound.offset..<recovery.range.upperBound.offset
      let text = context.source.text(range)
      let message: String
      switch recovery.kind {
      case .noiseMarker:
        message = "“\(text)”是网站采集留下的标记，不属于报告正文：请删除。"
      case .bookmark:
        message = "“\(text)”是文字处理软件留下的书签标记：请删除。"
      case .advertisement, .pageNumber, .webFurniture, .repeatedText:
        // A line of marks only ("：", "##", "。") is what a template leaves with its data empty: placeholder.empty
        // and artifact.markdown report it, and deleting it would lose the place to fill in.
        if recovery.kind == .webFurniture, Self.isMarksOnly(text) { continue }
        message = Self.lineMessage(recovery.kind)
        range = Self.wholeLine(range, bytes)
      case .wrongMarker, .numberSequence, .appendix:
        continue
      }
      let fix = Fix(replacing: range, with: "", summary: "删除“\(text)”")
      // A marker keeps the range the outline located (all of them in one pass); a whole line is located here.
      let located = range == recovery.range.lowerBound.offset..<recovery.range.upperBound.offset
      findings.append(
        located
          ? Finding(
            ruleID: Self.description.id, severity: Self.description.defaultSeverity, message: message,
            range: recovery.range, fix: fix)
          : finding(context, range, message, fix: fix))
    }
    scanFootnoteMarks(context, &findings)
  }

  /// `[n]` or `［n］` (one to three digits) after a Chinese character, inside a line: a note mark. A report may
  /// carry its own notes ("注释", "名词解释" after the closing, or lines that start with "[n]"): its marks are
  /// then fine. A mark is reported only when the report has no note for it: a mark left behind when the notes
  /// were not copied, or pasted from elsewhere.
  private func scanFootnoteMarks(_ context: LintContext, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    var marks: [(range: Range<Int>, number: Int)] = []
    var entries = Set<Int>()
    for mark in Self.noteMarks(bytes, at: context.nonIdeographs) {
      if Self.startsLine(bytes, mark.range.lowerBound) {
        entries.insert(mark.number)
      } else if mark.range.lowerBound > 0, bytes[mark.range.lowerBound - 1] >= 0x80 {
        marks.append(mark)
      }
    }
    guard !marks.isEmpty, !Self.hasNotesSection(context) else { return }
    for mark in marks where !entries.contains(mark.number) {
      let text = context.source.text(mark.range)
      findings.append(
        finding(
          context, mark.range,
          "“\(text)”是注释标号，但报告中没有对应的注释：请补上注释（如文末的“注释”“名词解释”），或删除标号、把需要说明的内容写进正文。",
          fix: Fix(replacing: mark.range, with: "", summary: "删除“\(text)”")))
    }
  }

  /// Every `[n]` or `［n］` of one to three digits, with its number.
  private static func noteMarks(_ bytes: [UInt8], at offsets: [Int]) -> [(range: Range<Int>, number: Int)] {
    let n = bytes.count
    var marks: [(range: Range<Int>, number: Int)] = []
    var resume = 0
    for i in offsets where i >= resume {
      // "[" or the full-width "［" (EF BC BB), closed by "]" or "］" (EF BC BD).
      let open: Int
      if bytes[i] == UInt8(ascii: "[") {
        open = 1
      } else if bytes[i] == 0xEF, i + 2 < n, bytes[i + 1] == 0xBC, bytes[i + 2] == 0xBB {
        open = 3
      } else {
        continue
      }
      var j = i + open
      var number = 0
      while j < n, j - i - open < 4, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") {
        number = number * 10 + Int(bytes[j] - UInt8(ascii: "0"))
        j += 1
      }
      let digits = j - i - open
      let close =
        j < n && bytes[j] == UInt8(ascii: "]")
        ? 1 : j + 2 < n && bytes[j] == 0xEF && bytes[j + 1] == 0xBC && bytes[j + 2] == 0xBD ? 3 : 0
      if digits >= 1, digits <= 3, close > 0 { marks.append((i..<(j + close), number)) }
      resume = max(j, i + 1)
    }
    return marks
  }

  /// Whether only indentation (spaces, tabs, the ideographic space) stands between the line's start and `i`.
  private static func startsLine(_ bytes: [UInt8], _ i: Int) -> Bool {
    var k = i
    while k > 0 {
      let b = bytes[k - 1]
      if b == 0x0A { return true }
      if b == 0x20 || b == 0x09 || b == 0x0D {
        k -= 1
      } else if k >= 3, bytes[k - 3] == 0xE3, bytes[k - 2] == 0x80, bytes[k - 1] == 0x80 {
        k -= 3
      } else {
        return false
      }
    }
    return true
  }

  /// Whether the report ends with notes of its own: an appendix the outline set aside whose first line names
  /// notes ("注释", "名词解释", "有关名词解释", "注：").
  private static func hasNotesSection(_ context: LintContext) -> Bool {
    context.outline.recoveries.contains { recovery in
      guard recovery.kind == .appendix else { return false }
      let first = context.lineBytes(recovery.range.lowerBound.line)
      return notesWords.occurs(in: context.source.bytes, range: first)
    }
  }

  private static let notesWords = BytePatternSet(["注释", "名词解释", "注：", "注:", "说明："])

  /// Whether `text` has no letter, digit or ideograph: punctuation, symbols and spaces only.
  private static func isMarksOnly(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// The message for whole lines that are not the report's text.
  private static func lineMessage(_ kind: Recovery.Kind) -> String {
    switch kind {
    case .advertisement: "这一行是广告或下载站说明，不属于报告正文：请删除整行。"
    case .pageNumber: "这一行是页码，正文中不应出现：请删除整行。"
    case .webFurniture: "这几行是网页上的内容（栏目导航、来源、发布时间、打印、分享、图片说明等），不属于报告正文：请删除。"
    default: "结束语之后又出现了一遍报告的标题或正文，是复制时多出来的：请删除。"
    }
  }

  private static func wholeLine(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    while lower > 0, bytes[lower - 1] != 0x0A { lower -= 1 }
    var upper = range.upperBound
    while upper < bytes.count, bytes[upper] != 0x0A { upper += 1 }
    if upper < bytes.count { upper += 1 }
    return lower..<upper
  }
}

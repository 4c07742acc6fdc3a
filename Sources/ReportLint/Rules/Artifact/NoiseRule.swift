import ReportOutline
import ReportText

/// Reports leftovers of copying and collecting that are not part of the report, and removes them.
///
/// Texts taken from a download site, a web page or a word processor carry marks no reader should see:
/// `##paidbegin##` and `##paidend##`, `[bookmark: _GoBack]`, advertising and download-site lines
/// ("更多范文请访问…"), page numbers on lines of their own ("- 3 -", "第3页"), the web page's own lines
/// (navigation, "来源：", "打印本页", photo captions), the report set out a second time after its closing,
/// and footnote marks such as `[2]` in the middle of a sentence. The fix deletes the mark, or the whole
/// lines. Appendices after the closing (附件, 名词解释) belong to the published document and are not reported.
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

  /// `[n]` or `［n］` (one to three digits) after a Chinese character, inside a line: a footnote mark.
  private func scanFootnoteMarks(_ context: LintContext, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    let n = bytes.count
    var resume = 0
    for i in context.nonIdeographs where i >= resume {
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
      while j < n, j - i - open < 4, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
      let digits = j - i - open
      let close =
        j < n && bytes[j] == UInt8(ascii: "]")
        ? 1 : j + 2 < n && bytes[j] == 0xEF && bytes[j + 1] == 0xBC && bytes[j + 2] == 0xBD ? 3 : 0
      // After a non-ASCII character (prose), not at the start of a line.
      if digits >= 1, digits <= 3, close > 0, i > 0, bytes[i - 1] >= 0x80 {
        let range = i..<(j + close)
        let text = context.source.text(range)
        findings.append(
          finding(
            context, range, "“\(text)”是脚注或参考文献标号，工作报告正文不用脚注：请删除，需要说明的内容写进正文。",
            fix: Fix(replacing: range, with: "", summary: "删除“\(text)”")))
      }
      resume = max(j, i + 1)
    }
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

import ReportOutline
import ReportTemplate
import ReportText

/// Last year's report turned into a template and a data file: the structure and prose stay, every figure,
/// year, date, the town's name, the meeting and the speaker become slots.
///
/// - Figures (`QuantityScanner`: "4939万元", "同比增长10.6%", "2000多头", "超35万人次") become data entries
///   holding their original text, unit and qualifier included, under the part and the h1 section they stand
///   in; the key is read from the words before the figure ("地区生产总值"), or after it, and is unique within
///   its section; the same measure with the same text shares one key.
/// - Years (four digits before 年) become expressions of the report year, `{{ 年份 - 1 }}年`, so changing
///   `年份` moves them all; the report year is the first year of the title block (else the most frequent one).
/// - Full dates, the town's name, the meeting and the speaker's name become slots of their own.
/// - Numbered headings whose marker is the one the plain-text writer would give at that place (一、 （一）
///   1． （1） in GB/T 9704 order) become heading lines without their number, so the writer numbers them;
///   other headings stay as written, and so do all of them in a text with Markdown heading lines ("## …").
/// - Left as text: figures inside 《…》 (document names), ordinals (第3), numbers joined by "+" ("1+3+6"),
///   numbers glued to Latin letters ("Y622"), Chinese numerals ("二十大", "十四五"), months and days
///   outside full dates ("1—6月").
///
/// Rendering the template with the data and writing it as plain text gives `Induction.normalized(outline)`:
/// the report in the writer's layout (see there).
public struct Induction: Sendable {
  public var reportYear: Int?
  public var slots: [InducedSlot]
  /// The template's text (`report.tpl`).
  public var template: String
  /// The data file's text (YAML).
  public var data: String
  /// Figures the scanner found that stay text on purpose, with the reason.
  public var leftAsText: [(range: TextRange, reason: TextReason)]

  /// Why a figure stays text.
  public enum TextReason: String, Sendable, Hashable, CaseIterable {
    case ordinal
    case documentName = "document-name"
    case joinedByPlus = "joined-by-plus"
    case monthOrDay = "month-or-day"
    case noReportYear = "no-report-year"
    /// Part of a heading's number, or across a line break.
    case headingMarker = "heading-marker"
    /// On a line that is not the report's text (the web page's, advertising, a page number, a second copy),
    /// which the template leaves out.
    case notReport = "not-report"

    /// Chinese, for tables.
    public var chineseName: String {
      switch self {
      case .ordinal: "序数（第…）"
      case .documentName: "书名号内"
      case .joinedByPlus: "以“+”相连的名称"
      case .monthOrDay: "月、日"
      case .noReportYear: "找不到报告年份"
      case .headingMarker: "标题序号或跨行"
      case .notReport: "不属于报告正文（网页内容、广告、页码、重复的全文），模板中略去"
      }
    }
  }

  public init(outline: Outline) {
    var builder = InductionBuilder(outline: outline)
    builder.build()
    reportYear = builder.reportYear
    slots = builder.slots
    leftAsText = builder.leftAsText
    template = builder.templateText()
    data = builder.dataText()
  }

  /// The report in the plain-text writer's layout, which is what `generate` gives back from the induced
  /// template and data: the title block's lines (trimmed, "**" removed) centred, then one blank line; every
  /// other non-blank line trimmed of spaces (full-width ones too) and indented by two full-width spaces; blank
  /// lines dropped, and the lines that are not the report's text (the web page's, advertising, page numbers, a
  /// second copy) left out. A line that the draft reader takes for a heading or a title line (`# …`, `% …` at
  /// the top) is read so on both sides.
  public static func normalized(_ outline: Outline) -> String {
    let source = outline.source
    let dropped = InductionBuilder.droppedLines(outline)
    let titleLines = InductionBuilder.titleBlockLines(outline).subtracting(dropped)
    var lines: [String] = []
    for line in 1...max(1, source.lineCount) where !dropped.contains(line) {
      let text = source.text(ofLine: line)
      lines.append(titleLines.contains(line) ? "% " + text : text)
    }
    return DraftWriter(format: .text).write(DraftDocument(rendered: lines.joined(separator: "\n")))
  }
}

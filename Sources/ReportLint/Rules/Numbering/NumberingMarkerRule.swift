import ReportOutline
import ReportText

/// Reports a numbering marker of the wrong form, and writes the standard form.
///
/// GB/T 9704 numbers headings 一、 （一） 1． （1）. Two kinds of marker break this:
/// - a marker of another family among its siblings, such as "3、" among 一、二、: it should be "三、";
/// - a sloppy form of the right family: "1、" (write "1．"), "（一）、" (write "（一）"), "一." (write
///   "一、"), "(1)" or "1）" (write "（1）").
///
/// The fix rewrites the marker in its standard form with the same number; it is offered only where
/// that form is certain (the parser placed the marker at a level whose form its siblings show).
public struct NumberingMarkerRule: LintRule {
  public static let description = RuleDescription(
    id: "numbering.marker",
    summary: "标题序号的写法不规范，或与同级标题的序号形式不一致。",
    defaultSeverity: .warning,
    triggering: [
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）、环境整治有力。清理河道垃圾120吨。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。
      1、粮食播种面积3.1万亩。
      2、新建高标准农田2000亩。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。
      (1)粮食播种面积3.1万亩。
      (2)新建高标准农田2000亩。
      """,
    ],
    nonTriggering: [
      """
      一、2024年工作回顾
      （一）农业生产稳定。全年粮食播种面积3.1万亩。
      （二）环境整治有力。清理河道垃圾120吨。
      """,
      """
      一、2024年工作回顾
      （一）农业生产稳定。
      1．粮食播种面积3.1万亩。
      2.新建高标准农田2000亩。
      """,
    ],
    hasFix: true)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    // "3、" after "二、": the parser nests it, but its number continues the level above.
    let continuesAbove = NumberedSiblings.continuingAbove(in: context)
    for list in NumberedSiblings.lists(in: context) {
      let majority = list.majority
      for (index, item) in list.items.enumerated() {
        let marker = item.marker
        let bytes = marker.range.lowerBound.offset..<marker.range.upperBound.offset
        var levelStyle: NumberingStyle?
        if let majority, item.style != majority, marker.value == index + 1 {
          levelStyle = majority
        } else if list.items.count == 1, let above = continuesAbove[marker.range.lowerBound.offset] {
          levelStyle = above
        }
        if let levelStyle {
          let canonical = Self.canonical(levelStyle, marker.value)
          let message =
            "序号“\(marker.text)”与同级标题的“\(levelStyle.rawValue)”形式不一致："
            + (canonical.map { "应写作“\($0)”。" } ?? "请改为与同级标题相同的形式。")
          findings.append(
            finding(
              context, bytes, message,
              fix: canonical.map { Fix(replacing: bytes, with: $0, summary: "把“\(marker.text)”改为“\($0)”") }))
        } else if !marker.isCanonical, let canonical = Self.canonical(marker.style, marker.value) {
          findings.append(
            finding(
              context, bytes, "序号“\(marker.text)”写法不规范：按公文格式应写作“\(canonical)”。",
              fix: Fix(replacing: bytes, with: canonical, summary: "把“\(marker.text)”改为“\(canonical)”")))
        }
      }
    }
  }

  /// The standard form of a marker of `style` numbered `value`: 三、 （三） 3． （3） ③.
  static func canonical(_ style: NumberingStyle, _ value: Int) -> String? {
    guard let numeral = NumberingSequenceRule.numeral(style, value) else { return nil }
    switch style {
    case .hanzi: return numeral + "、"
    case .hanziParen: return "（" + numeral + "）"
    case .arabic: return numeral + "．"
    case .arabicParen: return "（" + numeral + "）"
    case .circled: return numeral
    }
  }
}

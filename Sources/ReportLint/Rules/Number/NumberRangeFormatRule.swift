import ReportText

/// 数值范围和起止时间的写法：数值范围用浪纹线"～"连接，百分号和"万""亿"两端都写；起止年、月、日用一字线"—"。
///
/// 按 GB/T 15835—2011《出版物上数字用法》和 GB/T 15834—2011《标点符号用法》（4.13）：数值范围用"～"，
/// "10-20%" → "10%～20%"，"3-5万元" → "3万～5万元"，"2-3家" → "2～3家"，"10～20%" → "10%～20%"；时间的起止用
/// 一字线，"2021-2025年" → "2021—2025年"，"1-6月" → "1—6月"。
///
/// 只检查用半角连字符"-"、全角"－"、短横"–"或"~"连接的范围，以及"～"前缺百分号或"万""亿"的范围；"至""到"
/// 连接的不检查，时间范围用"—"的不检查。日期（"2024-01-15"）和电话号码不是范围。修正：换成"～"并补齐前一个数的
/// 百分号或数量级；时间范围换成"—"。
public struct NumberRangeFormatRule: LintRule {
  public static let description = RuleDescription(
    id: "number.range-format",
    summary: "数值范围用“～”连接，百分号和万、亿两端都写；起止年、月、日用一字线“—”连接。",
    defaultSeverity: .info,
    triggering: ["预计增长10-20%。", "力争打造2-3家示范点。", "1—6月完成投资3-5万元。", "编制2021-2035年国土空间规划。", "1-6月完成投资3亿元。"],
    nonTriggering: ["预计增长10%～20%。", "2021—2025年，1—6月，投资3万～5万元，电话0571-8888，2024-01-15。"],
    hasFix: true)

  private static let separators: [[UInt8]] = ["-", "~", "－", "–", "〜", "～", "—"].map { Array($0.utf8) }

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    for q in context.quantities where q.isRange && !q.isOrdinal {
      guard let unit = q.unit, !RuleBytes.isInURL(bytes, at: q.numberRange.lowerBound) else { continue }
      var sepStart = q.numberRange.upperBound
      var sep: [UInt8]?
      while sepStart < q.byteRange.upperBound {
        if let s = Self.separators.first(where: { RuleBytes.matches($0, in: bytes, at: sepStart) }) {
          sep = s
          break
        }
        sepStart += 1
      }
      guard let sep else { continue }
      let sepText = String(decoding: sep, as: UTF8.self)
      let sepRange = sepStart..<sepStart + sep.count
      let written = context.source.text(q.byteRange)
      if unit == .year || unit == .month || unit == .day {
        guard sepText != "—" else { continue }
        let fixed = String(
          decoding: Array(bytes[q.byteRange.lowerBound..<sepStart]) + Array("—".utf8)
            + Array(bytes[sepRange.upperBound..<q.byteRange.upperBound]), as: UTF8.self)
        findings.append(
          finding(
            context, q.byteRange, "时间范围“\(written)”写法不规范，应写作“\(fixed)”（起止年、月、日用一字线“—”连接）。",
            fix: Fix(replacing: sepRange, with: "—", summary: "把“\(written)”改为“\(fixed)”")))
        continue
      }
      guard sepText != "—" else { continue }
      let bare = q.numberRange.upperBound == sepStart
      var missing = ""
      if bare && q.magnitude != .one { missing += q.magnitude.rawValue }
      if bare && unit.isProportion && unit != .percentagePoint { missing += unit.text }
      guard sepText != "～" || !missing.isEmpty else { continue }
      let replacement = missing + "～"
      let fixedBytes =
        Array(bytes[q.byteRange.lowerBound..<sepStart]) + Array(replacement.utf8)
        + Array(bytes[sepRange.upperBound..<q.byteRange.upperBound])
      let fixed = String(decoding: fixedBytes, as: UTF8.self)
      let why = "数值范围用浪纹线“～”连接，百分号和万、亿两端都写"
      findings.append(
        finding(
          context, q.byteRange, "范围“\(written)”写法不规范，应写作“\(fixed)”（\(why)）。",
          fix: Fix(replacing: sepRange, with: replacement, summary: "把“\(written)”改为“\(fixed)”")))
    }
  }
}

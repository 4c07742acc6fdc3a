import ReportText

/// 中文语句中的直引号：" 和 ' 应改为中文引号 “” 和 ‘’。
///
/// 引号内或引号外紧邻汉字时按中文引号处理。一行中的直引号成对出现时，按先后配成左右引号给出修正
/// （"八八战略" → “八八战略”）；不成对时只报告、不修正。引号里外都是英文（"Hello"）、撇号（don't）和网址中的
/// 引号不报告。
public struct PunctuationQuotesRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.quotes",
    summary: "中文语句中的直引号\"和'应改为中文引号“”和‘’。",
    defaultSeverity: .warning,
    triggering: ["深入实施\"八八战略\"，推动高质量发展。", "打造'一村一品'特色产业。"],
    nonTriggering: ["深入实施“八八战略”，推动高质量发展。", "The motto is \"Hello world\", don't worry."],
    hasFix: true)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let source = context.source
    let bytes = source.bytes
    let terms = LocalTermRanges(context)
    // Straight quotes per line, in one walk over the non-ideograph characters; quotes pair within a line.
    var positions: [UInt8: [Int]] = [0x22: [], 0x27: []]
    var line = 0..<0
    func flush() {
      check(context, positions[0x22]!, quote: 0x22, open: "“", close: "”", into: &findings)
      check(context, positions[0x27]!, quote: 0x27, open: "‘", close: "’", into: &findings)
      positions = [0x22: [], 0x27: []]
    }
    for i in context.nonIdeographs {
      let b = bytes[i]
      guard b == 0x22 || b == 0x27, !RuleBytes.isInURL(bytes, at: i), !terms.covers(i..<i + 1) else { continue }
      if !line.contains(i) {
        flush()
        line = source.byteRange(ofLine: source.line(containing: i))
      }
      positions[b]!.append(i)
    }
    flush()
  }

  private func check(
    _ context: LintContext, _ positions: [Int], quote: UInt8, open: String, close: String,
    into findings: inout [Finding]
  ) {
    let bytes = context.source.bytes
    guard !positions.isEmpty else { return }
    let mark = String(UnicodeScalar(quote))
    if positions.count % 2 == 0 {
      for k in stride(from: 0, to: positions.count, by: 2) {
        let a = positions[k]
        let b = positions[k + 1]
        guard isChinese(bytes, a..<b + 1) else { continue }
        let single = quote == 0x27 ? "单" : ""
        for (p, replacement, side) in [(a, open, "左"), (b, close, "右")] {
          findings.append(
            finding(
              context, p..<p + 1, "中文语句中使用了直引号\(mark)，应改为\(side)\(single)引号\(replacement)。",
              fix: Fix(replacing: p..<p + 1, with: replacement, summary: "把\(mark)改为\(side)\(single)引号\(replacement)")))
        }
      }
    } else {
      for p in positions where isChinese(bytes, p..<p + 1) {
        findings.append(
          finding(
            context, p..<p + 1, "中文语句中使用了直引号\(mark)，应改为中文引号（左\(open)右\(close)），并检查引号是否成对。"))
      }
    }
  }

  /// Whether the quoted span, or what stands right outside it, is Chinese.
  private func isChinese(_ bytes: [UInt8], _ span: Range<Int>) -> Bool {
    if let s = RuleBytes.scalar(bytes, before: span.lowerBound), CharacterClass.isCJKIdeograph(s) { return true }
    if let s = RuleBytes.scalar(bytes, at: span.upperBound), CharacterClass.isCJKIdeograph(s) { return true }
    var i = span.lowerBound
    while i < span.upperBound {
      guard let (s, n) = RuleBytes.decode(bytes, at: i) else { return false }
      if CharacterClass.isCJKIdeograph(s) { return true }
      i += n
    }
    return false
  }
}

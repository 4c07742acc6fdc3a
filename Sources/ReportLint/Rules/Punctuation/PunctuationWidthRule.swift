import ReportText

/// 中文语句中的半角标点：汉字之间的 , ; : ? ! ( ) 应改为全角。
///
/// 标点前后至少一边是汉字（或全角标点）时，半角的逗号、分号、冒号、问号、叹号和圆括号应写成全角：
/// "产值17.1亿元,同比增长5%" 应为 "产值17.1亿元，同比增长5%"。数字中的分节号（1,250）、时刻（8:30）、
/// 网址和英文中的标点不报告；圆括号成对判断（"v1.5(beta)已上线"不报告，"生产总值(GDP)"两个都报告）。标题序号
/// 中的半角括号（"(一)"）由 numbering.marker 报告，这里不重复。修正：换成对应的全角标点。
public struct PunctuationWidthRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.width",
    summary: "中文语句中的半角逗号、分号、冒号、问号、叹号和圆括号应改为全角。",
    defaultSeverity: .warning,
    triggering: ["全镇完成地区生产总值17.1亿元,同比增长5.2%。", "主要做法:一是抓党建;二是抓发展。", "新建文化广场(含停车场)一处。"],
    nonTriggering: [
      "全镇共有人口1,250人，8:30准时开会。", "详见网址https://www.example.gov.cn/a,b;c。", "他说“Hello, world!”后离开。",
      "（一）加强基层治理", "一、2024年工作回顾\n(一)加强基层治理\n(二)推进乡村振兴\n",
    ],
    hasFix: true)

  /// Full-width closing marks after which a half-width mark is still in Chinese text.
  private static let closers: Set<Unicode.Scalar> = ["”", "’", "）", "》", "】", "」"]

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    // Heading markers, in text order: their brackets are numbering.marker's.
    let markers = context.outline.headings.compactMap(\.marker).map {
      $0.range.lowerBound.offset..<$0.range.upperBound.offset
    }
    var markerIndex = 0
    for i in context.nonIdeographs {
      let b = bytes[i]
      guard b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x28 || b == 0x29 else { continue }
      let prev = RuleBytes.scalar(bytes, before: i)
      let next = RuleBytes.scalar(bytes, at: i + 1)
      let prevChinese = prev.map { CharacterClass.isCJKIdeograph($0) || Self.closers.contains($0) } ?? false
      let nextChinese = next.map(CharacterClass.isCJKIdeograph) ?? false
      guard prevChinese || nextChinese else { continue }
      while markerIndex < markers.count, markers[markerIndex].upperBound <= i { markerIndex += 1 }
      if markerIndex < markers.count, markers[markerIndex].contains(i) { continue }
      if let p = prev, let n = next, RuleBytes.isDigit(p), RuleBytes.isDigit(n) { continue }
      if RuleBytes.isInURL(bytes, at: i) || terms.covers(i..<i + 1) { continue }
      // A closing parenthesis goes with its opening one: "v1.5(beta)已上线" has neither in Chinese text.
      if b == 0x29, !prevChinese, let open = openingParenthesis(bytes, before: i) {
        let beforeOpen = RuleBytes.scalar(bytes, before: open)
        if !(beforeOpen.map { CharacterClass.isCJKIdeograph($0) || Self.closers.contains($0) } ?? false) { continue }
      }
      // Markdown links and images: "](" and "![".
      if b == 0x28, prev == "]" { continue }
      if b == 0x21, next == "[" { continue }
      let half = Unicode.Scalar(b)
      guard let full = CharacterClass.fullWidthCounterpart(of: half) else { continue }
      findings.append(
        finding(
          context, i..<i + 1, "中文语句中使用了半角标点“\(half)”，应改为全角“\(full)”。",
          fix: Fix(replacing: i..<i + 1, with: String(full), summary: "把“\(half)”改为全角“\(full)”")))
    }
  }
}

extension PunctuationWidthRule {
  /// The "(" that an ASCII-only parenthesised span closed at `i` opens with, on the same line, within 200 bytes.
  fileprivate func openingParenthesis(_ bytes: [UInt8], before i: Int) -> Int? {
    var j = i - 1
    while j >= 0, i - j <= 200, bytes[j] < 0x80, bytes[j] != 0x0A {
      if bytes[j] == 0x28 { return j }
      j -= 1
    }
    return nil
  }
}

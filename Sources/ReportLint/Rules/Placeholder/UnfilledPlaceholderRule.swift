import ReportText

/// Reports placeholders left in the text: `XX`, `××`, `○○`, `【待补充…】`, `{{…}}`, `＿＿`, `__` and asterisks
/// standing for a blank (`**县`, `200*年`, `第**届`).
///
/// Drafts written from last year's report or from a template keep placeholders where a figure or a
/// name is still missing ("XX镇", "投资XX万元", "【待补充：经济.增长】"). Each one must be replaced by
/// the real figure or name before the draft goes out. `XX` counts only as a placeholder of its own:
/// two or more X (half or full width) that are not part of a Latin word, so "XXL" is not reported.
///
/// The scan is one pass over the bytes.
public struct UnfilledPlaceholderRule: LintRule {
  public static let description = RuleDescription(
    id: "placeholder.unfilled",
    summary: "报告中留有未填写的占位符（XX、××、○○、**、【待补充】、{{…}}、下划线空格）。",
    defaultSeverity: .error,
    triggering: [
      "今年全镇完成固定资产投资XX万元。\n",
      "实现地区生产总值【待补充：经济.产值】。\n",
      "新建村级活动场所{{ count }}个。\n",
      "××村完成改厕＿＿户。\n", "在**乡第**届人民代表大会第*次会议上\n", "200*年全乡经济总收入实现*亿元。\n",
    ],
    nonTriggering: [
      "今年全镇完成固定资产投资3.2亿元。\n",
      "服装厂新增XXL码生产线一条。\n",
      "全镇共有○个行政村。\n",
    ])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let n = bytes.count
    let isMarkdown = context.source.path.hasSuffix(".md") || context.source.path.hasSuffix(".markdown")
    // Every placeholder starts with an ASCII byte or a non-ideograph character; `resume` skips what a run read.
    var resume = 0
    // Where the line ends that was searched for a closing "}}" in vain: a later "{{" before it has none either
    // (a run of "{" is then read once, not once per brace).
    var unclosedUntil = -1
    // The set-aside range at or after the last placeholder (placeholders come in text order).
    var setAsideIndex = 0
    for var i in context.nonIdeographs where i >= resume {
      defer { resume = i }
      let b = bytes[i]
      // Half-width X run.
      if b == UInt8(ascii: "X") || b == UInt8(ascii: "x") {
        var j = i
        while j < n, bytes[j] == UInt8(ascii: "X") || bytes[j] == UInt8(ascii: "x") { j += 1 }
        let before = i > 0 ? bytes[i - 1] : 0x20
        let after = j < n ? bytes[j] : 0x20
        if j - i >= 2, !Self.isLatinWordByte(before), !Self.isLatinWordByte(after) {
          report(context, i..<j, &setAsideIndex, &findings)
        }
        i = j
        continue
      }
      if b == UInt8(ascii: "_"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "_") {
        var j = i
        while j < n, bytes[j] == UInt8(ascii: "_") { j += 1 }
        // In Markdown, "__" is strong emphasis; only a longer run is a blank.
        if !isMarkdown || j - i >= 3 { report(context, i..<j, &setAsideIndex, &findings) }
        i = j
        continue
      }
      if b == UInt8(ascii: "*") {
        var j = i
        while j < n, bytes[j] == UInt8(ascii: "*") { j += 1 }
        if Self.isAsteriskBlank(bytes, i..<j, isMarkdown: isMarkdown) {
          report(context, i..<j, &setAsideIndex, &findings)
        }
        i = j
        continue
      }
      if b == UInt8(ascii: "{"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "{") {
        if i < unclosedUntil {
          i += 2
          continue
        }
        var j = i + 2
        var end: Int?
        while j + 1 < n, bytes[j] != 0x0A {
          if bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}") {
            end = j + 2
            break
          }
          j += 1
        }
        if let end {
          report(context, i..<end, &setAsideIndex, &findings)
          i = end
          continue
        }
        unclosedUntil = j
        i += 2
        continue
      }
      // Multi-byte placeholders: repeated Ｘ ×, ○, ＿, and 【待补充…】.
      // Lead bytes of ×, ○, Ｘ, ｘ, ＿ and 【; other characters are skipped without a look-up.
      if Self.mayStartPlaceholder(bytes, i), let (scalar, scalarLength) = RuleBytes.decode(bytes, at: i) {
        if Self.isRepeatable(scalar) {
          var j = i
          var count = 0
          while let (next, length) = RuleBytes.decode(bytes, at: j), next == scalar {
            j += length
            count += 1
          }
          let before = i > 0 ? bytes[i - 1] : 0x20
          let after = j < n ? bytes[j] : 0x20
          // "二○○八年" writes a year with ○ for zero.
          let isYearDigit =
            scalar == "○" && (Self.isNumeralBefore(bytes, i) || (j < n && Self.isNumeralAt(bytes, j)))
          if count >= 2, !isYearDigit, !Self.isLatinWordByte(before), !Self.isLatinWordByte(after) {
            report(context, i..<j, &setAsideIndex, &findings)
          }
          i = j
          continue
        }
        if scalar == "【", Self.startsPending(bytes, at: i + scalarLength) {
          var j = i + scalarLength
          var end: Int?
          while j < n, bytes[j] != 0x0A {
            if RuleBytes.scalar(bytes, at: j) == "】" {
              end = j + 3
              break
            }
            j += 1
          }
          let stop = end ?? j
          report(context, i..<stop, &setAsideIndex, &findings)
          i = stop
          continue
        }
        i += scalarLength
        continue
      }
      i += 1
    }
  }

  /// Whether the run of asterisks `run` stands for a blank, as documents shared on the web write them: in a
  /// year ("200*年", "20**年"), before a unit or a measure word ("**县", "第**届", "*街道", "**万元"), inside quotes
  /// ("“**公司”"), or three and more ("***"). In Markdown, "**" is bold: only a run of three or more, or one in a
  /// year, counts there. A "* " list mark at the start of a line and "2*3" between figures do not.
  static func isAsteriskBlank(_ bytes: [UInt8], _ run: Range<Int>, isMarkdown: Bool) -> Bool {
    let before = run.lowerBound > 0 ? bytes[run.lowerBound - 1] : 0x0A
    let after = run.upperBound < bytes.count ? bytes[run.upperBound] : 0x0A
    let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
    if isDigit(before) && isDigit(after) { return false }
    let next = RuleBytes.scalar(bytes, at: run.upperBound)
    let previous = RuleBytes.scalar(bytes, before: run.lowerBound)
    // "200*年", "二〇一*年": digits of a year blanked.
    let inYear = next == "年" && (isDigit(before) || previous.map(ChineseNumeral.isNumeralScalar) == true)
    if inYear { return true }
    if isMarkdown {
      return run.count >= 3 && (previous.map(RuleBytes.isChinese) == true || next.map(RuleBytes.isChinese) == true)
    }
    // A list mark: "* " at the start of a line.
    if run.count == 1, after == 0x20, before == 0x0A || before == 0x20 { return false }
    if run.count >= 3 { return true }
    if let next, blankFollowers.contains(next) { return true }
    if let previous, previous == "第" || previous == "“" || previous == "‘" { return true }
    return next == "”" || next == "’"
  }

  /// Characters that follow a blank for a name or a figure: units of government, meetings, measures.
  private static let blankFollowers: Set<Unicode.Scalar> = [
    "乡", "镇", "县", "区", "市", "省", "村", "街", "社", "届", "次", "年", "月", "日", "个", "名", "人", "户", "元", "万", "亿", "亩",
    "家", "项", "所", "座", "条", "处", "台", "吨", "米", "公", "%", "％", "同", "路", "公", "园", "厂", "局", "办",
  ]

  private func report(
    _ context: LintContext, _ range: Range<Int>, _ setAsideIndex: inout Int, _ findings: inout [Finding]
  ) {
    // A line of the web page ("上传人：sc****y") goes as a whole; artifact.noise reports it.
    let aside = context.setAsideLines
    while setAsideIndex < aside.count, aside[setAsideIndex].upperBound <= range.lowerBound { setAsideIndex += 1 }
    if setAsideIndex < aside.count, aside[setAsideIndex].contains(range.lowerBound),
      context.source.text(aside[setAsideIndex]).unicodeScalars.contains(where: { $0.properties.isAlphabetic })
    {
      return
    }
    let text = context.source.text(range)
    findings.append(
      finding(
        context, range,
        "占位符“\(text)”尚未填写：请换成实际的数字、名称或内容，不要留空。"))
  }

  /// Marks that, repeated, stand for a blank: ×, ○, Ｘ, ｘ, ＿.
  /// Whether the bytes at `i` may be ×, ○, Ｘ, ｘ, ＿ or 【, judged on the bytes without decoding: × is C3 97,
  /// ○ E2 97 8B, 【 E3 80 90, Ｘ EF BC B8, ＿ EF BC BF, ｘ EF BD 98. Most punctuation (，。：) fails at once.
  private static func mayStartPlaceholder(_ bytes: [UInt8], _ i: Int) -> Bool {
    guard i + 1 < bytes.count else { return false }
    switch (bytes[i], bytes[i + 1]) {
    case (0xC3, 0x97), (0xE2, 0x97): return true
    case (0xE3, 0x80): return i + 2 < bytes.count && bytes[i + 2] == 0x90
    case (0xEF, 0xBC): return i + 2 < bytes.count && (bytes[i + 2] == 0xB8 || bytes[i + 2] == 0xBF)
    case (0xEF, 0xBD): return i + 2 < bytes.count && bytes[i + 2] == 0x98
    default: return false
    }
  }

  private static func isRepeatable(_ s: Unicode.Scalar) -> Bool {
    s == "×" || s == "○" || s == "Ｘ" || s == "ｘ" || s == "＿"
  }
  private static let pendingWords: [[UInt8]] = ["待补充", "待填写", "待定", "待核实", "此处填写", "填写"].map { Array($0.utf8) }

  private static func startsPending(_ bytes: [UInt8], at start: Int) -> Bool {
    pendingWords.contains { word in
      start + word.count <= bytes.count && bytes[start..<start + word.count].elementsEqual(word)
    }
  }

  /// Whether the character ending just before `offset` is a Chinese numeral or 年.
  private static func isNumeralBefore(_ bytes: [UInt8], _ offset: Int) -> Bool {
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start >= 0 && start < offset && isNumeralAt(bytes, start)
  }

  /// Whether the character at `offset` is a Chinese numeral or 年.
  private static func isNumeralAt(_ bytes: [UInt8], _ offset: Int) -> Bool {
    guard offset < bytes.count, bytes[offset] >= 0xE0 else { return false }
    let end = min(bytes.count, offset + 3)
    guard let scalar = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first else { return false }
    return scalar == "年" || (scalar != "○" && ChineseNumeral.isNumeralScalar(scalar))
  }

  private static func isLatinWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}

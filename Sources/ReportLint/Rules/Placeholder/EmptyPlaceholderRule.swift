import ReportText

/// 模板填入了空数据：称呼、机关名称、年份、届次、日期、数字留空后剩下的字句。
///
/// 用模板或去年的报告起草时，一项数据是空的，生成的稿子里就留下一个不成话的空位，`placeholder.unfilled` 找的
/// 占位符（XX、【待补充】）却一个也没有。这条规则找这些空位：
///
/// - 只有标点的一行：只剩冒号的称呼行“：”（应为“各位代表：”），只剩“。”“，。”的段落；
/// - “我代表”后直接是标点或“向”：“现在，我代表，向大会报告工作”缺少机关名称；
/// - 标题或段落开头的“年”缺少年份：“一、年工作回顾”“二、年工作安排”“年奋斗目标和主要任务”“年，全镇……”；
/// - 届次、日期、会议名称、数字留空：“第届”“第次会议”“年月日”“日在上”（会议名称空缺）、汉字后直接写的“%”；
/// - 冒号或“一是”后面直接是句末标点：“主要预期目标是：。”“问题：一是。”。
///
/// 只报告这些在正式报告中不会出现的写法；没有修正，空缺的内容要由起草人填写。
public struct EmptyPlaceholderRule: LintRule {
  public static let description = RuleDescription(
    id: "placeholder.empty",
    summary: "模板填入了空数据：只剩标点的称呼或段落、缺少机关名称或年份的句子和标题、空着的届次、日期和数字。",
    defaultSeverity: .error,
    triggering: [
      "政府工作报告\n\n　　：\n　　现在，我代表松岭镇人民政府，向大会报告工作。\n",
      "现在，我代表，向大会报告工作，请予审议。\n",
      "一、年工作回顾\n",
      "年奋斗目标和主要任务\n",
      "全镇完成地区生产总值23.6亿元，同比增长%。\n",
      "——2025年1月9日在青石镇第届人民代表大会第次会议上\n",
      "存在的问题：一是。\n",
      "　　。\n",
    ],
    nonTriggering: [
      "各位代表：\n现在，我代表青石镇人民政府，向大会报告工作。\n",
      "一、2024年工作回顾\n年内完成道路改造，年产值超过10亿元。\n",
      "各位代表，过去一年，全镇上下团结奋斗。\n",
      "同比增长5.2%，完成第八届人民代表大会第五次会议确定的目标。\n",
      "主要预期目标是：\n地区生产总值增长6%。\n",
    ])

  public init() {}

  /// Marks a line may be made of when its words are missing.
  private static let emptyMarks: Set<Unicode.Scalar> = [
    "。", "，", "、", "；", "：", "？", "！", ",", ".", ";", ":", "?", "!",
  ]

  /// What follows 年 at the start of a heading or paragraph whose year is missing.
  private static let afterMissingYear = WordList([
    "工作", "政府工作", "主要工作", "重点工作", "奋斗目标",
    "主要目标", "主要预期目标", "主要任务", "目标任务", "经济社会", "上半年", "下半年", "全年", "以来", "，", "是", "全镇", "全乡",
    "全区", "全县", "全市", "全街道", "我镇", "我乡", "我区", "我县", "我街道", "本镇", "本乡", "本街道",
  ])

  private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  private static let onBehalf = Array("我代表".utf8)
  private static let ordinal = Array("第".utf8)
  private static let session = Array("届".utf8)
  private static let sitting = Array("次会议".utf8)
  private static let monthDay = Array("月日".utf8)

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let starts = context.source.lineStarts
    for (k, start) in starts.enumerated() where start < bytes.count {
      let end = k + 1 < starts.count ? starts[k + 1] - 1 : bytes.count
      if end > start { checkLine(context, start..<end, &findings) }
    }
    // "我代表" with the organ missing.
    for i in RuleBytes.occurrences(of: Self.onBehalf, in: bytes) {
      let after = i + 9
      // Spaces may stand where the name was ("我代表　　，").
      let next = RuleBytes.scalar(bytes, at: RuleBytes.skippingSpaces(bytes, from: after, to: bytes.count))
      let missing = next == nil || next == "\n" || next == "向" || next.map { Self.emptyMarks.contains($0) } == true
      guard missing else { continue }
      findings.append(
        finding(
          context, i..<after,
          "“我代表”后面缺少所代表的机关：应写出机关的全称，如“我代表××镇人民政府，向大会报告工作”。"))
    }
    // Session numbers left empty: "第届", "第次会议".
    for i in RuleBytes.occurrences(of: Self.ordinal, in: bytes) {
      if RuleBytes.matches(Self.session, in: bytes, at: i + 3) {
        findings.append(finding(context, i..<(i + 6), "“第届”缺少届次：应写出是第几届，如“第八届”。"))
      } else if RuleBytes.matches(Self.sitting, in: bytes, at: i + 3) {
        findings.append(finding(context, i..<(i + 12), "“第次会议”缺少会次：应写出是第几次会议，如“第五次会议”。"))
      }
    }
    // A date left empty: "年月日" (the places of 年 are shared with `number.chinese-year`).
    for i in context.yearMarks where RuleBytes.matches(Self.monthDay, in: bytes, at: i + 3) {
      findings.append(finding(context, i..<(i + 9), "日期“年月日”没有填写：应写出具体日期，如“2025年1月9日”。"))
    }
    scanMarks(context, &findings)
  }

  /// Marks after which the words are missing, found among the non-ideographs by their bytes: "%" or "％" after a
  /// Chinese character ("增长%"), "：。", "一是。", and "日在上" at the end of a line or before "）".
  private func scanMarks(_ context: LintContext, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    let n = bytes.count
    for i in context.nonIdeographs {
      let b = bytes[i]
      var mark: UInt8 = 0
      if b == 0x25 || b == 0x0A {
        mark = b
      } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBC {
        mark = bytes[i + 2]
      } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 {
        mark = 0x82
      } else {
        continue
      }
      switch mark {
      case 0x25, 0x85:  // % ％
        let length = mark == 0x25 ? 1 : 3
        guard let before = RuleBytes.scalar(bytes, before: i), CharacterClass.isCJKIdeograph(before), before != "〇"
        else { continue }
        // In a sentence, not a table's header ("完成增长%\t"): Chinese text or a mark follows.
        guard let after = RuleBytes.scalar(bytes, at: i + length), RuleBytes.isChinese(after) else { continue }
        // The word before, up to two characters, to show: "增长%".
        var wordStart = RuleBytes.start(bytes, before: i) ?? i
        if let s = RuleBytes.start(bytes, before: wordStart), let c = RuleBytes.scalar(bytes, at: s),
          CharacterClass.isCJKIdeograph(c)
        {
          wordStart = s
        }
        let word = context.source.text(wordStart..<i)
        let written = context.source.text(i..<(i + length))
        findings.append(
          finding(
            context, i..<(i + length), "“\(word)\(written)”中缺少数字：请在百分号前填上数字，如“\(word)5\(written)”。"))
      case 0x9A:  // ：
        guard i + 5 < n, let next = RuleBytes.scalar(bytes, at: i + 3), next == "。" || next == "；" else { continue }
        findings.append(finding(context, i..<(i + 6), "冒号后面的内容没有填写：请补上内容，或删去冒号。"))
      case 0x82, 0x9B:  // 。；
        reportEmptyEnumeration(context, endingAt: i, &findings)
      case 0x0A, 0x89:  // line end, ）
        let end = i
        guard end >= 9, bytes[end - 1] == 0x8A, RuleBytes.matches(Self.sessionGap, in: bytes, at: end - 9) else {
          continue
        }
        reportMissingMeeting(context, (end - 6)..<end, &findings)
      default:
        continue
      }
    }
    // The last line has no line end after it.
    if n >= 9, RuleBytes.matches(Self.sessionGap, in: bytes, at: n - 9) {
      reportMissingMeeting(context, (n - 6)..<n, &findings)
    }
  }

  /// "日在上": a date, then the place of the meeting's name, empty.
  private static let sessionGap = Array("日在上".utf8)

  private func reportMissingMeeting(_ context: LintContext, _ range: Range<Int>, _ findings: inout [Finding]) {
    findings.append(
      finding(context, range, "“在”和“上”之间缺少会议名称：应写作“在××镇第×届人民代表大会第×次会议上”。"))
  }

  /// "一是。": an enumeration word right before the sentence mark at `i`, at the start of a clause.
  private func reportEmptyEnumeration(_ context: LintContext, endingAt i: Int, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    // 是 is E6 98 AF.
    guard i >= 6, bytes[i - 1] == 0xAF, bytes[i - 2] == 0x98, bytes[i - 3] == 0xE6,
      let value = RuleBytes.scalar(bytes, at: i - 6), Self.numerals.contains(value)
    else { return }
    let numeral = i - 6
    let lead = RuleBytes.scalar(bytes, before: numeral)
    guard lead.map({ Self.emptyMarks.contains($0) || " \t\n　".unicodeScalars.contains($0) }) ?? true else { return }
    let written = context.source.text(numeral..<i)
    findings.append(finding(context, numeral..<(i + 3), "“\(written)”后面的内容没有填写：请写出这一条的内容。"))
  }

  /// A line of marks only, or a heading or paragraph that opens with 年 where its year is missing.
  private func checkLine(_ context: LintContext, _ line: Range<Int>, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    let start = RuleBytes.skippingSpaces(bytes, from: line.lowerBound, to: line.upperBound)
    guard start < line.upperBound, let (first, _) = RuleBytes.decode(bytes, at: start) else { return }
    // Most lines open with a word: only a mark, 年, a numbering marker or a Markdown mark goes on.
    guard Self.emptyMarks.contains(first) || Self.mayOpenMarker(first) else { return }
    let end = RuleBytes.trimmingSpaces(bytes, from: start, to: line.upperBound)
    guard start < end else { return }
    // A Markdown heading without words ("##"); in a plain-text file `artifact.markdown` reports the mark.
    if bytes[start] == 0x23, end - start <= 6, bytes[start..<end].allSatisfy({ $0 == 0x23 }),
      MarkdownMarkRule.isMarkdownOrUnknown(context.source.path)
    {
      findings.append(finding(context, start..<end, "这个标题没有文字：请写出标题，或删去这一行。"))
      return
    }
    // Only marks, also inside a bold mark ("**。**").
    var (from, to) = (start, end)
    if end - start > 4, RuleBytes.matches([0x2A, 0x2A], in: bytes, at: start),
      RuleBytes.matches([0x2A, 0x2A], in: bytes, at: end - 2)
    {
      (from, to) = (start + 2, end - 2)
    }
    var j = from
    while j < to, let (s, n) = RuleBytes.decode(bytes, at: j), Self.emptyMarks.contains(s) { j += n }
    if j == to && from < to {
      let text = context.source.text(from..<to)
      let message =
        text == "：" || text == ":"
        ? "这一行只有冒号，称呼没有填写：应写出称呼，如“各位代表：”。"
        : "这一段只有标点“\(text)”，内容没有填写：请补上内容，或删去这一行。"
      findings.append(finding(context, start..<end, message))
      return
    }
    // 年 at the start, after a Markdown heading mark, bold mark and a numbering marker.
    var k = start
    while k < end, bytes[k] == 0x23 || bytes[k] == 0x2A { k += 1 }
    k = RuleBytes.skippingSpaces(bytes, from: k, to: end)
    k = Self.afterMarker(bytes, k, end)
    k = RuleBytes.skippingSpaces(bytes, from: k, to: end)
    guard RuleBytes.isScalar(bytes, at: k, "年"), let follower = Self.afterMissingYear.match(bytes, at: k + 3) else {
      return
    }
    // A line broken inside "2024年": the figure ends the line before.
    if k == start, line.lowerBound > 0, let s = RuleBytes.scalar(bytes, before: line.lowerBound - 1),
      RuleBytes.isDigit(s) || Self.numerals.contains(s) || s == "〇"
    {
      return
    }
    // The heading's words after 年, up to six characters more, to show.
    var e = k + 3 + follower
    var shown = 0
    while shown < 6, e < end, let s = RuleBytes.scalar(bytes, at: e), CharacterClass.isCJKIdeograph(s) {
      e += 3
      shown += 1
    }
    let words = context.source.text((k + 3)..<e)
    let example = "2024年" + words
    findings.append(
      finding(context, k..<(k + 3 + follower), "“年\(words)”的“年”前缺少年份：应写明是哪一年，如“\(example)”。"))
  }

  /// Whether a line opening with `s` may hold 年 after a marker: 年 itself, a numeral, a digit, an opening
  /// parenthesis, "#" or "*".
  private static func mayOpenMarker(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "年", "（", "(", "#", "*", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: s.value >= 0x30 && s.value <= 0x39
    }
  }

  /// The offset after a numbering marker at `i` ("一、", "（一）", "(1)", "1．", "1、"), or `i` when there is none.
  private static func afterMarker(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
    var j = i
    let open = RuleBytes.scalar(bytes, at: j)
    let paren = open == "（" || open == "("
    if paren { j += open == "（" ? 3 : 1 }
    let digitsStart = j
    while j < end, j - digitsStart < 9, let (s, n) = RuleBytes.decode(bytes, at: j),
      numerals.contains(s) || (s.value >= 0x30 && s.value <= 0x39)
    {
      j += n
    }
    guard j > digitsStart, let (close, n) = RuleBytes.decode(bytes, at: j) else { return i }
    if paren { return close == "）" || close == ")" ? j + n : i }
    return close == "、" || close == "．" || close == "." ? j + n : i
  }
}

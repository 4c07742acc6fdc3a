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
    "工作回顾", "工作安排", "工作总结", "工作计划", "工作打算", "工作报告", "工作要点", "政府工作", "主要工作", "重点工作", "奋斗目标",
    "主要目标", "主要预期目标", "主要任务", "目标任务", "经济社会", "上半年", "下半年", "全年", "以来", "，", "是", "全镇", "全乡",
    "全区", "全县", "全市", "全街道", "我镇", "我乡", "我区", "我县", "我街道", "本镇", "本乡", "本街道",
  ])

  private static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    for line in 1...max(1, context.source.lineCount) {
      checkLine(context, context.lineBytes(line), &findings)
    }
    // "我代表" with the organ missing.
    for i in RuleBytes.occurrences(of: Array("我代表".utf8), in: bytes) {
      let after = i + 9
      let next = RuleBytes.scalar(bytes, at: after)
      let missing =
        next == nil || next == "\n" || next == "向" || RuleBytes.spaceLength(bytes, at: after) > 0
        || next.map { Self.emptyMarks.contains($0) } == true
      guard missing else { continue }
      findings.append(
        finding(
          context, i..<after,
          "“我代表”后面缺少所代表的机关：应写出机关的全称，如“我代表××镇人民政府，向大会报告工作”。"))
    }
    // Session numbers and dates left empty.
    for (word, message) in [
      ("第届", "“第届”缺少届次：应写出是第几届，如“第八届”。"),
      ("第次会议", "“第次会议”缺少会次：应写出是第几次会议，如“第五次会议”。"),
      ("年月日", "日期“年月日”没有填写：应写出具体日期，如“2025年1月9日”。"),
    ] {
      let pattern = Array(word.utf8)
      for i in RuleBytes.occurrences(of: pattern, in: bytes) {
        findings.append(finding(context, i..<(i + pattern.count), message))
      }
    }
    scanMarks(context, &findings)
  }

  /// Marks after which the words are missing: "%" after a Chinese character, "：。", "一是。", "日在上" at the end.
  private func scanMarks(_ context: LintContext, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    for i in context.nonIdeographs {
      let b = bytes[i]
      if b == 0x25 || (b == 0xEF && RuleBytes.isScalar(bytes, at: i, "％")) {
        // A figure left out: "增长%".
        guard let before = RuleBytes.scalar(bytes, before: i), CharacterClass.isCJKIdeograph(before), before != "〇"
        else { continue }
        let n = b == 0x25 ? 1 : 3
        findings.append(
          finding(context, i..<(i + n), "“\(before)\(context.source.text(i..<(i + n)))”中缺少数字：请在百分号前填上数字。"))
      } else if b == 0xEF || b == 0xE3 {
        guard let (s, n) = RuleBytes.decode(bytes, at: i), s == "。" || s == "；" || s == "，" else { continue }
        // "是：。": nothing after a colon; "：一是。": nothing after an enumeration word.
        guard let start = RuleBytes.start(bytes, before: i), let prev = RuleBytes.scalar(bytes, at: start) else {
          continue
        }
        if prev == "：" && s != "，" {
          findings.append(
            finding(context, start..<(i + n), "冒号后面的内容没有填写：请补上内容，或删去冒号。"))
        } else if prev == "是", s != "，", let numeral = RuleBytes.start(bytes, before: start),
          let value = RuleBytes.scalar(bytes, at: numeral), Self.numerals.contains(value)
        {
          let lead = RuleBytes.scalar(bytes, before: numeral)
          guard lead.map({ Self.emptyMarks.contains($0) || " \t\n　".unicodeScalars.contains($0) }) ?? true else {
            continue
          }
          let written = context.source.text(numeral..<(start + 3))
          findings.append(
            finding(context, numeral..<(i + n), "“\(written)”后面的内容没有填写：请写出这一条的内容。"))
        }
      } else if b == 0x0A || (b == 0xEF && RuleBytes.isScalar(bytes, at: i, "）")) {
        // "——2025年1月9日在上": the meeting's name left out of the subtitle.
        let end = RuleBytes.trimmingSpaces(bytes, from: max(0, i - 12), to: i)
        guard end >= 9, RuleBytes.matches(Array("日在上".utf8), in: bytes, at: end - 9) else { continue }
        findings.append(
          finding(context, (end - 6)..<end, "“在”和“上”之间缺少会议名称：应写作“在××镇第×届人民代表大会第×次会议上”。"))
      }
    }
    // The last line has no newline after it.
    let n = bytes.count
    let end = RuleBytes.trimmingSpaces(bytes, from: max(0, n - 12), to: n)
    if n > 0, bytes[n - 1] != 0x0A, end >= 9, RuleBytes.matches(Array("日在上".utf8), in: bytes, at: end - 9) {
      findings.append(
        finding(context, (end - 6)..<end, "“在”和“上”之间缺少会议名称：应写作“在××镇第×届人民代表大会第×次会议上”。"))
    }
  }

  /// A line of marks only, or a heading or paragraph that opens with 年 where its year is missing.
  private func checkLine(_ context: LintContext, _ line: Range<Int>, _ findings: inout [Finding]) {
    let bytes = context.source.bytes
    let start = RuleBytes.skippingSpaces(bytes, from: line.lowerBound, to: line.upperBound)
    let end = RuleBytes.trimmingSpaces(bytes, from: start, to: line.upperBound)
    guard start < end else { return }
    // Only marks.
    var j = start
    while j < end, let (s, n) = RuleBytes.decode(bytes, at: j), Self.emptyMarks.contains(s) { j += n }
    if j == end {
      let text = context.source.text(start..<end)
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
    let words = context.source.text((k + 3)..<(k + 3 + follower))
    let example = words == "，" ? "2024年，" : "2024年\(words)"
    findings.append(
      finding(context, k..<(k + 3 + follower), "“年\(words)”前缺少年份：应写明是哪一年，如“\(example)”。"))
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

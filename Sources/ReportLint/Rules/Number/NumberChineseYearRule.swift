import ReportText

/// 汉字数字写的年份：零写作“〇”，四位一位不少。
///
/// 按 GB/T 15835—2011《出版物上数字用法》，用汉字数字写年份时逐位写出，零写作“〇”：“二〇二五年”。常见的错误是：
///
/// - 零写成了字母“O”、数字“0”、圆圈“○”或“零”：“二O二五年”“二0二五年”“二○二五年”“二零二五年”→“二〇二五年”；
/// - 漏了“〇”：“二二五年”→“二〇二五年”；“二〇五年”“一九九年”少了一位，要核对是哪一年。
///
/// 只看紧接“年”的三到四个汉字数字（前面不接别的数字），“三五年”（三到五年）、“一二三年级”不报告。
/// 修正：把写错的零换成“〇”；“二”后漏了“〇”的补上“〇”；少了一位而看不出是哪一年的只提示。
public struct NumberChineseYearRule: LintRule {
  public static let description = RuleDescription(
    id: "number.chinese-year",
    summary: "汉字数字写的年份中，零写作“〇”（不写 O、0、○、零），也不能漏写：“二〇二五年”。",
    defaultSeverity: .warning,
    triggering: ["到二O三五年基本实现现代化。", "展望二0三五年，全镇面貌焕然一新。", "二二五年是收官之年。", "二零二四年全镇经济平稳。", "二〇五年建成通车。"],
    nonTriggering: ["展望二〇三五年，全镇面貌焕然一新。", "一年成形、三五年成势。", "全镇一二三年级学生全部就近入学。", "2025年是收官之年。", "建镇一九九八年。"],
    hasFix: true)

  public init() {}

  /// A character of a year run: a Chinese digit, or a zero written wrong.
  private enum YearChar: Equatable {
    case digit(Int)
    /// O, o, 0, Ｏ, ｏ, ０, ○, ◯ or 零 where 〇 belongs.
    case wrongZero

    init?(_ s: Unicode.Scalar) {
      switch s {
      case "〇": self = .digit(0)
      case "一": self = .digit(1)
      case "二": self = .digit(2)
      case "三": self = .digit(3)
      case "四": self = .digit(4)
      case "五": self = .digit(5)
      case "六": self = .digit(6)
      case "七": self = .digit(7)
      case "八": self = .digit(8)
      case "九": self = .digit(9)
      case "O", "o", "0", "Ｏ", "ｏ", "０", "○", "◯", "零": self = .wrongZero
      default: return nil
      }
    }
  }

  /// Characters that, before a run of digits, make it part of a longer number: "一百二十年", "第二二五年".
  private static let numberNeighbours: Set<Unicode.Scalar> = ["十", "百", "千", "万", "亿", "两", "廿", "卅", "第", "几", "数"]

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    for mark in context.yearMarks {
      // "一二三年级": grades, not a year.
      if RuleBytes.isScalar(bytes, at: mark + 3, "级") { continue }
      // The run of year characters before 年, at most five (a longer run is not a year).
      var run: [(YearChar, Range<Int>)] = []
      var j = mark
      while run.count <= 4, let start = RuleBytes.start(bytes, before: j), let s = RuleBytes.scalar(bytes, at: start),
        let c = YearChar(s)
      {
        run.insert((c, start..<j), at: 0)
        j = start
      }
      guard run.count == 3 || run.count == 4 else { continue }
      let before = RuleBytes.scalar(bytes, before: j)
      if let before,
        Self.numberNeighbours.contains(before) || RuleBytes.isDigit(before) || RuleBytes.isLatinOrWideLetter(before)
      {
        continue
      }
      if RuleBytes.isLatinOrWideLetter(RuleBytes.scalar(bytes, at: mark + 3)) { continue }
      let digits: [Int?] = run.map { item -> Int? in
        if case .digit(let d) = item.0 { return d }
        return nil
      }
      guard case .digit(let first) = run[0].0, first == 1 || first == 2 else { continue }
      let range = j..<(mark + 3)
      let written = context.source.text(range)
      if run.count == 4 {
        // A year with a wrong zero: every other character is a Chinese digit.
        let wrong = run.filter { $0.0 == .wrongZero }
        guard !wrong.isEmpty, digits.compactMap({ $0 }).count + wrong.count == 4 else { continue }
        let fixed = run.map { $0.0 == .wrongZero ? "〇" : context.source.text($0.1) }.joined() + "年"
        let shown = Set(wrong.map { context.source.text($0.1) }).sorted().map { "“\($0)”" }.joined(separator: "、")
        findings.append(
          finding(
            context, range, "年份“\(written)”中的\(shown)不是汉字数字“〇”：汉字年份的零写作“〇”，应写作“\(fixed)”。",
            fix: Fix(
              edits: wrong.map { TextEdit(range: $0.1, replacement: "〇") }, summary: "把“\(written)”改为“\(fixed)”")))
        continue
      }
      // Three characters: a digit left out.
      guard digits.allSatisfy({ $0 != nil }), let second = digits[1] else { continue }
      if first == 2 && second != 0 {
        // "二二五年": the 〇 after 二 left out, the one reading that gives a year of this century.
        let fixed = "二〇" + context.source.text(run[1].1.lowerBound..<mark) + "年"
        findings.append(
          finding(
            context, range, "年份“\(written)”漏写了“〇”：应写作“\(fixed)”。",
            fix: Fix(
              replacing: run[0].1.upperBound..<run[0].1.upperBound, with: "〇", summary: "把“\(written)”改为“\(fixed)”")))
      } else if (first == 2 && second == 0) || (first == 1 && second == 9) {
        findings.append(
          finding(context, range, "年份“\(written)”只有三位，少写了一位数字：请核对年份，按“二〇二五年”的样子逐位写出。"))
      }
    }
  }
}

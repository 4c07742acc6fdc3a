import ReportText

/// 比例用比号“∶”，不用冒号：“三次产业结构调整为4.2∶41.1∶54.7”“城乡居民收入比缩小至2.31∶1”。
///
/// 比号（U+2236）居中，冒号“：”“:”是标点，写在比例里不规范。两个数之间用冒号的报告：“1:2”“3：1”“0.17：63.77：36”。
///
/// 不是比例的不报告：时刻（“10:30”“8:00”，前面有“比”字的除外）、冒号后接年月日（“附件1：2016年…”）或量词
/// （“表2：12项”）、字母后的编号（“G20：20国集团”“ISO9001:2015”）、网址；冒号不在两个数之间的（“电话：12345”
/// “比例为：1”）本来就不看。修正：把冒号换成“∶”。
public struct NumberRatioSignRule: LintRule {
  public static let description = RuleDescription(
    id: "number.ratio-sign",
    summary: "比例用比号“∶”，不用冒号：“1:2”“3：1”应写作“1∶2”“3∶1”。",
    defaultSeverity: .info,
    triggering: ["三次产业结构调整为4.2:41.1:54.7。", "城乡居民收入比缩小至2.31：1。", "按1:1比例配套资金。"],
    nonTriggering: [
      "三次产业结构调整为4.2∶41.1∶54.7。", "上午10:30召开会议，8:00准时上班。", "联系电话：12345。", "比例为：1比1。",
      "附件1：2024年民生实事项目表。", "详见http://example.cn:8080/a。", "G20：20国集团。",
    ],
    hasFix: true)

  public init() {}

  /// A member of a ratio: its byte range and whether it is a whole number of at most two digits (a time's hour
  /// or minute).
  private struct Member {
    var range: Range<Int>
    var digits: Int
    var value: Int?
  }

  /// What may follow a figure that is not a ratio's: a date or time, or a measure word.
  private static let notAfterRatio: Set<Unicode.Scalar> = [
    "年", "月", "日", "号", "时", "点", "分", "秒", "个", "项", "家", "人", "名", "件", "条", "次", "元", "亩", "户", "岁", "天", "周",
    "万", "亿", "千", "百", "%", "％", "：", ":",
  ]
  /// Words before a number that make the number a label: "附件1：…", "表2：…".
  private static let labels = WordList(["附件", "附表", "表", "图", "注", "第"])

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    var resume = 0
    for i in context.nonIdeographs where i >= resume {
      let b = bytes[i]
      guard b == 0x3A || b == 0xEF, Self.colonLength(bytes, at: i) > 0, i > 0,
        RuleBytes.isASCIIOrWideDigit(RuleBytes.scalar(bytes, before: i))
      else { continue }
      guard let chain = Self.chain(bytes, around: i) else { continue }
      resume = chain.members.last!.range.upperBound
      let colons = chain.separators.filter { Self.colonLength(bytes, at: $0) > 0 }
      guard !colons.isEmpty, isRatio(context, chain.members, colons) else { continue }
      let range = chain.members[0].range.lowerBound..<chain.members.last!.range.upperBound
      let written = context.source.text(range)
      var fixed = ""
      var k = range.lowerBound
      for c in colons {
        fixed += context.source.text(k..<c) + "∶"
        k = c + Self.colonLength(bytes, at: c)
      }
      fixed += context.source.text(k..<range.upperBound)
      findings.append(
        finding(
          context, range, "比例“\(written)”中用了冒号：比例用比号“∶”，应写作“\(fixed)”。",
          fix: Fix(
            edits: colons.map { TextEdit(range: $0..<($0 + Self.colonLength(bytes, at: $0)), replacement: "∶") },
            summary: "把“\(written)”改为“\(fixed)”")))
    }
  }

  private func isRatio(_ context: LintContext, _ members: [Member], _ colons: [Int]) -> Bool {
    let bytes = context.source.bytes
    let first = members[0].range.lowerBound
    let last = members.last!.range.upperBound
    if RuleBytes.isInURL(bytes, at: colons[0]) { return false }
    // Before the first figure: not a letter, a code's punctuation, or a label word.
    if let before = RuleBytes.scalar(bytes, before: first) {
      if RuleBytes.isLatinOrWideLetter(before) || "./-_#&=~".unicodeScalars.contains(before) { return false }
    }
    if Self.labels.match(bytes, endingAt: first) != nil { return false }
    // After the last figure: not a date, time or measure word, and not a letter (a code).
    if let after = RuleBytes.scalar(bytes, at: last) {
      if Self.notAfterRatio.contains(after) || RuleBytes.isLatinOrWideLetter(after) { return false }
    }
    // A time of day: hours, then minutes (and seconds) of two digits; unless 比 stands just before.
    let isTime =
      members.count <= 3 && members[0].digits <= 2 && (members[0].value ?? 99) <= 24
      && members.dropFirst().allSatisfy { $0.digits == 2 && ($0.value ?? 99) <= 59 }
    if isTime && !Self.saysRatio(bytes, before: first) { return false }
    return true
  }

  /// Whether 比 stands within the six characters before `i` on the same line ("比例为", "之比", "比").
  private static func saysRatio(_ bytes: [UInt8], before i: Int) -> Bool {
    var j = i
    for _ in 0..<6 {
      guard let s = RuleBytes.start(bytes, before: j), bytes[s] != 0x0A else { return false }
      if RuleBytes.isScalar(bytes, at: s, "比") { return true }
      j = s
    }
    return false
  }

  /// The length of ":" or "：" at `i`, or 0.
  private static func colonLength(_ bytes: [UInt8], at i: Int) -> Int {
    if bytes[i] == 0x3A { return 1 }
    if bytes[i] == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9A { return 3 }
    return 0
  }

  /// The length of a ratio separator at `i`: a colon or the ratio sign ∶ (E2 88 B6).
  private static func separatorLength(_ bytes: [UInt8], at i: Int) -> Int {
    guard i < bytes.count else { return 0 }
    if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x88, bytes[i + 2] == 0xB6 { return 3 }
    return colonLength(bytes, at: i)
  }

  /// The figures joined by separators around the colon at `colon` (its left figure ends there), at most eight.
  private static func chain(_ bytes: [UInt8], around colon: Int) -> (members: [Member], separators: [Int])? {
    guard let left = member(bytes, endingAt: colon) else { return nil }
    var members = [left]
    var separators: [Int] = []
    // Further left: figures joined by a separator already written (the colon's chain may start with "∶").
    while members.count < 8, let s = RuleBytes.start(bytes, before: members[0].range.lowerBound),
      separatorLength(bytes, at: s) == members[0].range.lowerBound - s, let m = member(bytes, endingAt: s)
    {
      members.insert(m, at: 0)
      separators.insert(s, at: 0)
    }
    var j = colon
    while members.count < 8 {
      let n = separatorLength(bytes, at: j)
      guard n > 0, let m = member(bytes, startingAt: j + n) else { break }
      members.append(m)
      separators.append(j)
      j = m.range.upperBound
    }
    return members.count >= 2 ? (members, separators) : nil
  }

  /// The figure (digits with at most one decimal point) that ends at `end`.
  private static func member(_ bytes: [UInt8], endingAt end: Int) -> Member? {
    var j = end
    var points = 0
    while let s = RuleBytes.start(bytes, before: j), let scalar = RuleBytes.scalar(bytes, at: s) {
      if RuleBytes.isDigit(scalar) {
        j = s
      } else if scalar == "." || scalar == "．", points == 0, j < end {
        points += 1
        j = s
      } else {
        break
      }
      if end - j > 40 { return nil }
    }
    // The figure starts with a digit.
    while j < end, let s = RuleBytes.scalar(bytes, at: j), !RuleBytes.isDigit(s) { j += s.utf8.count }
    return j < end ? Self.makeMember(bytes, j..<end) : nil
  }

  /// The figure that starts at `start`.
  private static func member(_ bytes: [UInt8], startingAt start: Int) -> Member? {
    var j = start
    var points = 0
    while let (scalar, n) = RuleBytes.decode(bytes, at: j) {
      if RuleBytes.isDigit(scalar) {
        j += n
      } else if scalar == "." || scalar == "．", points == 0, j > start,
        RuleBytes.isASCIIOrWideDigit(RuleBytes.scalar(bytes, at: j + n))
      {
        points += 1
        j += n
      } else {
        break
      }
      if j - start > 40 { return nil }
    }
    return j > start ? Self.makeMember(bytes, start..<j) : nil
  }

  private static func makeMember(_ bytes: [UInt8], _ range: Range<Int>) -> Member {
    var digits = 0
    var value = 0
    var whole = true
    var j = range.lowerBound
    while let (s, n) = RuleBytes.decode(bytes, at: j), j < range.upperBound {
      if RuleBytes.isDigit(s) {
        digits += 1
        let d = Int(s.value >= 0xFF10 ? s.value - 0xFF10 : s.value - 0x30)
        if digits <= 6 { value = value * 10 + d }
      } else {
        whole = false
      }
      j += n
    }
    return Member(range: range, digits: whole ? digits : 99, value: whole ? value : nil)
  }
}

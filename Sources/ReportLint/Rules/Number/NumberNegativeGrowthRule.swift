import ReportText

/// 负增长的写法：“增长”“提高”“上升”“增加”“提升”后面不接负数，应改说“下降”“减少”。
///
/// “同比增长-5%”读作“增长负百分之五”，意思是下降：应写作“同比下降5%”；“增长-3.2个百分点”应写作“下降3.2个百分点”，
/// “增加-120人”应写作“减少120人”。动词和负数之间可以隔“了”“为”“达”“约”（“增长了-5%”→“下降了5%”）。
///
/// 只查动词后紧接负号和数字的写法；“增速-9.9%”“增长率为-5%”“降幅-23.1%”说的是比率本身，可以为负，不报告。
/// 修正：把动词换成“下降”（“增加”换成“减少”），删去负号。
public struct NumberNegativeGrowthRule: LintRule {
  public static let description = RuleDescription(
    id: "number.negative-growth",
    summary: "“增长”“提高”“上升”等后面不接负数：“同比增长-5%”应写作“同比下降5%”。",
    defaultSeverity: .warning,
    triggering: ["全镇工业总产值同比增长-5%。", "城镇登记失业率比上年提高-0.3个百分点。", "外来务工人员增加了－120人。"],
    nonTriggering: ["全镇工业总产值同比下降5%。", "一季度增速-9.9%，增长率为-5%。", "降幅由-23.1%收窄到-1.4%。", "增长10%-20%。"],
    hasFix: true)

  /// Verbs of increase and the verb of decrease that says the same with the sign dropped.
  private static let verbs: [(word: [UInt8], opposite: String)] = [
    ("增长", "下降"), ("提高", "下降"), ("上升", "下降"), ("提升", "下降"), ("增加", "减少"),
  ].map { (Array($0.0.utf8), $0.1) }

  /// Words that may stand between the verb and the figure.
  private static let gaps = WordList(["了", "为", "达", "达到", "约", "了约"])

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    for i in context.nonIdeographs {
      let b = bytes[i]
      guard b == 0x2D || b == 0xE2 || b == 0xEF, let signLength = Self.minusLength(bytes, at: i),
        RuleBytes.isASCIIOrWideDigit(RuleBytes.scalar(bytes, at: i + signLength))
      else { continue }
      // The verb, directly before the sign or before one of the gap words.
      var verbEnd = i
      var verb = Self.verb(bytes, endingAt: verbEnd)
      if verb == nil, let gap = Self.gaps.match(bytes, endingAt: i) {
        verbEnd = i - gap
        verb = Self.verb(bytes, endingAt: verbEnd)
      }
      guard let verb else { continue }
      let verbStart = verbEnd - verb.word.count
      // A "range" such as "增长10%-20%" has its sign after a figure, not after the verb: already excluded.
      let numberEnd = Self.figureEnd(bytes, from: i + signLength)
      let written = context.source.text(verbStart..<numberEnd)
      let fixed =
        verb.opposite + context.source.text(verbEnd..<i) + context.source.text((i + signLength)..<numberEnd)
      findings.append(
        finding(
          context, verbStart..<numberEnd,
          "“\(written)”说的是负增长，意思是下降：应写作“\(fixed)”，不用负数。",
          fix: Fix(
            edits: [
              TextEdit(range: verbStart..<verbEnd, replacement: verb.opposite),
              TextEdit(range: i..<(i + signLength), replacement: ""),
            ],
            summary: "把“\(written)”改为“\(fixed)”")))
    }
  }

  /// The length of a minus sign at `i`: "-", "－" (FF0D), "−" (2212) or "–" (2013).
  private static func minusLength(_ bytes: [UInt8], at i: Int) -> Int? {
    let b = bytes[i]
    if b == 0x2D { return 1 }
    guard i + 2 < bytes.count else { return nil }
    if b == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8D { return 3 }
    if b == 0xE2, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return 3 }
    if b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 { return 3 }
    return nil
  }

  private static func verb(_ bytes: [UInt8], endingAt i: Int) -> (word: [UInt8], opposite: String)? {
    verbs.first { RuleBytes.matches($0.word, in: bytes, at: i - $0.word.count) }
  }

  /// The end of the figure starting at `start`: digits and a decimal point, then "%", "％", "‰" or "个百分点".
  private static func figureEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var j = start
    while let (s, n) = RuleBytes.decode(bytes, at: j), RuleBytes.isDigit(s) || s == "." || s == "．" { j += n }
    // A decimal point is part of the figure only when a digit follows it.
    while let s = RuleBytes.start(bytes, before: j), s >= start,
      let scalar = RuleBytes.scalar(bytes, at: s), scalar == "." || scalar == "．"
    {
      j = s
    }
    for unit in ["%", "％", "‰", "个百分点"] where RuleBytes.matches(Array(unit.utf8), in: bytes, at: j) {
      return j + unit.utf8.count
    }
    return j
  }
}

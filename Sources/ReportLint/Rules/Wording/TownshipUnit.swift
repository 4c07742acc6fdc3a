import ReportOutline
import ReportText

/// Whose report it is, at the township level: a 乡, a 镇 or a 街道.
///
/// `GovernmentLevel` tells a township from a county; the wording of a report also depends on which kind of
/// township it is (全乡 or 全镇, 镇党委 or 街道党工委). The unit is read from where the report names its own
/// government, never from the text at large (which names neighbours and the towns of a county):
/// - the title ("松林乡2024年上半年政府工作报告", "横塘镇人民政府2024年工作总结");
/// - the subtitle ("——2025年1月7日在梅岭镇第二十届人民代表大会第四次会议上");
/// - the speaker line ("港门镇人民政府镇长 罗允升");
/// - the speaker's formula near the top ("现在，我代表镇人民政府向大会报告工作", "我代表街道办事处");
/// - the signature over the date at the end ("桥南街道办事处");
/// - the subject of the opening sentence of the report or its review ("2024年，柳营乡在县委、县政府的正确领导下",
///   "今年以来，海宴镇人民政府坚持……").
///
/// In each, the unit is the last of 乡、镇、街道 (or a higher unit: 区、县、市…) before the government word. The
/// report's unit is known only when at least one of them names one and none names another (a county's report,
/// or a title and a formula that disagree, give none).
enum TownshipUnit: String, Sendable {
  case xiang = "乡"
  case zhen = "镇"
  case jiedao = "街道"

  /// The unit of the context's report, found once.
  static func of(_ context: LintContext) -> TownshipUnit? {
    context.shared("TownshipUnit") { detect(context) }
  }

  private enum Found: Equatable {
    case township(TownshipUnit)
    /// 区、县、市、省… or the ambiguous 乡镇.
    case other
  }

  private static func detect(_ context: LintContext) -> TownshipUnit? {
    let bytes = context.source.bytes
    var found: [Found] = []
    if let block = context.outline.titleBlock {
      for span in [block.title, block.subtitle, block.speaker].compactMap({ $0 }) {
        if let unit = unit(naming: ReportDating.bytes(span.range), bytes) { found.append(unit) }
      }
    }
    // "我代表……人民政府": the name between 代表 and the government word.
    let head = 0..<min(bytes.count, 6000)
    if let start = RuleBytes.occurrences(of: woDaibiao, in: Array(bytes[head])).first {
      let from = start + woDaibiao.count
      if let unit = unit(naming: from..<min(bytes.count, from + 90), bytes, governmentOnly: true) { found.append(unit) }
    }
    // The line over a signature date.
    if let day = ReportDating.signatureDay(context.source) {
      let line = context.source.location(of: day.bytes.lowerBound).line
      var above = line - 1
      while above >= 1, ReportDating.trim(context.source.byteRange(ofLine: above), bytes).isEmpty { above -= 1 }
      if above >= 1 {
        let range = ReportDating.trim(context.source.byteRange(ofLine: above), bytes)
        if range.count <= 60, let unit = unit(naming: range, bytes, governmentOnly: true) { found.append(unit) }
      }
    }
    found += openingSubjects(context)
    guard case .township(let unit)? = found.first, found.allSatisfy({ $0 == found[0] }) else { return nil }
    return unit
  }

  /// The unit that names the government in `range`: the last unit word before the first name end that has one
  /// since the name end before it ("日在梅岭镇第二十届人民代表大会": 镇).
  ///
  /// `governmentOnly` takes only the government words proper (人民政府、政府、办事处) as name ends; otherwise the
  /// words that end a name in a title, subtitle or speaker line count too (工作报告、人民代表大会、镇长, a digit…).
  private static func unit(naming range: Range<Int>, _ bytes: [UInt8], governmentOnly: Bool = false) -> Found? {
    let words = governmentOnly ? governmentWords : nameEnds
    var from = range.lowerBound
    for end in words.nonOverlapping(in: bytes, range: range) {
      let word = words.patterns[end.pattern]
      if word == zhenzhang { return .township(.zhen) }
      if word == xiangzhang { return .township(.xiang) }
      var last: Found?
      var lastEnd = -1
      // By end, the longest first: 乡镇 before the 镇 that ends it.
      units.forEachMatch(in: bytes, range: from..<end.range.lowerBound) { pattern, match in
        guard match.upperBound != lastEnd else { return }
        lastEnd = match.upperBound
        last = unitValues[pattern]
      }
      if let last { return last }
      from = end.range.upperBound
    }
    return nil
  }

  /// The unit of a name that opens the first paragraph of the report or of its review after a time: "2024年，柳营乡
  /// 在……", "2023年以来，金厢镇党委、镇政府……", "今年以来，海宴镇人民政府……". The name is at most eight characters and
  /// ends in the unit, right before 在、党委、党工委、人民政府、政府 or 办事处.
  private static func openingSubjects(_ context: LintContext) -> [Found] {
    let parts = [context.outline.parts.first, context.outline.parts.first { $0.role == .review }]
    var found: [Found] = []
    var seen = Set<Int>()
    for part in parts.compactMap({ $0 }) {
      guard case .paragraph(let first)? = part.blocks.first, seen.insert(first.range.lowerBound.offset).inserted,
        let unit = openingSubject(ReportDating.bytes(first.range), context.source.bytes)
      else { continue }
      found.append(unit)
    }
    return found
  }

  private static func openingSubject(_ paragraph: Range<Int>, _ bytes: [UInt8]) -> Found? {
    let range = ReportDating.trim(paragraph, bytes)
    var i = range.lowerBound
    if let year = PeriodRule.years(in: range, bytes).first, year.bytes.lowerBound == range.lowerBound {
      i = year.bytes.upperBound
    }
    for word in times where RuleBytes.matches(word, in: bytes, at: i) { i += word.count }
    guard i > range.lowerBound, RuleBytes.matches(comma, in: bytes, at: i) else { return nil }
    let nameStart = i + comma.count
    let window = nameStart..<min(range.upperBound, nameStart + 3 * 12)
    guard let end = subjectEnds.nonOverlapping(in: bytes, range: window).first,
      end.range.lowerBound - nameStart <= 3 * 8, end.range.lowerBound > nameStart
    else { return nil }
    var last: Found?
    units.forEachMatch(in: bytes, range: nameStart..<end.range.lowerBound) { pattern, match in
      if match.upperBound == end.range.lowerBound, last == nil { last = unitValues[pattern] }
    }
    // Only a plain name: no punctuation inside.
    guard let last,
      !(nameStart..<end.range.lowerBound).contains(where: { bytes[$0] == 0xEF || bytes[$0] == 0xE3 })
    else { return nil }
    return last
  }

  /// Words of time that may open the paragraph (after a year or alone): 以来、度、今年、上半年…
  private static let times = ["今年", "上半年", "以来", "度"].map { Array($0.utf8) }
  private static let comma = Array("，".utf8)
  private static let subjectEnds = BytePatternSet(["在", "党委", "党工委", "人民政府", "政府", "办事处"])
  private static let woDaibiao = Array("我代表".utf8)
  private static let zhenzhang = Array("镇长".utf8)
  private static let xiangzhang = Array("乡长".utf8)
  private static let governmentWords = BytePatternSet(["人民政府", "政府", "办事处", "管委会"])
  private static let nameEnds = BytePatternSet([
    "人民政府", "政府", "办事处", "管委会", "人民代表大会", "代表大会", "议政会", "工作报告", "工作总结", "工作计划", "工作",
    "镇长", "乡长", "主任", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "上半年", "下半年",
  ])
  private static let units = BytePatternSet(["乡", "镇", "街道", "乡镇", "区", "县", "市", "省", "州", "旗", "盟"])
  private static let unitValues: [Found] = [
    .township(.xiang), .township(.zhen), .township(.jiedao), .other, .other, .other, .other, .other, .other, .other,
    .other,
  ]
}

import Foundation
import ReportText

/// "其中"所列的分项加起来超过了总数："完成投资5亿元，其中工业投资3亿元、农业投资2.5亿元"。
///
/// 总数是同一句中"其中"前最后一个与分项单位相同的数字；分项是"其中"后到句末（或下一个"其中"）单位相同的数字
/// （"万""亿"换算后相加）。
/// 用顿号并列的分项，以及用逗号分开但数字前名词末三字相同的分项（"农业总产值…，林业总产值…"）相加；任何单个分项
/// 超过总数也报告。总数带"超""多""余""以上""约""近"等约数词、是范围或百分比时不检查。不给修正：请核对数字。
public struct NumberPartsExceedTotalRule: LintRule {
  public static let description = RuleDescription(
    id: "number.parts-exceed-total",
    summary: "“其中”所列分项之和超过了总数。",
    defaultSeverity: .warning,
    triggering: ["完成固定资产投资5亿元，其中工业投资3亿元、农业投资2.5亿元。", "全镇共有党员300人，其中女党员320人。"],
    nonTriggering: [
      "完成固定资产投资5亿元，其中工业投资3亿元、农业投资2亿元。", "总产值9.5亿元，其中农业总产值1.8亿元，林业总产值4000万元。",
      "接待游客超30万人次，其中过夜游客12万人次、一日游游客20万人次。",
    ],
    hasFix: false)

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let source = context.source
    let bytes = source.bytes
    // Indices into the shared scan: copying the quantities themselves would cost more than the whole check.
    let all = context.quantities
    let quantities = all.indices.filter { k in
      let q = all[k]
      guard let unit = q.unit else { return false }
      return !q.isRange && !q.isOrdinal && !unit.isProportion && unit.category != .time
    }
    guard !quantities.isEmpty else { return }
    let marker = Array("其中".utf8)
    var sentence = 0..<0
    let marks = RuleBytes.occurrences(of: marker, in: bytes)
    var next = 0  // first quantity at or after the current 其中
    for (k, p) in marks.enumerated() {
      if !sentence.contains(p) { sentence = RuleBytes.sentence(bytes, around: p) }
      // The total stands after the previous 其中, the parts before the next one.
      let lower = max(sentence.lowerBound, k > 0 ? marks[k - 1] + marker.count : 0)
      var upper = min(sentence.upperBound, k + 1 < marks.count ? marks[k + 1] : bytes.count)
      // "新增学位1050个（其中义务教育学位750个）、病床位85张": the parts end with the brackets.
      if Self.follows(bytes, p, Self.openingBrackets), let close = Self.closingBracket(bytes, from: p, to: upper) {
        upper = close
      }
      while next < quantities.count, all[quantities[next]].byteRange.lowerBound < p + marker.count { next += 1 }
      var end = next
      while end < quantities.count, all[quantities[end]].byteRange.upperBound <= upper { end += 1 }
      let after = quantities[next..<end].map { all[$0] }
      var first = next
      while first > 0, all[quantities[first - 1]].byteRange.lowerBound >= lower { first -= 1 }
      let before = quantities[first..<next].map { all[$0] }.filter { $0.byteRange.upperBound <= p }
      guard let unitText = after.first?.unit?.text else { continue }
      guard
        let total = before.last(where: { $0.unit?.text == unitText }), total.qualifier == nil,
        !isRate(total, bytes), !isChange(total, bytes, from: lower)
      else { continue }
      // The parts are the figures of the clause right after 其中 and those that go on with them (joined by 、, or
      // the same noun after a comma); "其中4个是…，提供停车位573个" counts parking places, not car parks.
      let clauseEnd = Self.clauseEnd(bytes, from: p + marker.count, to: upper)
      guard let firstPart = after.first, firstPart.byteRange.lowerBound < clauseEnd else { continue }
      let parts = groups(after.filter { $0.unit?.text == unitText }, bytes).first ?? []
      let totalText = source.text(total.byteRange)
      if let big = parts.first(where: { $0.scaledValue > total.scaledValue }) {
        findings.append(
          finding(
            context, big.byteRange,
            "分项“\(source.text(big.byteRange))”大于总数“\(totalText)”：“其中”所列的分项不能超过总量，请核对数字。"))
        continue
      }
      for group in [parts] where group.count > 1 {
        let sum = group.reduce(Decimal(0)) { $0 + $1.scaledValue }
        guard sum > total.scaledValue else { continue }
        let range = group.first!.byteRange.lowerBound..<group.last!.byteRange.upperBound
        let shown = NSDecimalNumber(decimal: sum / total.magnitude.multiplier).stringValue + total.unitText
        findings.append(
          finding(
            context, range,
            "“其中”所列分项合计\(shown)，超过了总数“\(totalText)”：分项之和不能大于总量，请核对数字。"))
        break
      }
    }
  }

  /// A rate, not an amount: "934元/年", "每千人6.5批次", "人均3000元".
  private func isRate(_ q: Quantity, _ bytes: [UInt8]) -> Bool {
    if q.unitText.contains("/") || q.unitText.contains("每") { return true }
    let start = max(0, q.byteRange.lowerBound - 12)
    return Self.rateWords.occurs(in: bytes, range: start..<q.byteRange.lowerBound)
  }

  /// A change, not a stock: "比上年增加1500亿元", "全年净增172.8万户" (the parts after 其中 are of the stock).
  private func isChange(_ q: Quantity, _ bytes: [UInt8], from lower: Int) -> Bool {
    var start = q.byteRange.lowerBound
    while start > lower, start > 0, bytes[start - 1] != 0x2C, !Self.follows(bytes, start, [Self.comma]) { start -= 1 }
    return Self.changeWords.occurs(in: bytes, range: start..<q.byteRange.lowerBound)
  }

  private static let rateWords = BytePatternSet(["每", "人均", "户均", "亩均", "平均", "均"])
  private static let changeWords = BytePatternSet([
    "比上年", "比去年", "同比", "较上年", "增加", "增长", "净增", "减少", "下降", "提高", "扩大",
  ])
  private static let comma = Array("，".utf8)
  private static let openingBrackets = [Array("（".utf8), Array("(".utf8)]

  /// Whether one of `words` ends right at `i`.
  private static func follows(_ bytes: [UInt8], _ i: Int, _ words: [[UInt8]]) -> Bool {
    words.contains { w in i >= w.count && bytes[(i - w.count)..<i].elementsEqual(w) }
  }

  /// The offset of the first "）" or ")" in `from..<to`, or nil.
  private static func closingBracket(_ bytes: [UInt8], from: Int, to: Int) -> Int? {
    var i = from
    while i < to {
      if bytes[i] == 0x29 { return i }
      if i + 3 <= to, bytes[i] == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x89 { return i }
      i += 1
    }
    return nil
  }

  /// The end of the clause that starts at `from`: the first "，", ",", "；" or ";" before `to`, else `to`.
  private static func clauseEnd(_ bytes: [UInt8], from: Int, to: Int) -> Int {
    var i = from
    // A comma right after 其中 ("其中，…") opens the clause rather than ending it.
    if i + 3 <= to, bytes[i] == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C { i += 3 }
    while i < to {
      let b = bytes[i]
      if b == 0x2C || b == 0x3B { return i }
      if i + 3 <= to, b == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C || bytes[i + 2] == 0x9B { return i }
      i += 1
    }
    return to
  }

  /// Runs of parts that add up: joined by 、, or by ， when the nouns before them end alike.
  private func groups(_ parts: [Quantity], _ bytes: [UInt8]) -> [[Quantity]] {
    var groups: [[Quantity]] = []
    for q in parts {
      if let last = groups.last?.last {
        let between = String(decoding: bytes[last.byteRange.upperBound..<q.byteRange.lowerBound], as: UTF8.self)
        let enumerated = between.contains("、") && !between.contains("，") && !between.contains(",")
        let sameNoun = !between.contains("；") && noun(before: last, bytes).map { $0 == noun(before: q, bytes) } == true
        if enumerated || sameNoun {
          groups[groups.count - 1].append(q)
          continue
        }
      }
      groups.append([q])
    }
    return groups
  }

  /// The last three CJK ideographs right before a quantity.
  private func noun(before q: Quantity, _ bytes: [UInt8]) -> String? {
    var i = q.byteRange.lowerBound
    var scalars: [Unicode.Scalar] = []
    while scalars.count < 3, let start = RuleBytes.start(bytes, before: i), let s = RuleBytes.scalar(bytes, at: start),
      CharacterClass.isCJKIdeograph(s)
    {
      scalars.insert(s, at: 0)
      i = start
    }
    return scalars.count == 3 ? String(String.UnicodeScalarView(scalars)) : nil
  }
}

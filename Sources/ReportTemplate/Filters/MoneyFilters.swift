import Foundation
import ReportText

extension Filter {
  /// `amount(unit, digits=2, from=none)`: money in 元, 万元 or 亿元, at a sensible precision.
  ///
  /// The input is a quantity text with a money unit ("125000万元", "约9.5483亿元") or a plain number. A plain
  /// number is taken to be in `from`, or already in `unit` when `from` is not given. The result is rounded to at
  /// most `digits` places without trailing zeros, so whole amounts stay whole; a leading qualifier (约, 超, 近, …)
  /// and a trailing one (以上, 左右) are kept. Approximate amounts with 多 or 余 cannot be converted.
  static let amount = Filter(
    "amount",
    parameters: [
      Parameter("unit", summary: "结果的单位：元、万元或亿元"),
      Parameter("digits", default: "2", summary: "最多保留的小数位数"),
      Parameter("from", default: "none", summary: "输入为不带单位的数字时，它的单位"),
    ],
    summary: "在元、万元、亿元之间换算金额，去掉多余的 0，最多保留 digits 位小数。",
    examples: [
      Example("{{ \"125000万元\" | amount(\"亿元\") }}", "12.5亿元"),
      Example("{{ \"9.5483亿元\" | amount(\"万元\") }}", "95483万元"),
      Example("{{ \"约3.456亿元\" | amount(\"亿元\", 1) }}", "约3.5亿元"),
      Example("{{ 2350 | amount(\"亿元\", from=\"万元\") }}", "0.24亿元"),
    ]
  ) { call throws(ValueFailure) in
    guard let unit = try call.moneyUnit(0) else { throw call.argumentFailure(0, "缺少单位") }
    let digits = try call.integer(1, default: 2, in: 0...8)
    let from = try call.moneyUnit(2)
    if case .number(let number) = call.input {
      return .text(NumberFormat.sensible(unit.converting(number, from: from ?? unit), digits: digits) + unit.rawValue)
    }
    let text = try call.inputText()
    if let number = NumberReading.decimal(from: text) {
      return .text(NumberFormat.sensible(unit.converting(number, from: from ?? unit), digits: digits) + unit.rawValue)
    }
    guard let quantity = Quantity.parse(text), let value = quantity.amount(in: unit) else {
      throw call.failure("“\(text)”不是金额（应如 17.1亿元、95483万元 或一个数字）")
    }
    guard !quantity.isRange, quantity.trailingQualifier != .more else {
      throw call.failure("“\(text)”是范围或约数（多、余），无法换算")
    }
    let (prefix, suffix) = qualifierTexts(of: quantity, in: text)
    return .text(prefix + NumberFormat.sensible(value, digits: digits) + unit.rawValue + suffix)
  }

  /// The qualifier words as written before and after a quantity parsed from `text`.
  static func qualifierTexts(of quantity: Quantity, in text: String) -> (String, String) {
    let bytes = Array(text.utf8)
    let prefix = String(decoding: bytes[quantity.byteRange.lowerBound..<quantity.numberRange.lowerBound], as: UTF8.self)
    let suffix =
      quantity.trailingQualifier == nil ? "" : String(String.UnicodeScalarView(text.unicodeScalars.suffix(2)))
    return (prefix, suffix)
  }

  /// `with_unit(unit)`: a number with its unit appended; a text that already ends in the unit is kept.
  static let withUnit = Filter(
    "with_unit",
    parameters: [Parameter("unit", summary: "要加的单位，如 万人次、亩、%")],
    summary: "给数字加上单位；已带同样单位的文字原样保留，带其他单位的报错。",
    examples: [
      Example("{{ 35 | with_unit(\"万人次\") }}", "35万人次"), Example("{{ \"1.2万亩\" | with_unit(\"万亩\") }}", "1.2万亩"),
    ]
  ) { call throws(ValueFailure) in
    let unit = try call.text(0) ?? ""
    if case .number(let number) = call.input { return .text(NumberFormat.text(number) + unit) }
    let text = try call.inputText()
    if let number = NumberReading.decimal(from: text) { return .text(NumberFormat.text(number) + unit) }
    if let quantity = Quantity.parse(text), quantity.unitText == unit || text.hasSuffix(unit) {
      return .text(text)
    }
    throw call.failure("“\(text)”不是数字，也不是以“\(unit)”为单位的数")
  }

  /// `quantity`: the text unchanged when it reads as a quantity ("超35万人次", "17.1亿元"), else a located error.
  static let quantity = Filter(
    "quantity",
    summary: "检查数据是一个数量（数字加可选的单位和约、超等修饰），原样输出；不是时报错并指出数据位置。",
    examples: [Example("{{ \"超35万人次\" | quantity }}", "超35万人次")]
  ) { call throws(ValueFailure) in
    if case .number = call.input { return call.input }
    let text = try call.inputText()
    guard Quantity.parse(text) != nil else { throw call.failure("“\(text)”不是一个数量（如 17.1亿元、超35万人次）") }
    return call.input
  }
}

import Foundation
import ReportText

extension Filter {
  /// `number`: a data text read as a number; a located error when it is not one.
  ///
  /// The text must be a plain number (`17.1`, `-3`, `1,250`); one with a unit is read by `amount`, `percent`,
  /// `growth` and the other filters that know units.
  static let number = Filter(
    "number",
    summary: "把数据中的文字读作数字；不是数字时报错并指出数据位置。",
    examples: [Example("{{ \"1,250\" | number + 1 }}", "1251")]
  ) { call throws(ValueFailure) in .number(try call.inputNumber()) }

  /// `round(digits=0)`: the number rounded half away from zero to `digits` places.
  static let round = Filter(
    "round",
    parameters: [Parameter("digits", default: "0", summary: "保留的小数位数")],
    summary: "四舍五入到 digits 位小数（结果不带多余的 0）。",
    examples: [Example("{{ 2.345 | round(2) }}", "2.35"), Example("{{ \"17.06\" | round(1) }}", "17.1")]
  ) { call throws(ValueFailure) in
    let digits = try call.integer(0, default: 0, in: 0...12)
    return .number(NumberFormat.rounded(try call.inputNumber(), digits: digits))
  }

  /// `int`: the whole part of a number, cut towards zero.
  static let int = Filter(
    "int",
    summary: "取整数部分（向零截断，不四舍五入）。",
    examples: [Example("{{ 9.8 | int }}", "9"), Example("{{ -9.8 | int }}", "-9")]
  ) { call throws(ValueFailure) in .number(NumberFormat.truncated(try call.inputNumber())) }

  /// `cn`: a whole number 0…99999999 in Chinese numerals, for counts such as 三个方面.
  static let chineseNumeral = Filter(
    "cn",
    summary: "把整数写成汉字数字，用于“三个方面”之类的计数：3 → 三，12 → 十二，105 → 一百零五。",
    examples: [
      Example("{{ 3 | cn }}", "三"), Example("{{ 12 | cn }}", "十二"), Example("{{ 105 | cn }}", "一百零五"),
      Example("{{ [\"甲\", \"乙\", \"丙\"] | length | cn }}个方面", "三个方面"),
    ]
  ) { call throws(ValueFailure) in .text(try numeral(call)) }

  /// `cn_ordinal`: 第 and the Chinese numeral: 3 → 第三.
  static let chineseOrdinal = Filter(
    "cn_ordinal",
    summary: "写成“第”加汉字数字：3 → 第三。",
    examples: [Example("{{ 3 | cn_ordinal }}", "第三"), Example("{{ 10 | cn_ordinal }}", "第十")]
  ) { call throws(ValueFailure) in .text("第" + (try numeral(call))) }

  private static func numeral(_ call: FilterCall) throws(ValueFailure) -> String {
    let number = try call.inputNumber()
    guard let integer = NumberFormat.smallInteger(number), let text = ChineseNumeral.text(for: integer) else {
      throw call.failure("“\(NumberFormat.text(number))”不是 0 到 \(ChineseNumeral.maximum) 的整数")
    }
    return text
  }
}

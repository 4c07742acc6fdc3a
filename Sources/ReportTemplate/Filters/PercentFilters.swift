import Foundation
import ReportText

extension Filter {
  /// `percent(digits=1)`: a percentage with `%`, at most `digits` places.
  ///
  /// A plain number is already a percentage: `10.6 | percent` is 10.6%, not 1060%. A text such as "10.6%" is read
  /// and written again at the precision asked for.
  static let percent = Filter(
    "percent",
    parameters: [Parameter("digits", default: "1", summary: "最多保留的小数位数")],
    summary: "写成百分数。数字本身就是百分数（10.6 → 10.6%，不乘 100）；“10.6%”之类的文字按给定精度重写。",
    examples: [
      Example("{{ 10.64 | percent }}", "10.6%"), Example("{{ \"8.25%\" | percent(2) }}", "8.25%"),
      Example("{{ 12 | percent }}", "12%"),
    ]
  ) { call throws(ValueFailure) in
    let digits = try call.integer(0, default: 1, in: 0...6)
    let value = try percentage(call.input, call: call, subject: .input)
    return .text(NumberFormat.sensible(value, digits: digits) + "%")
  }

  /// `change(previous, digits=1)`: the change of a percentage in percentage points.
  static let change = Filter(
    "change",
    parameters: [
      Parameter("previous", summary: "上年（或上期）的百分数"),
      Parameter("digits", default: "1", summary: "最多保留的小数位数"),
    ],
    summary: "比较两个百分数，写成“提高2.1个百分点”“下降0.5个百分点”或“持平”。",
    examples: [
      Example("{{ 65.3 | change(63.2) }}", "提高2.1个百分点"), Example("{{ \"8.5%\" | change(\"9%\") }}", "下降0.5个百分点"),
      Example("{{ 40 | change(40.02) }}", "持平"),
    ]
  ) { call throws(ValueFailure) in
    let digits = try call.integer(1, default: 1, in: 0...6)
    let current = try percentage(call.input, call: call, subject: .input)
    guard let previousValue = call.arguments[0] else { throw call.argumentFailure(0, "缺少上年的百分数") }
    let previous = try percentage(previousValue, call: call, subject: .argument(0))
    let difference = NumberFormat.rounded(current - previous, digits: digits)
    if difference.isZero { return .text("持平") }
    let size = NumberFormat.text(difference.magnitude)
    return .text((difference > 0 ? "提高" : "下降") + size + "个百分点")
  }

  /// A plain number, a plain-number text, or a text with `%`, as a number of percent.
  static func percentage(_ value: TemplateValue, call: FilterCall, subject: ValueFailure.Subject)
    throws(ValueFailure) -> Decimal
  {
    let measure = try Measure.read(value, role: "百分数", call: call, subject: subject)
    guard measure.kind == .plain || measure.kind == .percent else {
      throw ValueFailure(
        .badFilterInput(filter: call.name, reason: "应为百分数，这里的单位是“\(measure.unitText)”"), subject: subject,
        data: value.dataRange)
    }
    return measure.value
  }
}

import Foundation
import ReportText

extension Filter {
  /// `growth(previous, unit=none, digits=1)`: this year against last: 同比增长10.6%, 同比下降3.2%, 与上年持平.
  ///
  /// The rate is (current − previous) ÷ |previous| × 100, rounded to `digits` places; a rate that rounds to 0 is
  /// 与上年持平. Both values may be numbers or quantity texts; money in different units is converted ("1.71亿元"
  /// against "15500万元"). A plain number beside a quantity is taken in that quantity's unit, or in `unit` (元,
  /// 万元, 亿元) when given. A previous value of 0 is an error: no rate exists, and the sentence must be written
  /// another way. Percentages are compared with `change` (percentage points), not with `growth`.
  static let growth = Filter(
    "growth",
    parameters: [
      Parameter("previous", summary: "上年（或上期）的值"),
      Parameter("unit", default: "none", summary: "不带单位的数字按此金额单位理解：元、万元或亿元"),
      Parameter("digits", default: "1", summary: "增幅最多保留的小数位数"),
    ],
    summary: "同比增减：写成“同比增长10.6%”“同比下降3.2%”或“与上年持平”；上年为 0 时报错。",
    examples: [
      Example("{{ \"17.1亿元\" | growth(\"15.46亿元\") }}", "同比增长10.6%"),
      Example("{{ 9.68 | growth(10) }}", "同比下降3.2%"),
      Example("{{ \"1.71亿元\" | growth(17100, \"万元\") }}", "与上年持平"),
    ]
  ) { call throws(ValueFailure) in
    let rate = try ratio(call, role: "上年值", times: 100, subtractingBase: true)
    let rounded = NumberFormat.rounded(rate, digits: try call.integer(2, default: 1, in: 0...6))
    if rounded.isZero { return .text("与上年持平") }
    return .text((rounded > 0 ? "同比增长" : "同比下降") + NumberFormat.text(rounded.magnitude) + "%")
  }

  /// `yoy(previous, digits=1)`: this period against the last, chosen by the unit: a percentage in percentage points
  /// (同比提高2.4个百分点), anything else as growth (同比增长10.6%).
  ///
  /// The built-in templates use it for indicators, so that a rate (参保率 98.6% against 96.2%) and an amount are
  /// both written the way reports write them.
  static let yearOnYear = Filter(
    "yoy",
    parameters: [
      Parameter("previous", summary: "上年（或上期）的值"),
      Parameter("digits", default: "1", summary: "最多保留的小数位数"),
    ],
    summary: "同比：百分数写成“同比提高2.4个百分点”，其他的数写成“同比增长10.6%”“同比下降3.2%”。",
    examples: [
      Example("{{ \"98.6%\" | yoy(\"96.2%\") }}", "同比提高2.4个百分点"),
      Example("{{ \"17.1亿元\" | yoy(\"15.46亿元\") }}", "同比增长10.6%"),
    ]
  ) { call throws(ValueFailure) in
    let current = try Measure.read(call.input, role: "本期值", call: call, subject: .input)
    guard let previousValue = call.arguments[0] else { throw call.argumentFailure(0, "缺少上年的值") }
    let previous = try Measure.read(previousValue, role: "上年值", call: call, subject: .argument(0))
    if current.kind == .percent || previous.kind == .percent {
      let points = try change.body(call)
      guard case .text(let text) = points else { return points }
      return .text(text == "持平" ? "与上年持平" : "同比" + text)
    }
    let (a, b) = try Measure.aligned(current, previous, plainUnit: nil, call: call)
    guard !b.isZero else {
      throw ValueFailure(
        .badFilterInput(filter: call.name, reason: "上年值为 0，无法计算增幅；请改写这句话，如只写本年的数"),
        subject: .argument(0), data: previousValue.dataRange)
    }
    let rounded = NumberFormat.rounded((a - b) / b.magnitude * 100, digits: try call.integer(1, default: 1, in: 0...6))
    if rounded.isZero { return .text("与上年持平") }
    return .text((rounded > 0 ? "同比增长" : "同比下降") + NumberFormat.text(rounded.magnitude) + "%")
  }

  /// `completion(target, digits=1)`: how much of the year's target is done: 完成全年目标的45%.
  static let completion = Filter(
    "completion",
    parameters: [
      Parameter("target", summary: "全年目标值"),
      Parameter("digits", default: "1", summary: "最多保留的小数位数"),
    ],
    summary: "完成目标的比例：写成“完成全年目标的45%”，超过目标时写“超额完成全年目标，达到目标的105%”；目标为 0 时报错。",
    examples: [
      Example("{{ \"4.5亿元\" | completion(\"10亿元\") }}", "完成全年目标的45%"),
      Example("{{ \"2300万元\" | completion(\"0.5亿元\") }}", "完成全年目标的46%"),
      Example("{{ \"10.5亿元\" | completion(\"10亿元\") }}", "超额完成全年目标，达到目标的105%"),
    ]
  ) { call throws(ValueFailure) in
    let rate = try ratio(call, role: "目标值", times: 100, subtractingBase: false)
    let digits = try call.integer(1, default: 1, in: 0...6)
    let shown = NumberFormat.sensible(rate, digits: digits) + "%"
    return .text(rate > 100 ? "超额完成全年目标，达到目标的" + shown : "完成全年目标的" + shown)
  }

  /// `completion_rate(target, digits=1)`: the share of the target done, as a number of percent.
  static let completionRate = Filter(
    "completion_rate",
    parameters: [
      Parameter("target", summary: "全年目标值"),
      Parameter("digits", default: "1", summary: "最多保留的小数位数"),
    ],
    summary: "完成目标的百分比，只给数字（可再接 percent 或用于比较）。",
    examples: [
      Example("{{ 58 | completion_rate(80) }}", "72.5"), Example("{{ 58 | completion_rate(80) | percent }}", "72.5%"),
    ]
  ) { call throws(ValueFailure) in
    let digits = try call.integer(1, default: 1, in: 0...6)
    return .number(
      NumberFormat.rounded(try ratio(call, role: "目标值", times: 100, subtractingBase: false), digits: digits))
  }

  /// (input − base) ÷ |base| × `times`, or input ÷ base × `times`, with the base in argument 0.
  private static func ratio(_ call: FilterCall, role: String, times: Decimal, subtractingBase: Bool)
    throws(ValueFailure) -> Decimal
  {
    let current = try Measure.read(call.input, role: "本期值", call: call, subject: .input)
    guard let baseValue = call.arguments[0] else { throw call.argumentFailure(0, "缺少\(role)") }
    let base = try Measure.read(baseValue, role: role, call: call, subject: .argument(0))
    if subtractingBase && (current.kind == .percent || base.kind == .percent) {
      throw ValueFailure(
        .badFilterInput(filter: call.name, reason: "百分数的增减应以百分点计，请用 change 过滤器"), subject: .whole)
    }
    let plainUnit = subtractingBase ? try call.moneyUnit(1) : nil
    let (a, b) = try Measure.aligned(current, base, plainUnit: plainUnit, call: call)
    guard !b.isZero else {
      let reason = subtractingBase ? "上年值为 0，无法计算增幅；请改写这句话，如只写本年的数" : "目标值为 0，无法计算完成比例"
      throw ValueFailure(
        .badFilterInput(filter: call.name, reason: reason), subject: .argument(0), data: baseValue.dataRange)
    }
    return subtractingBase ? (a - b) / b.magnitude * times : a / b * times
  }
}

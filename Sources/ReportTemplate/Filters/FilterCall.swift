import Foundation
import ReportText

/// One run of a filter: its input, its arguments matched to its parameters, and helpers that read them with
/// located failures.
struct FilterCall {
  /// The filter's name, for messages.
  let name: String
  let input: TemplateValue
  /// One entry per parameter; `nil` where the template gave none (or gave `none`).
  let arguments: [TemplateValue?]

  /// A call with `arguments` matched to the parameters; an argument given as `none` counts as not given.
  init(name: String, input: TemplateValue, arguments: [TemplateValue?]) {
    self.name = name
    self.input = input
    var matched = arguments
    for index in matched.indices {
      if case .some(.none) = matched[index] { matched[index] = nil }
    }
    self.arguments = matched
  }

  // MARK: - Failures

  /// The input cannot be used: `.badFilterInput` pointing at the input and at its data location.
  func failure(_ reason: String) -> ValueFailure {
    ValueFailure(.badFilterInput(filter: name, reason: reason), subject: .input, data: input.dataRange)
  }

  /// Argument `index` cannot be used: `.wrongFilterArguments` pointing at it.
  func argumentFailure(_ index: Int, _ reason: String) -> ValueFailure {
    ValueFailure(
      .wrongFilterArguments(filter: name, reason: reason), subject: .argument(index),
      data: arguments[index]?.dataRange)
  }

  // MARK: - Input

  /// The input as a number (see `TemplateValue.number(role:)`).
  func inputNumber() throws(ValueFailure) -> Decimal {
    try input.number(role: "过滤器 \(name) 的输入")
  }

  /// The input as text: a text or data text, a number formatted; lists and mappings fail.
  func inputText() throws(ValueFailure) -> String {
    switch input {
    case .text(let text): return text
    case .number(let number): return NumberFormat.text(number)
    case .data(let node):
      if let text = node.text { return text }
    default: break
    }
    throw failure("应为文字，这里是\(input.kindName)")
  }

  /// The input's elements: a list or a data sequence; anything else fails.
  func inputElements() throws(ValueFailure) -> [TemplateValue] {
    guard let elements = input.elements else { throw failure("应为列表，这里是\(input.kindName)") }
    return elements
  }

  // MARK: - Arguments

  /// Argument `index` as a number, or `nil` when not given.
  func number(_ index: Int, role: String) throws(ValueFailure) -> Decimal? {
    guard let argument = arguments[index] else { return nil }
    return try argument.number(role: role, subject: .argument(index))
  }

  /// Argument `index` as a whole number in `range`, or `defaultValue` when not given.
  func integer(_ index: Int, default defaultValue: Int, in range: ClosedRange<Int>) throws(ValueFailure) -> Int {
    guard let argument = arguments[index] else { return defaultValue }
    let parameter = Filter.named(name)?.parameters[index].name ?? "参数"
    let number = try argument.number(role: "\(parameter) ", subject: .argument(index))
    guard let integer = NumberFormat.smallInteger(number), range.contains(integer) else {
      throw argumentFailure(index, "\(parameter) 应为 \(range.lowerBound) 到 \(range.upperBound) 的整数")
    }
    return integer
  }

  /// Argument `index` as text, or `nil` when not given; numbers are formatted.
  func text(_ index: Int) throws(ValueFailure) -> String? {
    guard let argument = arguments[index] else { return nil }
    return try argument.printableText(role: "参数", subject: .argument(index))
  }

  /// Argument `index` as a condition, or `defaultValue` when not given.
  func bool(_ index: Int, default defaultValue: Bool) -> Bool {
    arguments[index]?.isTruthy ?? defaultValue
  }

  /// Argument `index` as a unit of money (元, 万元, 亿元), or `nil` when not given.
  func moneyUnit(_ index: Int) throws(ValueFailure) -> MoneyUnit? {
    guard let text = try text(index) else { return nil }
    guard let unit = MoneyUnit(rawValue: text) else {
      throw argumentFailure(index, "单位应为 元、万元 或 亿元，这里是“\(text)”")
    }
    return unit
  }
}

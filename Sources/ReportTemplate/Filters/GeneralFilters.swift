import Foundation
import ReportText

extension Filter {
  /// `default(value, boolean=false)`: the input, or `value` when the input is missing.
  ///
  /// A missing input is not recorded as missing data: `default` is how a template says a value is optional. With
  /// `boolean=true`, a value that is there but false (an empty text, `false`) is replaced too.
  ///
  /// ```
  /// {{ 指标.新增企业 | default("若干") }}   →  若干（数据里没有时）
  /// ```
  static let defaultValue = Filter(
    "default",
    parameters: [
      Parameter("value", summary: "输入缺失时用的值"),
      Parameter("boolean", default: "false", summary: "为 true 时，空文字等假值也替换"),
    ],
    summary: "输入缺失（或数据里没有填写）时，改用给定的值；不记为缺失数据。",
    examples: [Example("{{ 没有的键 | default(\"若干\") }}", "若干"), Example("{{ \"\" | default(\"无\", true) }}", "无")],
    acceptsUndefinedInput: true
  ) { call throws(ValueFailure) in
    if !call.input.isDefined || (call.bool(1, default: false) && !call.input.isTruthy) {
      return call.arguments[0] ?? .none
    }
    return call.input
  }

  /// `length`: the number of characters of a text, or of items in a list or mapping.
  static let length = Filter(
    "length",
    summary: "文字的字数，或列表、映射的项数。",
    examples: [Example("{{ \"城乡融合\" | length }}", "4"), Example("{{ [\"甲\", \"乙\"] | length }}", "2")]
  ) { call throws(ValueFailure) in
    switch call.input {
    case .text(let text): return .number(Decimal(text.unicodeScalars.count))
    case .list(let items): return .number(Decimal(items.count))
    case .data(let node):
      switch node.value {
      case .text(let text, _): return .number(Decimal(text.unicodeScalars.count))
      case .sequence(let items): return .number(Decimal(items.count))
      case .mapping(let entries): return .number(Decimal(entries.count))
      case .null: break
      }
    default: break
    }
    throw call.failure("应为文字、列表或映射，这里是\(call.input.kindName)")
  }

  /// `first`: the first item of a list, or the first character of a text.
  static let first = Filter(
    "first",
    summary: "列表的第一项，或文字的第一个字。",
    examples: [Example("{{ [\"东村\", \"西村\"] | first }}", "东村")]
  ) { call throws(ValueFailure) in try end(of: call, first: true) }

  /// `last`: the last item of a list, or the last character of a text.
  static let last = Filter(
    "last",
    summary: "列表的最后一项，或文字的最后一个字。",
    examples: [Example("{{ [\"东村\", \"西村\"] | last }}", "西村")]
  ) { call throws(ValueFailure) in try end(of: call, first: false) }

  private static func end(of call: FilterCall, first: Bool) throws(ValueFailure) -> TemplateValue {
    if let elements = call.input.elements {
      guard let item = first ? elements.first : elements.last else { throw call.failure("列表是空的") }
      return item
    }
    let text = try call.inputText()
    guard let scalar = first ? text.unicodeScalars.first : text.unicodeScalars.last else {
      throw call.failure("文字是空的")
    }
    return .text(String(scalar))
  }

  /// `upper`: ASCII letters in upper case; other characters unchanged.
  static let upper = Filter(
    "upper",
    summary: "把英文字母改为大写（只改 ASCII 字母）。",
    examples: [Example("{{ \"gdp增长\" | upper }}", "GDP增长")]
  ) { call throws(ValueFailure) in .text(mapASCII(try call.inputText(), from: 0x61...0x7A, shift: -32)) }

  /// `lower`: ASCII letters in lower case; other characters unchanged.
  static let lower = Filter(
    "lower",
    summary: "把英文字母改为小写（只改 ASCII 字母）。",
    examples: [Example("{{ \"PM2.5\" | lower }}", "pm2.5")]
  ) { call throws(ValueFailure) in .text(mapASCII(try call.inputText(), from: 0x41...0x5A, shift: 32)) }

  private static func mapASCII(_ text: String, from range: ClosedRange<UInt8>, shift: Int) -> String {
    String(decoding: text.utf8.map { range.contains($0) ? UInt8(Int($0) + shift) : $0 }, as: UTF8.self)
  }

  /// `trim`: the text without whitespace at either end, the ideographic space U+3000 included.
  static let trim = Filter(
    "trim",
    summary: "去掉文字两端的空白（包括全角空格“　”）。",
    examples: [Example("{{ \"　 东村 \" | trim }}", "东村")]
  ) { call throws(ValueFailure) in .text(CharacterClass.trimmingWhitespace(try call.inputText())) }

  /// `replace(old, new)`: the text with every `old` replaced by `new`.
  static let replace = Filter(
    "replace",
    parameters: [Parameter("old", summary: "要替换的文字"), Parameter("new", summary: "换成的文字")],
    summary: "把文字中的每个 old 换成 new。",
    examples: [Example("{{ \"某某镇\" | replace(\"某某\", \"青禾\") }}", "青禾镇")]
  ) { call throws(ValueFailure) in
    let text = try call.inputText()
    let old = try call.text(0) ?? ""
    guard !old.isEmpty else { throw call.argumentFailure(0, "要替换的文字不能为空") }
    return .text(text.replacingOccurrences(of: old, with: try call.text(1) ?? ""))
  }
}

import Foundation
import ReportData

/// A value while a template is rendered: what a name, a literal, an operator or a filter gives.
///
/// Values from the data file stay `.data(DataNode)`: a scalar keeps its text and the place it was written, so a
/// filter that needs a number can read one and, when the text is not a number, point at the data line. Numbers
/// made by the template (literals, arithmetic, `loop.index`, filters) are exact `Decimal`s.
///
/// Printed by `{{ }}`:
/// - `.text` and data text as they are (never evaluated again: a value holding `{{ x }}` prints literally);
/// - `.number` without trailing zeros and never in scientific notation (`12.5`, `95483`, `0.0001`);
/// - `.bool` as 是 or 否 (a report has no use for `true`; a template that needs other words writes an `if`);
/// - `.none` as nothing;
/// - `.undefined` as a missing path (see `MissingDataError`), or `【待补充：path】` with `allowMissing`;
/// - lists and mappings are an error: a list is printed through a filter such as `join` or `join_cn`.
///
/// In a condition (`{% if %}`, `and`, `or`, `not`), false are: `undefined`, `none`, `false`, the number 0, the
/// empty text, the text `false`, and empty lists and mappings. Everything else is true, so `enabled: true` and
/// `enabled: false` in the data mean what they say, while `0` written in the data is a value and true.
public enum TemplateValue: Sendable, Hashable {
  /// Text made by the template: a literal, a concatenation, a filter's result.
  case text(String)
  /// An exact decimal number.
  case number(Decimal)
  /// `true` or `false`.
  case bool(Bool)
  /// A list made by the template (a literal `[a, b]` or a filter such as `sort`).
  case list([TemplateValue])
  /// A value from the data file: a scalar text, a sequence or a mapping (never `.null`, which reads as undefined).
  case data(DataNode)
  /// A name the data does not have, or a key written with no value.
  case undefined(UndefinedValue)
  /// The literal `none`.
  case none
}

/// What a template asked for and did not get: the data path, and where the template asked for it.
public struct UndefinedValue: Sendable, Hashable {
  /// The path as the data would have it: `指标.财政收入.本期`, `成绩[2].标题`.
  public var path: String
  /// The nearest existing key at the level where the path broke off, when one is close (edit distance).
  public var suggestion: String?
  /// A sentence in Chinese when the data has something else there (a text where a mapping was expected, …).
  public var hint: String?
  /// Whether the key is in the data but written with no value (`key:`), as `baogao init` leaves it.
  public var isBlank: Bool
  /// Where the name was written in the templates, for the missing-data list.
  var site: TemplateSite?

  public init(path: String, suggestion: String? = nil, hint: String? = nil, isBlank: Bool = false) {
    self.path = path
    self.suggestion = suggestion
    self.hint = hint
    self.isBlank = isBlank
  }
}

extension TemplateValue {
  /// Whether the value is there: not undefined (a key with no value in the data is undefined too).
  public var isDefined: Bool {
    if case .undefined = self { return false }
    return true
  }

  /// The value in a condition; see the type's documentation for what is false.
  public var isTruthy: Bool {
    switch self {
    case .text(let text): return !text.isEmpty && text != "false"
    case .number(let number): return !number.isZero
    case .bool(let bool): return bool
    case .list(let items): return !items.isEmpty
    case .data(let node):
      switch node.value {
      case .text(let text, _): return !text.isEmpty && text != "false"
      case .sequence(let items): return !items.isEmpty
      case .mapping(let entries): return !entries.isEmpty
      case .null: return false
      }
    case .undefined, .none: return false
    }
  }

  /// The kind of value in Chinese, for messages: 文字, 数字, 是非值, 列表, 映射, 未定义的值, 空值.
  public var kindName: String {
    switch self {
    case .text: "文字"
    case .number: "数字"
    case .bool: "是非值"
    case .list: "列表"
    case .data(let node):
      switch node.value {
      case .text: "文字"
      case .sequence: "列表"
      case .mapping: "映射"
      case .null: "空值"
      }
    case .undefined: "未定义的值"
    case .none: "空值"
    }
  }

  /// The text of a text value or a data scalar; `nil` for everything else.
  public var textValue: String? {
    switch self {
    case .text(let text): text
    case .data(let node): node.text
    default: nil
    }
  }

  /// The data node a value came from, when it came from the data file.
  var dataNode: DataNode? {
    if case .data(let node) = self { return node }
    return nil
  }
}

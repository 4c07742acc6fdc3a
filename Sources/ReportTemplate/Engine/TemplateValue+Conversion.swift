import Foundation
import ReportData
import ReportText

extension TemplateValue {
  /// The value as a number: numbers as they are, texts read by `NumberReading`.
  ///
  /// - Parameter role: the use in Chinese for the message, as in “算术运算的左边”.
  /// - Throws: `.notANumber` with the data location when a text is not a plain number, `.typeMismatch` for lists,
  ///   mappings, booleans and `none`.
  func number(role: String, subject: ValueFailure.Subject = .input) throws(ValueFailure) -> Decimal {
    switch self {
    case .number(let number): return number
    case .text(let text):
      guard let number = NumberReading.decimal(from: text) else {
        throw ValueFailure(.notANumber(text: text, role: role), subject: subject)
      }
      return number
    case .data(let node):
      if case .text(let text, _) = node.value {
        guard let number = NumberReading.decimal(from: text) else {
          throw ValueFailure(.notANumber(text: text, role: role), subject: subject, data: node.range)
        }
        return number
      }
      throw ValueFailure(.typeMismatch(operation: role, found: kindName), subject: subject, data: node.range)
    default:
      throw ValueFailure(.typeMismatch(operation: role, found: kindName), subject: subject)
    }
  }

  /// The value as text for joining and concatenation: texts as they are, numbers formatted, booleans 是/否,
  /// `none` empty.
  ///
  /// - Throws: `.typeMismatch` for lists and mappings.
  func printableText(role: String, subject: ValueFailure.Subject = .input) throws(ValueFailure) -> String {
    switch self {
    case .text(let text): return text
    case .number(let number): return NumberFormat.text(number)
    case .bool(let bool): return bool ? "是" : "否"
    case .none: return ""
    case .undefined(let undefined): return MissingPath.placeholder(for: undefined.path)
    case .data(let node):
      if case .text(let text, _) = node.value { return text }
      throw ValueFailure(.typeMismatch(operation: role, found: kindName), subject: subject, data: node.range)
    case .list:
      throw ValueFailure(.typeMismatch(operation: role, found: kindName), subject: subject)
    }
  }

  /// The elements of a list or a data sequence; `nil` for anything else.
  var elements: [TemplateValue]? {
    switch self {
    case .list(let items): return items
    case .data(let node):
      if case .sequence(let items) = node.value { return items.map { .data($0) } }
      return nil
    default: return nil
    }
  }

  /// Where the value was written in the data file, when it came from there.
  var dataRange: TextRange? { dataNode?.range }

  /// Whether two values are equal in a template's sense: numbers by value (a text that reads as a number equals
  /// that number), texts by their characters, lists element by element.
  func isEqual(to other: TemplateValue) -> Bool {
    switch (self, other) {
    case (.number(let a), .number(let b)): return a == b
    case (.number(let a), _):
      guard let text = other.textValue, let b = NumberReading.decimal(from: text) else { return false }
      return a == b
    case (_, .number): return other.isEqual(to: self)
    case (.bool(let a), .bool(let b)): return a == b
    case (.none, .none): return true
    case (.undefined, .undefined): return true
    default: break
    }
    if let a = textValue, let b = other.textValue { return a == b }
    if let a = elements, let b = other.elements {
      return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
    }
    if case .data(let a) = self, case .data(let b) = other { return a.value == b.value }
    return false
  }
}

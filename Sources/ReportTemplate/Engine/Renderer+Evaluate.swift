import Foundation
import ReportData

extension Renderer {
  /// The value of an expression. Undefined values pass through operators and filters; the ones that need a value
  /// record it as missing.
  mutating func evaluate(_ expression: Expression) throws(TemplateError) -> TemplateValue {
    switch expression.kind {
    case .literal(let value):
      return value
    case .path(let path):
      return try resolve(path, range: expression.range)
    case .list(let items):
      var values: [TemplateValue] = []
      values.reserveCapacity(items.count)
      for item in items {
        let value = try evaluate(item)
        if case .undefined(let undefined) = value { record(undefined) }
        values.append(value)
      }
      return .list(values)
    case .unary(.not, let operand):
      return .bool(!(try probe(operand)).isTruthy)
    case .unary(let op, let operand):
      let value = try evaluate(operand)
      if case .undefined(let undefined) = value {
        record(undefined)
        return value
      }
      let number = try number(value, role: "正负号后", at: operand.range)
      return .number(op == .minus ? -number : number)
    case .binary(let op, let left, let right):
      return try evaluate(op, left, right)
    case .filter(let input, let application):
      return try apply(application, to: input)
    case .test(let operand, let test, let isNegated):
      let value = try probe(operand)
      let result: Bool
      switch test {
      case .defined: result = value.isDefined
      case .none:
        if case .undefined(let undefined) = value { result = undefined.isBlank } else { result = value == .none }
      }
      return .bool(result != isNegated)
    }
  }

  /// A filter applied to the value of `input`.
  private mutating func apply(_ application: FilterApplication, to input: Expression) throws(TemplateError)
    -> TemplateValue
  {
    let value = application.filter.acceptsUndefinedInput ? try probe(input) : try evaluate(input)
    if case .undefined(let undefined) = value, !application.filter.acceptsUndefinedInput {
      record(undefined)
      return value
    }
    var arguments: [TemplateValue?] = []
    arguments.reserveCapacity(application.arguments.count)
    for argument in application.arguments {
      guard let argument else {
        arguments.append(nil)
        continue
      }
      let evaluated = try evaluate(argument)
      if case .undefined(let undefined) = evaluated {
        record(undefined)
        return evaluated
      }
      arguments.append(evaluated)
    }
    do {
      return try application.filter.body(FilterCall(name: application.filter.name, input: value, arguments: arguments))
    } catch {
      let range: Range<Int>
      switch error.subject {
      case .input: range = input.range
      case .argument(let index): range = application.arguments[index]?.range ?? application.range
      case .whole: range = application.range
      }
      throw self.error(error.kind, at: range, data: error.dataRange)
    }
  }

  // MARK: - Operators

  private mutating func evaluate(_ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression)
    throws(TemplateError) -> TemplateValue
  {
    // The left of `or` is only tested: when it is not there, the right is taken.
    let left = op == .or ? try probe(leftExpression) : try evaluate(leftExpression)
    switch op {
    case .and: return left.isTruthy ? try evaluate(rightExpression) : left
    case .or: return left.isTruthy ? left : try evaluate(rightExpression)
    default: break
    }
    let right = try evaluate(rightExpression)
    for value in [left, right] {
      if case .undefined(let undefined) = value {
        record(undefined)
        return value
      }
    }
    switch op {
    case .equal: return .bool(left.isEqual(to: right))
    case .notEqual: return .bool(!left.isEqual(to: right))
    case .contains, .notContains:
      let found = try contains(right, left, at: rightExpression.range)
      return .bool(found == (op == .contains))
    case .concatenate:
      return .text(try text(left, at: leftExpression.range) + (try text(right, at: rightExpression.range)))
    default: break
    }
    let role = op.isComparison ? "比较“\(op.rawValue)”的两边" : "算术“\(op.rawValue)”的两边"
    let a = try number(left, role: role, at: leftExpression.range)
    let b = try number(right, role: role, at: rightExpression.range)
    switch op {
    case .less: return .bool(a < b)
    case .lessOrEqual: return .bool(a <= b)
    case .greater: return .bool(a > b)
    case .greaterOrEqual: return .bool(a >= b)
    case .add: return .number(a + b)
    case .subtract: return .number(a - b)
    case .multiply: return .number(a * b)
    case .divide, .remainder:
      guard !b.isZero else { throw error(.divisionByZero, at: rightExpression.range, data: right.dataRange) }
      return .number(op == .divide ? a / b : a - b * NumberFormat.truncated(a / b))
    default: return .none
    }
  }

  /// Whether `container` holds `item`: an element of a list, a key of a mapping, a part of a text.
  private func contains(_ container: TemplateValue, _ item: TemplateValue, at range: Range<Int>)
    throws(TemplateError) -> Bool
  {
    if let elements = container.elements { return elements.contains { $0.isEqual(to: item) } }
    if case .data(let node) = container, let entries = node.entries, let key = item.textValue {
      return entries.contains { $0.key == key }
    }
    if let text = container.textValue {
      guard let part = item.textValue ?? item.numberValue.map(NumberFormat.text) else { return false }
      return part.isEmpty || text.contains(part)
    }
    throw error(.typeMismatch(operation: "in", found: container.kindName), at: range, data: container.dataRange)
  }

  /// A value as a number, with a located error.
  func number(_ value: TemplateValue, role: String, at range: Range<Int>) throws(TemplateError) -> Decimal {
    do {
      return try value.number(role: role)
    } catch {
      throw self.error(error.kind, at: range, data: error.dataRange)
    }
  }

  /// A value as text for `~`, with a located error.
  private func text(_ value: TemplateValue, at range: Range<Int>) throws(TemplateError) -> String {
    do {
      return try value.printableText(role: "“~”连接")
    } catch {
      throw self.error(error.kind, at: range, data: error.dataRange)
    }
  }
}

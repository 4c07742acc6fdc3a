import Foundation

extension ExpressionParser {
  /// The attributes of `loop` inside a `for`.
  static let loopAttributes = ["index", "index0", "revindex", "revindex0", "first", "last", "length"]

  /// A primary with its keys and indexes, then filters and tests.
  mutating func parsePostfix() throws(TemplateError) -> Expression {
    try parsePostfix(after: try parsePrimary())
  }

  /// Keys, indexes, filters and tests after an already parsed primary.
  mutating func parsePostfix(after primary: Expression) throws(TemplateError) -> Expression {
    var expression = try parseAccessors(primary)
    while let token = current {
      if token.isSymbol("|") {
        position += 1
        let application = try parseFilter()
        expression = try bounded(
          Expression(
            kind: .filter(expression, application), range: expression.range.lowerBound..<application.range.upperBound))
      } else if token.isName("is") {
        position += 1
        let isNegated = skipName("not")
        guard let test = current, case .name(let name) = test.kind,
          name == "defined" || name == "undefined" || name == "none"
        else { throw unexpected("defined、undefined 或 none") }
        position += 1
        let kind: TestKind = name == "none" ? .none : .defined
        expression = try bounded(
          Expression(
            kind: .test(expression, kind, isNegated: isNegated != (name == "undefined")),
            range: expression.range.lowerBound..<test.range.upperBound))
      } else {
        break
      }
    }
    return expression
  }

  // MARK: - Primaries

  private mutating func parsePrimary() throws(TemplateError) -> Expression {
    guard let token = current else { throw unexpected("名称、数字或字符串") }
    switch token.kind {
    case .number(let number):
      position += 1
      return Expression(kind: .literal(.number(number)), range: token.range)
    case .string(let text):
      position += 1
      return Expression(kind: .literal(.text(text)), range: token.range)
    case .name(let name):
      switch name {
      case "true", "True": return literal(.bool(true), token)
      case "false", "False": return literal(.bool(false), token)
      case "none", "None": return literal(.none, token)
      case "and", "or", "not", "in", "is": throw unexpected("名称、数字或字符串")
      default:
        position += 1
        return Expression(kind: .path(PathExpression(root: .name(name), segments: [])), range: token.range)
      }
    case .symbol("("):
      position += 1
      let inner = try parseExpression()
      let close = try expectSymbol(")")
      return Expression(kind: inner.kind, range: token.range.lowerBound..<close.range.upperBound)
    case .symbol("["):
      position += 1
      var items: [Expression] = []
      while !(current?.isSymbol("]") ?? false) {
        items.append(try parseExpression())
        guard skipSymbol(",") else { break }
      }
      let close = try expectSymbol("]")
      return Expression(kind: .list(items), range: token.range.lowerBound..<close.range.upperBound)
    default:
      throw unexpected("名称、数字或字符串")
    }
  }

  private mutating func literal(_ value: TemplateValue, _ token: ExpressionToken) -> Expression {
    position += 1
    return Expression(kind: .literal(value), range: token.range)
  }

  // MARK: - Keys and indexes

  /// `.key`, `.0`, `[expression]` after a primary.
  private mutating func parseAccessors(_ primary: Expression) throws(TemplateError) -> Expression {
    var segments: [PathExpression.Segment] = []
    var end = primary.range.upperBound
    while let token = current, token.isSymbol(".") || token.isSymbol("[") {
      position += 1
      if token.isSymbol(".") {
        guard let next = current else { throw unexpected("名称") }
        switch next.kind {
        case .name(let name): segments.append(.key(name))
        case .number:
          // `.0` or `.0.1`, which the lexer reads as one number.
          for part in context.text(next.range).split(separator: ".") { segments.append(.index(Int(part) ?? 0)) }
        default: throw unexpected("名称")
        }
        position += 1
        end = next.range.upperBound
      } else {
        let index = try parseExpression()
        end = try expectSymbol("]").range.upperBound
        switch index.kind {
        case .literal(.text(let key)): segments.append(.key(key))
        case .literal(.number(let number)) where NumberFormat.smallInteger(number) != nil:
          segments.append(.index(NumberFormat.smallInteger(number)!))
        default: segments.append(.dynamic(index, text: context.text(index.range)))
        }
      }
    }
    let range = primary.range.lowerBound..<end
    if case .path(var path) = primary.kind {
      path.segments += segments
      try checkLoopAttribute(path, range: range)
      return Expression(kind: .path(path), range: range)
    }
    guard !segments.isEmpty else { return primary }
    return try bounded(
      Expression(kind: .path(PathExpression(root: .expression(primary), segments: segments)), range: range))
  }

  /// Inside a `for`, `loop` must be followed by one of its attributes.
  private func checkLoopAttribute(_ path: PathExpression, range: Range<Int>) throws(TemplateError) {
    guard isInLoop, case .name("loop") = path.root else { return }
    guard case .key(let attribute)? = path.segments.first else {
      throw context.error(.unknownLoopAttribute("", suggestion: "loop.index"), at: range)
    }
    guard Self.loopAttributes.contains(attribute) else {
      let suggestion = Suggestion.nearest(to: attribute, among: Self.loopAttributes)
      throw context.error(.unknownLoopAttribute(attribute, suggestion: suggestion), at: range)
    }
  }
}

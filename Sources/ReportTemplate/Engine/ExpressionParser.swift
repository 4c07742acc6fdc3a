import Foundation
import ReportText

/// Parses the tokens of one expression by recursive descent, with bounded depth.
///
/// Precedence, loosest first: `or`; `and`; `not`; comparisons and `in` (not chained); `~`; `+ -`; `* / %`;
/// unary `- +`; then a primary with its keys and indexes, followed by filters (`| name(args)`) and tests
/// (`is defined`). So `a + b | f` is `a + (b | f)` and `-x | f` is `-(x | f)`, as in Jinja; but a minus sign
/// written right before a number makes a negative literal, so `-1 | cn` is `(-1) | cn`.
struct ExpressionParser {
  static let depthLimit = 64

  let tokens: [ExpressionToken]
  let context: SyntaxContext
  /// Where the expression ends in the source, for errors about a missing part at the end.
  let endOffset: Int
  /// Whether the expression is inside a `for`, where `loop.` attributes are checked.
  let isInLoop: Bool
  var position = 0
  var depth = 0

  init(tokens: [ExpressionToken], context: SyntaxContext, endOffset: Int, isInLoop: Bool) {
    self.tokens = tokens
    self.context = context
    self.endOffset = endOffset
    self.isInLoop = isInLoop
  }

  // MARK: - Tokens

  var current: ExpressionToken? { position < tokens.count ? tokens[position] : nil }

  var isAtEnd: Bool { position >= tokens.count }

  func peek(_ offset: Int) -> ExpressionToken? {
    position + offset < tokens.count ? tokens[position + offset] : nil
  }

  mutating func advance() -> ExpressionToken {
    defer { position += 1 }
    return tokens[position]
  }

  /// An `unexpectedToken` error at the current token (or at the end).
  func unexpected(_ expected: String) -> TemplateError {
    guard let token = current else {
      return context.error(.unexpectedToken(found: "结尾", expected: expected), at: endOffset..<endOffset)
    }
    return context.error(.unexpectedToken(found: token.shown, expected: expected), at: token.range)
  }

  mutating func expectSymbol(_ symbol: String) throws(TemplateError) -> ExpressionToken {
    guard let token = current, token.isSymbol(symbol) else { throw unexpected("“\(symbol)”") }
    return advance()
  }

  mutating func skipSymbol(_ symbol: String) -> Bool {
    guard current?.isSymbol(symbol) == true else { return false }
    position += 1
    return true
  }

  mutating func skipName(_ name: String) -> Bool {
    guard current?.isName(name) == true else { return false }
    position += 1
    return true
  }

  /// Parses the whole token list as one expression.
  mutating func parseAll() throws(TemplateError) -> Expression {
    let expression = try parseExpression()
    guard isAtEnd else { throw unexpected("运算符或结尾") }
    return expression
  }

  // MARK: - Operators

  mutating func parseExpression() throws(TemplateError) -> Expression {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.depthLimit else {
      throw context.error(.nestingTooDeep(limit: Self.depthLimit), at: current?.range ?? endOffset..<endOffset)
    }
    return try parseOr()
  }

  private mutating func parseOr() throws(TemplateError) -> Expression {
    var left = try parseAnd()
    while skipName("or") { left = try binary(.or, left, try parseAnd()) }
    return left
  }

  private mutating func parseAnd() throws(TemplateError) -> Expression {
    var left = try parseNot()
    while skipName("and") { left = try binary(.and, left, try parseNot()) }
    return left
  }

  private mutating func parseNot() throws(TemplateError) -> Expression {
    guard let token = current, token.isName("not") else { return try parseComparison() }
    position += 1
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.depthLimit else {
      throw context.error(.nestingTooDeep(limit: Self.depthLimit), at: token.range)
    }
    let operand = try parseNot()
    return Expression(kind: .unary(.not, operand), range: token.range.lowerBound..<operand.range.upperBound)
  }

  private mutating func parseComparison() throws(TemplateError) -> Expression {
    let left = try parseConcatenation()
    guard let op = comparisonOperator() else { return left }
    let right = try parseConcatenation()
    if comparisonOperator() != nil {
      position -= 1
      throw unexpected("and、or 或结尾（比较不能连写，请用 and 连接两个比较）")
    }
    return try binary(op, left, right)
  }

  /// Consumes a comparison operator, `in` or `not in`.
  private mutating func comparisonOperator() -> BinaryOperator? {
    guard let token = current else { return nil }
    if case .symbol(let symbol) = token.kind, let op = BinaryOperator(rawValue: symbol), op.isComparison {
      position += 1
      return op
    }
    if token.isName("in") {
      position += 1
      return .contains
    }
    if token.isName("not"), peek(1)?.isName("in") == true {
      position += 2
      return .notContains
    }
    return nil
  }

  private mutating func parseConcatenation() throws(TemplateError) -> Expression {
    var left = try parseAdditive()
    while skipSymbol("~") { left = try binary(.concatenate, left, try parseAdditive()) }
    return left
  }

  private mutating func parseAdditive() throws(TemplateError) -> Expression {
    var left = try parseMultiplicative()
    while let token = current, token.isSymbol("+") || token.isSymbol("-") {
      position += 1
      left = try binary(token.isSymbol("+") ? .add : .subtract, left, try parseMultiplicative())
    }
    return left
  }

  private mutating func parseMultiplicative() throws(TemplateError) -> Expression {
    var left = try parseUnary()
    while let token = current, case .symbol(let symbol) = token.kind, symbol == "*" || symbol == "/" || symbol == "%" {
      position += 1
      left = try binary(BinaryOperator(rawValue: symbol)!, left, try parseUnary())
    }
    return left
  }

  private mutating func parseUnary() throws(TemplateError) -> Expression {
    guard let token = current, token.isSymbol("-") || token.isSymbol("+") else { return try parsePostfix() }
    if token.isSymbol("-"), let next = peek(1), case .number(let number) = next.kind,
      next.range.lowerBound == token.range.upperBound
    {
      position += 2
      let literal = Expression(kind: .literal(.number(-number)), range: token.range.lowerBound..<next.range.upperBound)
      return try parsePostfix(after: literal)
    }
    position += 1
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.depthLimit else {
      throw context.error(.nestingTooDeep(limit: Self.depthLimit), at: token.range)
    }
    let operand = try parseUnary()
    let range = token.range.lowerBound..<operand.range.upperBound
    if token.isSymbol("-"), case .literal(.number(let number)) = operand.kind {
      return Expression(kind: .literal(.number(-number)), range: range)
    }
    return Expression(kind: .unary(token.isSymbol("-") ? .minus : .plus, operand), range: range)
  }

  private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) throws(TemplateError)
    -> Expression
  {
    try bounded(Expression(kind: .binary(op, left, right), range: left.range.lowerBound..<right.range.upperBound))
  }

  /// `expression`, or an error when its tree is deeper than `depthLimit`.
  func bounded(_ expression: Expression) throws(TemplateError) -> Expression {
    guard expression.depth <= Self.depthLimit else {
      throw context.error(.nestingTooDeep(limit: Self.depthLimit), at: expression.range)
    }
    return expression
  }
}

import ReportText

/// Builds the nodes of a template file from its segments: matches blocks, parses every expression once.
struct TemplateParser {
  /// The deepest nesting of `if` and `for` blocks.
  static let nestingLimit = 100

  /// An open block while parsing.
  struct Frame {
    enum Kind {
      case root
      case conditional
      case loop
    }

    var kind: Kind
    /// The opening tag's name and bytes.
    var tagName: String
    var tagRange: Range<Int>
    /// The body being collected.
    var nodes: [TemplateNode] = []
    var branches: [Conditional.Branch] = []
    var pendingCondition: Expression?
    var isInElse = false
    var loop: LoopHeader?
    /// The body of a `for` before its `else`.
    var loopBody: [TemplateNode] = []
  }

  let context: SyntaxContext
  var frames: [Frame]

  init(context: SyntaxContext) {
    self.context = context
    self.frames = [Frame(kind: .root, tagName: "", tagRange: 0..<0)]
  }

  /// The nodes of `source`.
  static func parse(_ source: SourceText, path: String) throws(TemplateError) -> [TemplateNode] {
    var parser = TemplateParser(context: SyntaxContext(source: source, path: path))
    return try parser.parse()
  }

  mutating func parse() throws(TemplateError) -> [TemplateNode] {
    let segments = try TemplateScanner(context: context).scan()
    for segment in segments {
      switch segment.kind {
      case .text:
        if !segment.range.isEmpty { append(.text(Array(context.source.bytes[segment.range]))) }
      case .comment:
        break
      case .output:
        let tokens = try lex(segment.inner)
        guard !tokens.isEmpty else { throw context.error(.emptyExpression, at: segment.range) }
        let expression = try parseExpression(tokens, end: segment.inner.upperBound)
        append(DirectPath(expression).map(TemplateNode.directOutput) ?? .output(Output(expression: expression)))
      case .tag:
        try parseTag(segment)
      }
    }
    if frames.count > 1, let open = frames.last {
      let expected = open.kind == .loop ? "endfor" : "endif"
      throw context.error(.missingEnd(tag: open.tagName, expected: expected), at: open.tagRange)
    }
    return frames[0].nodes
  }

  mutating func append(_ node: TemplateNode) {
    frames[frames.count - 1].nodes.append(node)
  }

  /// Whether a `for` is open, so that `loop.` attributes are checked.
  var isInLoop: Bool { frames.contains { $0.kind == .loop } }

  func lex(_ range: Range<Int>) throws(TemplateError) -> [ExpressionToken] {
    do {
      return try ExpressionLexer(bytes: context.source.bytes).tokens(in: range)
    } catch {
      throw context.error(error.kind, at: error.range)
    }
  }

  func parseExpression(_ tokens: ArraySlice<ExpressionToken>, end: Int) throws(TemplateError) -> Expression {
    var parser = ExpressionParser(tokens: Array(tokens), context: context, endOffset: end, isInLoop: isInLoop)
    return try parser.parseAll()
  }

  func parseExpression(_ tokens: [ExpressionToken], end: Int) throws(TemplateError) -> Expression {
    try parseExpression(tokens[...], end: end)
  }
}

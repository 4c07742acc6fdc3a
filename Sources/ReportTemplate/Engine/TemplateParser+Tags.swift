extension TemplateParser {
  static let tagNames = ["if", "elif", "else", "endif", "for", "endfor", "set", "include"]

  /// One `{% %}` tag: opens, continues or closes a block, or is a statement.
  mutating func parseTag(_ segment: TemplateScanner.Segment) throws(TemplateError) {
    let tokens = try lex(segment.inner)
    guard let first = tokens.first, case .name(let name) = first.kind else {
      let found = tokens.first.map { context.text($0.range) } ?? ""
      throw context.error(.unknownTag(found, suggestion: nil), at: tokens.first?.range ?? segment.range)
    }
    let rest = tokens[1...]
    let end = segment.inner.upperBound
    switch name {
    case "if":
      try requireExpression(rest, tag: name, usage: "{% if 条件 %}", segment: segment)
      guard frames.count <= Self.nestingLimit else {
        throw context.error(.nestingTooDeep(limit: Self.nestingLimit), at: segment.range)
      }
      var frame = Frame(kind: .conditional, tagName: "if", tagRange: segment.range)
      frame.pendingCondition = try parseExpression(rest, end: end)
      frames.append(frame)
    case "elif":
      try requireExpression(rest, tag: name, usage: "{% elif 条件 %}", segment: segment)
      guard let top = frames.last, top.kind == .conditional, !top.isInElse else {
        throw context.error(.unexpectedTag("elif"), at: segment.range)
      }
      let condition = try parseExpression(rest, end: end)
      closeBranch()
      frames[frames.count - 1].pendingCondition = condition
    case "else":
      try requireNothing(rest)
      guard let top = frames.last, top.kind != .root, !top.isInElse else {
        throw context.error(.unexpectedTag("else"), at: segment.range)
      }
      if top.kind == .conditional {
        closeBranch()
      } else {
        frames[frames.count - 1].loopBody = top.nodes
        frames[frames.count - 1].nodes = []
      }
      frames[frames.count - 1].isInElse = true
    case "endif", "endfor":
      try requireNothing(rest)
      try closeBlock(name, segment: segment)
    case "for":
      try openLoop(rest, segment: segment)
    case "set":
      guard rest.count >= 3, case .name(let variable) = rest[rest.startIndex].kind,
        rest[rest.startIndex + 1].isSymbol("=")
      else { throw context.error(.invalidTagSyntax(tag: "set", usage: "{% set 名称 = 表达式 %}"), at: segment.range) }
      let value = try parseExpression(rest.dropFirst(2), end: end)
      append(.assignment(Assignment(name: variable, value: value, tagRange: segment.range)))
    case "include":
      guard rest.count == 1, case .string(let included) = rest[rest.startIndex].kind else {
        throw context.error(.invalidTagSyntax(tag: "include", usage: "{% include \"文件名\" %}"), at: segment.range)
      }
      append(.include(Include(name: included, tagRange: segment.range)))
    default:
      let suggestion = Suggestion.nearest(to: name, among: Self.tagNames)
      throw context.error(.unknownTag(name, suggestion: suggestion), at: first.range)
    }
  }

  private func requireExpression(
    _ tokens: ArraySlice<ExpressionToken>, tag: String, usage: String, segment: TemplateScanner.Segment
  ) throws(TemplateError) {
    guard tokens.isEmpty else { return }
    throw context.error(.invalidTagSyntax(tag: tag, usage: usage), at: segment.range)
  }

  private func requireNothing(_ tokens: ArraySlice<ExpressionToken>) throws(TemplateError) {
    guard let extra = tokens.first else { return }
    throw context.error(.unexpectedToken(found: extra.shown, expected: "“%}”"), at: extra.range)
  }

  /// Ends the branch being collected in the innermost `if`.
  private mutating func closeBranch() {
    let top = frames.count - 1
    if let condition = frames[top].pendingCondition {
      frames[top].branches.append(Conditional.Branch(condition: condition, body: frames[top].nodes))
    }
    frames[top].pendingCondition = nil
    frames[top].nodes = []
  }

  private mutating func closeBlock(_ name: String, segment: TemplateScanner.Segment) throws(TemplateError) {
    guard let top = frames.last, top.kind != .root else { throw context.error(.unexpectedTag(name), at: segment.range) }
    let expected = top.kind == .loop ? "endfor" : "endif"
    guard name == expected else {
      let line = context.source.location(of: top.tagRange.lowerBound).line
      throw context.error(.mismatchedEnd(found: name, expected: expected, openingLine: line), at: segment.range)
    }
    var frame = frames.removeLast()
    if frame.kind == .conditional {
      if frame.isInElse {
        append(.conditional(Conditional(branches: frame.branches, elseBody: frame.nodes, tagRange: frame.tagRange)))
      } else {
        if let condition = frame.pendingCondition {
          frame.branches.append(Conditional.Branch(condition: condition, body: frame.nodes))
        }
        append(.conditional(Conditional(branches: frame.branches, elseBody: [], tagRange: frame.tagRange)))
      }
    } else if let header = frame.loop {
      let body = frame.isInElse ? frame.loopBody : frame.nodes
      append(.loop(Loop(header: header, body: body, elseBody: frame.isInElse ? frame.nodes : [])))
    }
  }

  /// `for value in iterable` or `for key, value in mapping`.
  private mutating func openLoop(_ tokens: ArraySlice<ExpressionToken>, segment: TemplateScanner.Segment)
    throws(TemplateError)
  {
    let usage = "{% for 项 in 列表 %} 或 {% for 键, 值 in 映射 %}"
    var names: [String] = []
    var index = tokens.startIndex
    while index < tokens.endIndex, case .name(let name) = tokens[index].kind, name != "in" {
      names.append(name)
      index += 1
      if index < tokens.endIndex && tokens[index].isSymbol(",") { index += 1 } else { break }
    }
    guard (1...2).contains(names.count), index < tokens.endIndex, tokens[index].isName("in"),
      index + 1 < tokens.endIndex
    else { throw context.error(.invalidTagSyntax(tag: "for", usage: usage), at: segment.range) }
    guard frames.count <= Self.nestingLimit else {
      throw context.error(.nestingTooDeep(limit: Self.nestingLimit), at: segment.range)
    }
    let iterable = try parseExpression(tokens[(index + 1)...], end: segment.inner.upperBound)
    var frame = Frame(kind: .loop, tagName: "for", tagRange: segment.range)
    frame.loop = LoopHeader(
      keyName: names.count == 2 ? names[0] : nil, valueName: names[names.count - 1], iterable: iterable,
      tagRange: segment.range)
    frames.append(frame)
  }
}

extension ExpressionParser {
  /// `name` or `name(arguments)` after `|`, matched to the filter's parameters.
  mutating func parseFilter() throws(TemplateError) -> FilterApplication {
    guard let nameToken = current, case .name(let name) = nameToken.kind else { throw unexpected("过滤器名称") }
    position += 1
    guard let filter = Filter.named(name) else {
      let suggestion = Suggestion.nearest(to: name, among: Filter.all.map(\.name))
      throw context.error(.unknownFilter(name, suggestion: suggestion), at: nameToken.range)
    }
    var arguments = [Expression?](repeating: nil, count: filter.parameters.count)
    var end = nameToken.range.upperBound
    if let open = current, open.isSymbol("(") {
      position += 1
      var positional = 0
      var sawKeyword = false
      while !(current?.isSymbol(")") ?? false) {
        if let token = current, case .name(let keyword) = token.kind, peek(1)?.isSymbol("=") == true {
          position += 2
          guard let index = filter.parameters.firstIndex(where: { $0.name == keyword }) else {
            throw context.error(.wrongFilterArguments(filter: name, reason: "没有名为 \(keyword) 的参数"), at: token.range)
          }
          guard arguments[index] == nil else {
            throw context.error(.wrongFilterArguments(filter: name, reason: "参数 \(keyword) 给了两次"), at: token.range)
          }
          arguments[index] = try parseExpression()
          sawKeyword = true
        } else {
          let argument = try parseExpression()
          guard !sawKeyword else {
            throw context.error(
              .wrongFilterArguments(filter: name, reason: "按位置给的参数要写在按名称给的参数之前"), at: argument.range)
          }
          guard positional < arguments.count else {
            let reason = filter.parameters.isEmpty ? "不接受参数" : "最多 \(filter.parameters.count) 个参数"
            throw context.error(.wrongFilterArguments(filter: name, reason: reason), at: argument.range)
          }
          arguments[positional] = argument
          positional += 1
        }
        guard skipSymbol(",") else { break }
      }
      end = try expectSymbol(")").range.upperBound
    }
    let range = nameToken.range.lowerBound..<end
    for (index, parameter) in filter.parameters.enumerated() where parameter.isRequired && arguments[index] == nil {
      throw context.error(.wrongFilterArguments(filter: name, reason: "缺少参数 \(parameter.name)"), at: range)
    }
    return FilterApplication(filter: filter, arguments: arguments, nameRange: nameToken.range, range: range)
  }
}

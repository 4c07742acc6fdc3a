/// Loads every template reachable by `{% include %}` from a root, before anything is rendered.
///
/// Includes name string literals only, so the whole include graph is known when the template is made: a missing
/// file, a name outside the folder, a cycle or a chain deeper than `depthLimit` is an error at once, even in a
/// branch the data would never take. Each template is visited once (its depth below is remembered), so shared
/// parts cost nothing extra and no input makes the walk exponential.
struct IncludeResolver {
  /// The deepest chain of includes: the root includes at depth 1.
  static let depthLimit = 16

  let loader: TemplateLoader
  /// Every template met, the root first.
  var units: [TemplateUnit]
  /// Unit index by include name.
  var indexByName: [String: Int] = [:]
  /// For each finished unit, the longest chain of includes below it, and the include that starts that chain.
  var heights: [Int: (height: Int, child: (unit: Int, site: Range<Int>)?)] = [:]
  /// The includes being followed: the including unit and its include tag.
  var stack: [IncludeFrame] = []

  init(loader: TemplateLoader, root: TemplateUnit) {
    self.loader = loader
    self.units = [root]
    if let name = root.name { indexByName[name] = 0 }
  }

  /// Visits the graph from the root.
  mutating func resolve() throws(TemplateError) {
    _ = try visit(0)
  }

  /// The height of unit `index`: the longest chain of includes below it.
  private mutating func visit(_ index: Int) throws(TemplateError) -> Int {
    var best: (height: Int, child: (unit: Int, site: Range<Int>)?) = (0, nil)
    for include in Self.includes(in: units[index].nodes) {
      let child = try load(include, from: index)
      let height: Int
      if let known = heights[child] {
        height = known.height
      } else {
        stack.append(IncludeFrame(unit: index, bytes: include.tagRange))
        height = try visit(child)
        stack.removeLast()
      }
      if stack.count + 1 + height > Self.depthLimit {
        try throwTooDeep(from: index, include: include, child: child)
      }
      if height + 1 > best.height { best = (height + 1, (child, include.tagRange)) }
    }
    heights[index] = best
    return best.height
  }

  /// The unit an include names, loaded if new; a cycle when it is on the stack.
  private mutating func load(_ include: Include, from index: Int) throws(TemplateError) -> Int {
    let context = SyntaxContext(source: units[index].source, path: units[index].path)
    let child: Int
    if let known = indexByName[include.name] {
      child = known
    } else {
      do {
        units.append(try loader.unit(named: include.name, site: include.tagRange, context: context))
      } catch {
        // Errors about the include tag belong to the including file; others are inside the included one.
        switch error.kind {
        case .includeNotFound, .includeOutsideFolder, .includeUnreadable: throw located(error)
        default: throw located(error, through: IncludeFrame(unit: index, bytes: include.tagRange))
        }
      }
      child = units.count - 1
      indexByName[include.name] = child
    }
    let onStack = stack.map(\.unit) + [index]
    if onStack.contains(child) {
      let chain = onStack.drop { $0 != child }.map { units[$0].path } + [units[child].path]
      throw located(context.error(.includeCycle(chain: chain), at: include.tagRange))
    }
    return child
  }

  /// The error for a chain too deep: at the include tag that goes past the limit, with the chain to it.
  private func throwTooDeep(from index: Int, include: Include, child: Int) throws(TemplateError) {
    var frames = stack + [IncludeFrame(unit: index, bytes: include.tagRange)]
    var current = child
    while frames.count < Self.depthLimit + 1, let next = heights[current]?.child {
      frames.append(IncludeFrame(unit: current, bytes: next.site))
      current = next.unit
    }
    let last = frames.removeLast()
    let chain = (frames.map(\.unit) + [last.unit]).map { units[$0].path }
    let context = SyntaxContext(source: units[last.unit].source, path: units[last.unit].path)
    var error = context.error(.includeTooDeep(chain: chain, limit: Self.depthLimit), at: last.bytes)
    error.includeStack = frames.map { site(of: $0) }
    throw error
  }

  /// `error` with the include stack of the current walk (and `last`, when the error is in the included file).
  private func located(_ error: TemplateError, through last: IncludeFrame? = nil) -> TemplateError {
    var error = error
    error.includeStack = (stack + (last.map { [$0] } ?? [])).map { site(of: $0) }
    return error
  }

  func site(of frame: IncludeFrame) -> IncludeSite {
    let unit = units[frame.unit]
    return IncludeSite(path: unit.path, location: unit.source.location(of: frame.bytes.lowerBound))
  }

  /// The include tags of `nodes`, in order, in every branch.
  static func includes(in nodes: [TemplateNode]) -> [Include] {
    var found: [Include] = []
    for node in nodes {
      switch node {
      case .include(let include): found.append(include)
      case .conditional(let conditional):
        for branch in conditional.branches { found += includes(in: branch.body) }
        found += includes(in: conditional.elseBody)
      case .loop(let loop): found += includes(in: loop.body) + includes(in: loop.elseBody)
      case .text, .output, .directOutput, .assignment: break
      }
    }
    return found
  }
}

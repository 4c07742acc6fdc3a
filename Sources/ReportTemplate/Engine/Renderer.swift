import Foundation
import ReportData
import ReportText

/// Renders parsed nodes with data into a byte buffer: one pass over the tree, no parsing, no string building on
/// the common path.
///
/// Variables live in one array searched from the end (the innermost first); a `for` pushes `loop` and its
/// variables and rebinds them in place for each item; a block's `set`s are dropped when the block ends. Paths for
/// messages are built only when a value is missing, from where each variable came from (`Origin`).
struct Renderer {
  let units: [TemplateUnit]
  let unitIndex: [String: Int]
  let root: DataNode
  let dataSource: SourceText?
  let allowsMissing: Bool
  /// The output, UTF-8.
  var out: [UInt8] = []
  var variables: [Variable] = []
  var frames: [LoopFrame] = []
  /// The missing paths in the order met, each place once.
  var missing: [MissingPath] = []
  var missingKeys: Set<MissingKey> = []
  /// The includes being rendered, outermost first.
  var includes: [IncludeFrame] = []
  /// The unit being rendered.
  var unit = 0
  /// How many blocks and includes are open, across files.
  var depth = 0
  /// Whether the value being evaluated is only tested for being there (`is defined`, `default`, `if name`), so an
  /// undefined value is neither described nor recorded.
  var isProbing = false
  /// Bounds of one render (see `RenderOptions`).
  var outputLimit = RenderOptions.defaultOutputLimit
  var iterationLimit = RenderOptions.defaultIterationLimit
  /// Loop iterations run so far, all loops together.
  var iterations = 0

  /// The most blocks and includes open at once, across included files: each file allows 100 and includes go 16
  /// deep, and rendering recurses, so the whole is bounded to keep within a thread's stack.
  static let nestingLimit = 200

  init(units: [TemplateUnit], unitIndex: [String: Int], root: DataNode, dataSource: SourceText?, allowsMissing: Bool) {
    self.units = units
    self.unitIndex = unitIndex
    self.root = root
    self.dataSource = dataSource
    self.allowsMissing = allowsMissing
    // The output is usually about as long as the data and the templates together.
    let estimate = units.reduce(0) { $0 + $1.source.bytes.count } + (dataSource?.bytes.count ?? 0)
    out.reserveCapacity(max(4096, estimate))
  }

  // MARK: - Nodes

  mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
    var position = 0
    while position < nodes.count {
      defer { position += 1 }
      switch nodes[position] {
      case .text(let bytes):
        out.append(contentsOf: bytes)
      case .directOutput(let path):
        if appendDirectly(path) { continue }
        try append(try evaluate(path.expression), range: path.expression.range)
      case .output(let output):
        try append(try evaluate(output.expression), range: output.expression.range)
        if out.count > outputLimit {
          throw error(.outputTooLarge(limit: outputLimit), at: output.expression.range)
        }
      case .conditional(let conditional):
        var body = conditional.elseBody
        for branch in conditional.branches where try probe(branch.condition).isTruthy {
          body = branch.body
          break
        }
        guard !body.isEmpty else { continue }
        try enter(conditional.tagRange)
        try render(body)
        depth -= 1
      case .loop(let loop):
        try enter(loop.tagRange)
        try render(loop)
        depth -= 1
      case .assignment(let assignment):
        let value = try evaluate(assignment.value)
        let origin: Origin =
          if case .path = assignment.value.kind {
            .expression(assignment.value, unit: unit, limit: variables.count)
          } else { .own }
        variables.append(Variable(name: assignment.name, binding: .value(value), origin: origin))
      case .include(let include):
        guard let target = unitIndex[include.name] else { continue }
        try enter(include.tagRange)
        let (savedUnit, mark) = (unit, variables.count)
        includes.append(IncludeFrame(unit: unit, bytes: include.tagRange))
        unit = target
        try render(units[target].nodes)
        unit = savedUnit
        includes.removeLast()
        variables.removeLast(variables.count - mark)
        depth -= 1
      }
    }
  }

  /// The value of an expression whose absence is not missing data: a plain path is probed (see `isProbing`),
  /// anything else evaluated as usual.
  mutating func probe(_ expression: Expression) throws(TemplateError) -> TemplateValue {
    guard case .path = expression.kind, !isProbing else { return try evaluate(expression) }
    isProbing = true
    defer { isProbing = false }
    return try evaluate(expression)
  }

  /// Opens a block or include at `tag`; an error past `nestingLimit`.
  private mutating func enter(_ tag: Range<Int>) throws(TemplateError) {
    depth += 1
    guard depth <= Self.nestingLimit else { throw error(.nestingTooDeep(limit: Self.nestingLimit), at: tag) }
  }

  /// A `for`: over a list, a data sequence, or a data mapping with two variables.
  mutating func render(_ loop: Loop) throws(TemplateError) {
    if let direct = loop.direct, loop.keyName == nil, case .sequence(let sequence)? = directValue(direct),
      !sequence.allSatisfy(\.isBlank)
    {
      guard !sequence.isEmpty else { return try render(loop.elseBody) }
      return try iterate(loop, count: sequence.count, items: [], nodes: sequence, entries: [])
    }
    let iterable = try evaluate(loop.iterable)
    var items: [TemplateValue] = []
    var nodes: [DataNode] = []
    var entries: [DataEntry] = []
    var isMapping = false
    switch iterable {
    case .undefined(let undefined):
      record(undefined)
      if allowsMissing { out.append(contentsOf: MissingPath.placeholder(for: undefined.path).utf8) }
      return
    case .none:
      break
    case .list(let list):
      items = list
    case .data(let node):
      switch node.value {
      case .sequence(let sequence): nodes = sequence
      case .mapping(let mapping):
        guard loop.keyName != nil else {
          throw error(.notIterable(kind: "映射", isMapping: true), at: loop.iterable.range, data: node.range)
        }
        entries = mapping
        isMapping = true
      default:
        throw error(.notIterable(kind: iterable.kindName, isMapping: false), at: loop.iterable.range, data: node.range)
      }
    default:
      throw error(.notIterable(kind: iterable.kindName, isMapping: false), at: loop.iterable.range)
    }
    if !isMapping && loop.keyName != nil && !(items.isEmpty && nodes.isEmpty) {
      throw error(.typeMismatch(operation: "两个循环变量（for 键, 值）", found: "列表"), at: loop.iterable.range)
    }
    let count = isMapping ? entries.count : items.count + nodes.count
    guard count > 0 else { return try render(loop.elseBody) }
    try iterate(loop, count: count, items: items, nodes: nodes, entries: entries)
  }

  @inline(__always)
  static func isNull(_ node: DataNode) -> Bool {
    if case .null = node.value { return true }
    return false
  }

  /// Renders the body once per item of `items` or `nodes`, or per entry of `entries` (one of them is not empty).
  private mutating func iterate(
    _ loop: Loop, count: Int, items: [TemplateValue], nodes: [DataNode], entries: [DataEntry]
  ) throws(TemplateError) {
    let mark = variables.count
    frames.append(
      LoopFrame(iterable: loop.iterable, unit: unit, limit: mark, index: 0, length: count, nodes: nodes, key: nil))
    let frame = frames.count - 1
    variables.append(Variable(name: "loop", binding: .loop(frame), origin: .own))
    let isMapping = !entries.isEmpty
    if let keyName = loop.keyName { variables.append(Variable(name: keyName, binding: .value(.none), origin: .own)) }
    variables.append(
      Variable(name: loop.valueName, binding: .value(.none), origin: isMapping ? .entry(frame) : .item(frame)))
    let valueSlot = variables.count - 1
    let bodyMark = variables.count
    for index in 0..<count {
      iterations += 1
      if iterations > iterationLimit { throw error(.tooManyIterations(limit: iterationLimit), at: loop.tagRange) }
      if out.count > outputLimit { throw error(.outputTooLarge(limit: outputLimit), at: loop.tagRange) }
      frames[frame].index = index
      if isMapping {
        frames[frame].key = entries[index].key
        variables[valueSlot - 1].binding = .value(.text(entries[index].key))
        variables[valueSlot].binding = .value(.data(entries[index].value))
      } else if !nodes.isEmpty {
        variables[valueSlot].binding = .item(frame)
      } else {
        variables[valueSlot].binding = .value(items[index])
      }
      if isMapping ? Self.isNull(entries[index].value) : !nodes.isEmpty && Self.isNull(nodes[index]) {
        variables[valueSlot].binding = .value(.undefined(blank(path: path(ofVariableAt: valueSlot), at: loop.tagRange)))
      }
      try render(loop.body)
      if variables.count > bodyMark { variables.removeLast(variables.count - bodyMark) }
    }
    frames.removeLast()
    variables.removeLast(variables.count - mark)
  }
}

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

  init(units: [TemplateUnit], unitIndex: [String: Int], root: DataNode, dataSource: SourceText?, allowsMissing: Bool) {
    self.units = units
    self.unitIndex = unitIndex
    self.root = root
    self.dataSource = dataSource
    self.allowsMissing = allowsMissing
    let estimate = units.reduce(0) { $0 + $1.source.bytes.count }
    out.reserveCapacity(max(4096, estimate * 2))
  }

  // MARK: - Nodes

  mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
    for node in nodes {
      switch node {
      case .text(let bytes):
        out.append(contentsOf: bytes)
      case .output(let expression):
        try append(try evaluate(expression), range: expression.range)
      case .conditional(let conditional):
        var isTaken = false
        for branch in conditional.branches where try evaluate(branch.condition).isTruthy {
          try render(branch.body)
          isTaken = true
          break
        }
        if !isTaken { try render(conditional.elseBody) }
      case .loop(let loop):
        try render(loop)
      case .assignment(let assignment):
        let value = try evaluate(assignment.value)
        let origin: Origin =
          if case .path = assignment.value.kind {
            .expression(assignment.value, unit: unit, limit: variables.count)
          } else { .own }
        variables.append(Variable(name: assignment.name, binding: .value(value), origin: origin))
      case .include(let include):
        guard let target = unitIndex[include.name] else { continue }
        let (savedUnit, mark) = (unit, variables.count)
        includes.append(IncludeFrame(unit: unit, bytes: include.tagRange))
        unit = target
        try render(units[target].nodes)
        unit = savedUnit
        includes.removeLast()
        variables.removeSubrange(mark...)
      }
    }
  }

  /// A `for`: over a list, a data sequence, or a data mapping with two variables.
  mutating func render(_ loop: Loop) throws(TemplateError) {
    let iterable = try evaluate(loop.iterable)
    var items: [TemplateValue] = []
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
      case .sequence(let sequence): items = sequence.map { .data($0) }
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
    if !isMapping && loop.keyName != nil && !items.isEmpty {
      throw error(.typeMismatch(operation: "两个循环变量（for 键, 值）", found: "列表"), at: loop.iterable.range)
    }
    let count = isMapping ? entries.count : items.count
    guard count > 0 else { return try render(loop.elseBody) }
    try iterate(loop, count: count, items: items, entries: entries)
  }

  private mutating func iterate(_ loop: Loop, count: Int, items: [TemplateValue], entries: [DataEntry])
    throws(TemplateError)
  {
    let mark = variables.count
    frames.append(LoopFrame(iterable: loop.iterable, unit: unit, limit: mark, index: 0, length: count, key: nil))
    let frame = frames.count - 1
    variables.append(Variable(name: "loop", binding: .loop(frame), origin: .own))
    let isMapping = !entries.isEmpty
    if let keyName = loop.keyName { variables.append(Variable(name: keyName, binding: .value(.none), origin: .own)) }
    variables.append(Variable(name: loop.valueName, binding: .value(.none), origin: isMapping ? .entry(frame) : .item(frame)))
    let valueSlot = variables.count - 1
    let bodyMark = variables.count
    for index in 0..<count {
      frames[frame].index = index
      var value: TemplateValue
      if isMapping {
        let entry = entries[index]
        frames[frame].key = entry.key
        variables[valueSlot - 1].binding = .value(.text(entry.key))
        value = .data(entry.value)
      } else {
        value = items[index]
      }
      if case .data(let node) = value, case .null = node.value {
        value = .undefined(blank(path: path(ofVariableAt: valueSlot), at: loop.tagRange))
      }
      variables[valueSlot].binding = .value(value)
      try render(loop.body)
      if variables.count > bodyMark { variables.removeSubrange(bodyMark...) }
    }
    frames.removeLast()
    variables.removeSubrange(mark...)
  }
}

import ReportText

/// Walks the parsed templates and lists the data paths they read; see `Template.slots()`.
struct SlotCollector {
  /// What a name stands for while walking.
  enum Binding {
    /// A data path (`成绩[]` for a loop item).
    case path(String)
    /// `loop` or a value that is not data.
    case other
  }

  let units: [TemplateUnit]
  let unitIndex: [String: Int]
  var slots: [Slot] = []
  var slotIndex: [String: Int] = [:]
  var scope: [(name: String, binding: Binding)] = []
  var includes: [IncludeFrame] = []
  var unit = 0
  /// Units already walked with the same bindings, so shared parts are walked once.
  var walked: Set<String> = []
  /// Includes open; the walk stops where rendering would fail for depth.
  var depth = 0
  /// Paths tested by the conditions around the node being walked.
  var guardedPaths: [String] = []

  init(units: [TemplateUnit], unitIndex: [String: Int]) {
    self.units = units
    self.unitIndex = unitIndex
  }

  mutating func walk(_ nodes: [TemplateNode]) {
    for node in nodes {
      switch node {
      case .text: break
      case .output(let output): collect(output.expression, role: .output)
      case .directOutput(let path): collect(path.expression, role: .output)
      case .conditional(let conditional):
        for branch in conditional.branches {
          collect(branch.condition, role: .condition, isTruthTest: true)
          // Inside `{% if x %}` or `{% if x is defined %}` the template copes with x missing.
          let mark = guardedPaths.count
          guardedPaths += tested(branch.condition)
          walk(branch.body)
          guardedPaths.removeSubrange(mark...)
        }
        walk(conditional.elseBody)
      case .loop(let loop):
        collect(loop.iterable, role: .loop)
        let mark = scope.count
        let base = path(of: loop.iterable)
        scope.append(("loop", .other))
        if let keyName = loop.keyName { scope.append((keyName, .other)) }
        let item = base.map { loop.keyName == nil ? $0 + "[]" : $0 + ".*" }
        scope.append((loop.valueName, item.map(Binding.path) ?? .other))
        walk(loop.body)
        scope.removeSubrange(mark...)
        walk(loop.elseBody)
      case .assignment(let assignment):
        collect(assignment.value, role: .assignment, isGuarded: true)
        scope.append((assignment.name, path(of: assignment.value).map(Binding.path) ?? .other))
      case .include(let include):
        guard let target = unitIndex[include.name], depth < IncludeResolver.depthLimit else { continue }
        let key = "\(target)|" + scope.map { "\($0.name)=\($0.binding)" }.joined(separator: ",")
        guard walked.insert(key).inserted else { continue }
        let (saved, mark) = (unit, scope.count)
        includes.append(IncludeFrame(unit: unit, bytes: include.tagRange))
        unit = target
        depth += 1
        walk(units[target].nodes)
        depth -= 1
        unit = saved
        includes.removeLast()
        scope.removeSubrange(mark...)
      }
    }
  }

  /// The data paths a condition requires to be present for its branch to run: a bare path, `x is
  /// defined`, and both sides of `and`.
  func tested(_ condition: Expression) -> [String] {
    switch condition.kind {
    case .path: return path(of: condition).map { [$0] } ?? []
    case .test(let operand, _, let isNegated) where !isNegated: return path(of: operand).map { [$0] } ?? []
    case .binary(.and, let left, let right): return tested(left) + tested(right)
    default: return []
    }
  }

  /// True when an enclosing condition tested `path` itself. (What lies under it is still needed when
  /// the value is there: `{% if 会议 is defined %}{{ 会议.日期 }}` makes 会议 optional, not 会议.日期.)
  func isUnderGuard(_ path: String) -> Bool {
    guardedPaths.contains(path)
  }

  /// Records the paths an expression reads.
  mutating func collect(_ expression: Expression, role: Slot.Role, isGuarded: Bool = false, isTruthTest: Bool = false) {
    switch expression.kind {
    case .literal: break
    case .path(let path):
      if let text = self.path(of: expression) {
        add(text, expression.range, role: role, isGuarded: isGuarded || isTruthTest)
      }
      if case .expression(let inner) = path.root { collect(inner, role: role, isGuarded: isGuarded) }
      for case .dynamic(let inner, _) in path.segments { collect(inner, role: .argument, isGuarded: isGuarded) }
    case .list(let items):
      for item in items { collect(item, role: role, isGuarded: isGuarded) }
    case .unary(let op, let operand):
      collect(operand, role: role, isGuarded: isGuarded, isTruthTest: op == .not)
    case .binary(let op, let left, let right):
      let isLogical = op == .and || op == .or
      let operandRole: Slot.Role = op.isComparison ? .condition : role
      collect(left, role: operandRole, isGuarded: isGuarded, isTruthTest: isLogical)
      collect(right, role: operandRole, isGuarded: isGuarded, isTruthTest: isLogical && isTruthTest)
    case .filter(let input, let application):
      collect(input, role: role, isGuarded: isGuarded || application.filter.acceptsUndefinedInput)
      for case let argument? in application.arguments { collect(argument, role: .argument, isGuarded: isGuarded) }
    case .test(let operand, _, _):
      collect(operand, role: .condition, isGuarded: true)
    }
  }

  /// The data path an expression reads, or `nil` when it reads no data path (a literal, `loop`, a variable bound to
  /// something else, an operation).
  func path(of expression: Expression) -> String? {
    guard case .path(let path) = expression.kind, case .name(let name) = path.root else { return nil }
    var text: String
    if let bound = scope.last(where: { $0.name == name }) {
      guard case .path(let base) = bound.binding else { return nil }
      text = base
    } else {
      text = name
    }
    for segment in path.segments {
      switch segment {
      case .key(let key): text = Renderer.appending(key: key, to: text)
      case .index(let index): text += "[\(index)]"
      case .dynamic: return text
      }
    }
    return text
  }

  private mutating func add(_ path: String, _ bytes: Range<Int>, role: Slot.Role, isGuarded: Bool) {
    let source = units[unit].source
    let use = Slot.Use(
      templatePath: units[unit].path, range: source.range(bytes), includeStack: includes.map(site), role: role,
      isGuarded: isGuarded || isUnderGuard(path))
    if let index = slotIndex[path] {
      if !slots[index].uses.contains(use) { slots[index].uses.append(use) }
    } else {
      slotIndex[path] = slots.count
      slots.append(Slot(path: path, uses: [use]))
    }
  }

  private func site(_ frame: IncludeFrame) -> IncludeSite {
    let unit = units[frame.unit]
    return IncludeSite(path: unit.path, location: unit.source.location(of: frame.bytes.lowerBound))
  }
}

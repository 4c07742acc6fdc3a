import ReportText
extension DataNode {
  /// The node at `path` below this one, or nil when a step is missing.
  ///
  /// A step names a key of a mapping, or an item of a sequence by its 0-based index written in ASCII digits
  /// (`["重点项目", "0", "名称"]`). An empty path is this node.
  public func lookup(_ path: [String]) -> DataNode? {
    var node = self
    for step in path {
      guard let next = node.child(step) else { return nil }
      node = next
    }
    return node
  }

  /// The child named by one step of a path: a key of a mapping or a 0-based index into a sequence.
  func child(_ step: String) -> DataNode? {
    switch value {
    case .mapping(let entries):
      return entries.first { $0.key == step }?.value
    case .sequence(let items):
      guard let index = Self.index(step), index < items.count else { return nil }
      return items[index]
    case .text, .null:
      return nil
    }
  }

  /// The value of a step written in ASCII digits only, or nil.
  static func index(_ step: String) -> Int? {
    guard !step.isEmpty, step.utf8.count <= 18, step.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    return Int(step)
  }

  // MARK: - Suggestions

  /// The path to suggest when `lookup(path)` finds nothing — for "did you mean 财政收入?" — or nil.
  ///
  /// Looks at the first step of `path` that is missing. Candidates are the keys beside it (in the mapping
  /// where that step failed) and the keys at the same depth anywhere else in the tree (a key put under the
  /// wrong parent, or written in another item of a list). A candidate fits when its edit distance to the
  /// missing step — insertions, deletions, substitutions and swaps of neighbours, in Unicode scalars, with ASCII
  /// case ignored — is at most 1 for steps of up to five characters and at most a third of the length for longer
  /// ones. The nearest wins; ties go to keys beside the missing one, then to the first written. The answer is the
  /// suggested path joined with "." (indices as numbers), with the steps after the missing one kept:
  /// `["经济", "财正收入"]` → "经济.财政收入".
  ///
  /// Nil when the path exists, when a step indexes past the end of a sequence or into a scalar, or when no key
  /// is near enough.
  public func suggestion(for path: [String]) -> String? {
    var node = self
    var depth = 0
    while depth < path.count, let next = node.child(path[depth]) {
      node = next
      depth += 1
    }
    guard depth < path.count, case .mapping(let siblings) = node.value else { return nil }
    let missing = path[depth]
    let limit = EditDistance.limit(forLength: missing.unicodeScalars.count)
    var best: (distance: Int, path: [String])?
    for entry in siblings {
      if let d = EditDistance.distance(missing, entry.key, limit: limit), d < (best?.distance ?? Int.max) {
        best = (d, Array(path[..<depth]) + [entry.key])
      }
    }
    for (keyPath, key) in keys(atDepth: depth) where keyPath.count == depth + 1 {
      if keyPath.prefix(depth).elementsEqual(path.prefix(depth)) { continue }
      if let d = EditDistance.distance(missing, key, limit: limit), d < (best?.distance ?? Int.max) {
        best = (d, keyPath)
      }
    }
    guard let best else { return nil }
    return (best.path + path[(depth + 1)...]).joined(separator: ".")
  }

  /// Every mapping key `depth` steps below this node, with its full path, in the order written.
  ///
  /// Walks the tree with an explicit stack, so its cost is the number of nodes above that depth.
  func keys(atDepth depth: Int) -> [(path: [String], key: String)] {
    var found: [(path: [String], key: String)] = []
    var stack: [(node: DataNode, path: [String])] = [(self, [])]
    while let (node, path) = stack.popLast() {
      switch node.value {
      case .mapping(let entries):
        if path.count == depth {
          found += entries.map { (path + [$0.key], $0.key) }
        } else {
          for entry in entries.reversed() { stack.append((entry.value, path + [entry.key])) }
        }
      case .sequence(let items) where path.count < depth:
        for (index, item) in items.enumerated().reversed() { stack.append((item, path + [String(index)])) }
      default:
        break
      }
    }
    return found
  }
}

/// A unified diff of two texts by lines, as `--fix --dry-run` prints it.
///
/// ```diff
/// --- a/报告.txt
/// +++ b/报告.txt
/// @@ -2,3 +2,3 @@
///  第一行
/// -全镇完成XX亿元
/// +全镇完成1.2亿元
///  第三行
/// ```
///
/// Lines common to both ends are set aside first; the middle is compared with Myers' O(ND) algorithm, which keeps
/// the frontier of each of the D steps: for the few lines a fix changes that is small, and the whole costs
/// O((N+M)·D) time at worst. Hunks carry `context` unchanged lines on each side; hunks whose context would touch
/// are merged. Texts are compared as lines split at LF; a missing final newline is not marked.
public struct UnifiedDiff: Sendable {
  public var context: Int

  public init(context: Int = 3) { self.context = max(0, context) }

  /// The diff, or "" when the texts are equal. `path` is the file name shown after `a/` and `b/`.
  public func diff(_ old: String, _ new: String, path: String) -> String {
    if old == new { return "" }
    let a = Self.lines(old)
    let b = Self.lines(new)
    let ops = Self.operations(a, b)
    var out = "--- a/\(path)\n+++ b/\(path)\n"
    // Indices into ops of changes, grouped into hunks.
    var i = 0
    while i < ops.count {
      guard ops[i].kind != .equal else {
        i += 1
        continue
      }
      var start = i
      var backed = 0
      while start > 0 && backed < context && ops[start - 1].kind == .equal {
        start -= 1
        backed += 1
      }
      var end = i
      while end < ops.count {
        if ops[end].kind != .equal {
          end += 1
          continue
        }
        var run = end
        while run < ops.count && ops[run].kind == .equal { run += 1 }
        if run < ops.count && run - end <= 2 * context {
          end = run
        } else {
          end = min(run, end + context)
          break
        }
      }
      let slice = ops[start..<end]
      let oldCount = slice.filter { $0.kind != .insert }.count
      let newCount = slice.filter { $0.kind != .delete }.count
      let oldStart = (slice.first { $0.kind != .insert }?.oldIndex).map { $0 + 1 } ?? Self.before(ops, start, old: true)
      let newStart =
        (slice.first { $0.kind != .delete }?.newIndex).map { $0 + 1 } ?? Self.before(ops, start, old: false)
      out += "@@ -\(Self.span(oldStart, oldCount)) +\(Self.span(newStart, newCount)) @@\n"
      for op in slice {
        switch op.kind {
        case .equal: out += " " + a[op.oldIndex] + "\n"
        case .delete: out += "-" + a[op.oldIndex] + "\n"
        case .insert: out += "+" + b[op.newIndex] + "\n"
        }
      }
      i = end
    }
    return out
  }

  // MARK: - Lines and operations

  struct Operation {
    enum Kind { case equal, delete, insert }
    var kind: Kind
    var oldIndex: Int
    var newIndex: Int
  }

  static func lines(_ text: String) -> [Substring] {
    if text.isEmpty { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines
  }

  static func span(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  /// For an empty side of a hunk: the number of the line before it on that side.
  static func before(_ ops: [Operation], _ index: Int, old: Bool) -> Int {
    var j = index - 1
    while j >= 0 {
      let op = ops[j]
      if old && op.kind != .insert { return op.oldIndex + 1 }
      if !old && op.kind != .delete { return op.newIndex + 1 }
      j -= 1
    }
    return 0
  }

  static func operations(_ a: [Substring], _ b: [Substring]) -> [Operation] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    var ops: [Operation] = (0..<prefix).map { Operation(kind: .equal, oldIndex: $0, newIndex: $0) }
    let middle = myers(Array(a[prefix..<a.count - suffix]), Array(b[prefix..<b.count - suffix]))
    ops += middle.map { Operation(kind: $0.kind, oldIndex: $0.oldIndex + prefix, newIndex: $0.newIndex + prefix) }
    for s in (0..<suffix).reversed() {
      ops.append(Operation(kind: .equal, oldIndex: a.count - 1 - s, newIndex: b.count - 1 - s))
    }
    return ops
  }

  /// Myers' greedy shortest edit script, keeping the frontier of each step for the walk back.
  static func myers(_ a: [Substring], _ b: [Substring]) -> [Operation] {
    let n = a.count
    let m = b.count
    if n == 0 { return (0..<m).map { Operation(kind: .insert, oldIndex: 0, newIndex: $0) } }
    if m == 0 { return (0..<n).map { Operation(kind: .delete, oldIndex: $0, newIndex: 0) } }
    let maximum = n + m
    let offset = maximum + 1
    var v = [Int](repeating: 0, count: 2 * maximum + 3)
    var trace: [[Int]] = []
    var finalD = 0
    search: for d in 0...maximum {
      trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          finalD = d
          break search
        }
      }
    }
    var reversed: [Operation] = []
    var x = n
    var y = m
    for d in stride(from: finalD, through: 0, by: -1) {
      let snapshot = trace[d]
      func at(_ k: Int) -> Int { snapshot[k + d + 1] }
      let k = x - y
      let previousK: Int
      if d == 0 {
        previousK = k
      } else {
        previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
      }
      let previousX = d == 0 ? 0 : at(previousK)
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        reversed.append(Operation(kind: .equal, oldIndex: x, newIndex: y))
      }
      if d > 0 {
        if x == previousX {
          y -= 1
          reversed.append(Operation(kind: .insert, oldIndex: x, newIndex: y))
        } else {
          x -= 1
          reversed.append(Operation(kind: .delete, oldIndex: x, newIndex: y))
        }
      }
    }
    return reversed.reversed()
  }
}

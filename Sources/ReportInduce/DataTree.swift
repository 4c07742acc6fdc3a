/// The induced data: nested keys in order of first appearance, each leaf a text with an optional comment;
/// written as our YAML subset.
struct DataTree {
  private final class Node {
    var value: String?
    var comment: String?
    var keys: [String] = []
    var children: [String: Node] = [:]
  }

  private let root = Node()

  /// The text at `path`, if it is a leaf.
  func value(_ path: [String]) -> String? { node(path)?.value }

  /// Whether anything (a leaf or a group) is at `path`.
  func contains(_ path: [String]) -> Bool { node(path) != nil }

  /// Whether `path` can take a leaf: nothing there, and no leaf on the way.
  func canHold(_ path: [String]) -> Bool {
    var node = root
    for key in path {
      guard let next = node.children[key] else { return true }
      if next.value != nil && key != path.last { return false }
      node = next
    }
    return node.value == nil && node.keys.isEmpty
  }

  mutating func set(_ path: [String], _ value: String, comment: String? = nil) {
    var node = root
    for key in path {
      if let next = node.children[key] {
        node = next
      } else {
        let next = Node()
        node.children[key] = next
        node.keys.append(key)
        node = next
      }
    }
    node.value = value
    if let comment { node.comment = comment }
  }

  mutating func comment(_ path: [String], _ comment: String) {
    node(path)?.comment = comment
  }

  private func node(_ path: [String]) -> Node? {
    var node = root
    for key in path {
      guard let next = node.children[key] else { return nil }
      node = next
    }
    return node
  }

  /// The YAML text: two spaces per level, values quoted only where the YAML subset needs it.
  func yaml() -> String {
    var out = ""
    func write(_ node: Node, indent: Int) {
      for key in node.keys {
        let child = node.children[key]!
        let pad = String(repeating: " ", count: indent)
        if let value = child.value {
          out += pad + key + ": " + Self.scalar(value)
          if let comment = child.comment { out += "  # " + comment }
          out += "\n"
        } else {
          out += pad + key + ":\n"
          write(child, indent: indent + 2)
        }
      }
    }
    write(root, indent: 0)
    return out
  }

  /// A value as a YAML scalar: plain when it cannot be misread, else double-quoted.
  static func scalar(_ text: String) -> String {
    let special = "-?:,[]{}#&*!|>'\"%@`"
    let needsQuotes =
      text.isEmpty || special.contains(text.first!) || text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
      || text.first!.isWhitespace || text.last!.isWhitespace || text.contains("\t")
      || ["true", "false", "null", "yes", "no", "~"].contains(text.lowercased())
    guard needsQuotes else { return text }
    var out = "\""
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(s)
      }
    }
    return out + "\""
  }
}

/// Unique keys within a section: a figure whose key is taken by another value gets 2, 3, … after it; the same
/// value under the same key shares it. A section whose name is already the key of a value (a figure before the
/// section, keyed like it) cannot hold keys: it is numbered the same way ("工作回顾2").
struct KeyAllocator {
  func path(for wanted: [String], value: String, data: inout DataTree) -> [String] {
    guard let base = wanted.last else { return wanted }
    var group = Array(wanted.dropLast())
    for level in group.indices where data.value(Array(group[...level])) != nil {
      var m = 2
      while data.value(Array(group[..<level]) + [group[level] + String(m)]) != nil { m += 1 }
      group[level] += String(m)
    }
    var n = 1
    while true {
      let key = n == 1 ? base : base + String(n)
      let path = group + [key]
      if data.value(path) == value { return path }
      if data.canHold(path) {
        data.set(path, value)
        return path
      }
      n += 1
    }
  }
}

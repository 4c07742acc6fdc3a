/// A commented data-file skeleton for a template, built from its slots: every key the template reads,
/// nested as the template reads it, lists where it loops, each marked 必填 or 可选.
///
/// ```swift
/// DataSkeleton(slots: template.slots()).yaml(header: ["政府工作报告的数据"])
/// // # 政府工作报告的数据
/// // 镇名: ""  # 必填
/// // 回顾:
/// //   成绩:  # 必填，列表
/// //     - 标题: ""  # 必填
/// ```
public struct DataSkeleton: Sendable {
  /// One key of the skeleton.
  final class Node: @unchecked Sendable {
    var key: String
    var children: [Node] = []
    /// True when the template iterates this value.
    var isList = false
    /// The shape of each item when `isList`.
    var item: Node?
    var isOptional = true
    var isRead = false

    init(key: String) { self.key = key }

    func child(_ key: String) -> Node {
      if let found = children.first(where: { $0.key == key }) { return found }
      let node = Node(key: key)
      children.append(node)
      return node
    }

    var itemNode: Node {
      if let item { return item }
      let node = Node(key: "")
      item = node
      return node
    }

    /// Optional when every read of it copes with its absence; a key the template never reads by
    /// itself is optional when everything under it is.
    var optional: Bool {
      if isRead { return isOptional }
      return children.allSatisfy(\.optional) && (item?.optional ?? true)
    }
  }

  let root = Node(key: "")

  public init(slots: [Slot]) {
    for slot in slots {
      var node = root
      for segment in DataSkeleton.segments(slot.path) {
        switch segment {
        case .key(let key): node = node.child(key)
        case .item:
          node.isList = true
          node = node.itemNode
        case .value: node = node.child("键")
        }
      }
      node.isRead = true
      if !slot.isOptional { node.isOptional = false }
      if slot.isIterated { node.isList = true }
    }
  }

  enum Segment: Equatable {
    case key(String)
    case item
    case value
  }

  /// `回顾.成绩[].标题` → key 回顾, key 成绩, item, key 标题; `指标["1-6月"]` → key 指标, key 1-6月.
  static func segments(_ path: String) -> [Segment] {
    var out: [Segment] = []
    var current = ""
    var scalars = Array(path.unicodeScalars)[...]
    func flush() {
      if !current.isEmpty { out.append(.key(current)) }
      current = ""
    }
    while let s = scalars.first {
      scalars = scalars.dropFirst()
      switch s {
      case ".":
        flush()
        if scalars.first == "*" {
          scalars = scalars.dropFirst()
          out.append(.value)
        }
      case "[":
        flush()
        if scalars.first == "]" {
          scalars = scalars.dropFirst()
          out.append(.item)
        } else {
          // ["key"] or [0]
          var inner = ""
          while let c = scalars.first, c != "]" {
            scalars = scalars.dropFirst()
            if c != "\"" && c != "'" { inner.unicodeScalars.append(c) }
          }
          scalars = scalars.dropFirst()
          if Int(inner) != nil { out.append(.item) } else { out.append(.key(inner)) }
        }
      default:
        current.unicodeScalars.append(s)
      }
    }
    flush()
    return out
  }

  /// The skeleton as YAML, after `header` comment lines and optional fixed `values` at the top
  /// (such as `类别`).
  public func yaml(header: [String] = [], values: [(String, String)] = []) -> String {
    var lines = header.map { "# " + $0 }
    for (key, value) in values { lines.append("\(DataSkeleton.key(key)): \(DataSkeleton.scalar(value))") }
    if !lines.isEmpty { lines.append("") }
    for node in root.children where !values.contains(where: { $0.0 == node.key }) {
      write(node, indent: 0, into: &lines)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func write(_ node: Node, indent: Int, into lines: inout [String], listItem: Bool = false) {
    let pad = String(repeating: "  ", count: indent)
    let mark = node.optional ? "可选" : "必填"
    let key = DataSkeleton.key(node.key)
    if node.isList {
      lines.append("\(pad)\(key):  # \(mark)，列表，可写多项")
      let item = node.item
      if let item, !item.children.isEmpty {
        for (k, child) in item.children.enumerated() {
          writeField(child, indent: indent + 2, into: &lines, prefix: k == 0 ? "\(pad)  - " : nil)
        }
      } else {
        lines.append("\(pad)  - \"\"")
      }
    } else if !node.children.isEmpty {
      lines.append("\(pad)\(key):  # \(mark)")
      for child in node.children { write(child, indent: indent + 1, into: &lines) }
    } else {
      lines.append("\(pad)\(key): \"\"  # \(mark)")
    }
  }

  /// A field of a list item; the first one carries the `- ` of the item.
  private func writeField(_ node: Node, indent: Int, into lines: inout [String], prefix: String?) {
    var written: [String] = []
    write(node, indent: indent, into: &written)
    if let prefix, let first = written.first {
      written[0] = prefix + first.drop { $0 == " " }
    }
    lines += written
  }

  static func key(_ key: String) -> String {
    let plain =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy { s in
        !":#{}[],&*!|>'\"%@`- ".unicodeScalars.contains(s)
      }
    return plain ? key : scalar(key)
  }

  static func scalar(_ text: String) -> String {
    var out = "\""
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(s)
      }
    }
    return out + "\""
  }
}

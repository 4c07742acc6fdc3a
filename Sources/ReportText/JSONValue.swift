import Foundation

/// A JSON value with ordered object keys, for writers that must give the same bytes every time.
///
/// `JSONEncoder` sorts keys alphabetically at best; reports read better with keys in a designed
/// order (`line` before `column`), so outline, lint and comparison writers build `JSONValue`s.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Keys in the order given.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(serialized())
  }

  /// The JSON text. `indent` spaces per level (0 for one line); output ends without a newline.
  public func serialized(indent: Int = 2) -> String {
    var out = ""
    write(to: &out, indent: indent, level: 0)
    return out
  }

  /// True for a value written on one line even in indented output: a scalar, or a container of scalars.
  private var isFlat: Bool {
    switch self {
    case .array(let items): items.allSatisfy(\.isScalar)
    case .object(let members): members.allSatisfy { $0.1.isScalar }
    default: true
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  private func write(to out: inout String, indent: Int, level: Int) {
    if indent > 0, !isScalar, isFlat {
      writeFlat(to: &out)
      return
    }
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value):
      if value.isFinite {
        if value == value.rounded(), abs(value) < 1e15 {
          out += String(Int(value))
        } else {
          out += String(value)
        }
      } else {
        out += "null"
      }
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (k, item) in items.enumerated() {
        if k > 0 { out += "," }
        newline(&out, indent: indent, level: level + 1)
        item.write(to: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent: indent, level: level)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (k, member) in members.enumerated() {
        if k > 0 { out += "," }
        newline(&out, indent: indent, level: level + 1)
        JSONValue.writeString(member.0, to: &out)
        out += indent > 0 ? ": " : ":"
        member.1.write(to: &out, indent: indent, level: level + 1)
      }
      newline(&out, indent: indent, level: level)
      out += "}"
    }
  }

  /// One line, with a space after each comma and colon.
  private func writeFlat(to out: inout String) {
    switch self {
    case .array(let items):
      out += "["
      for (k, item) in items.enumerated() {
        if k > 0 { out += ", " }
        item.write(to: &out, indent: 0, level: 0)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (k, member) in members.enumerated() {
        if k > 0 { out += ", " }
        JSONValue.writeString(member.0, to: &out)
        out += ": "
        member.1.write(to: &out, indent: 0, level: 0)
      }
      out += "}"
    default:
      write(to: &out, indent: 0, level: 0)
    }
  }

  private func newline(_ out: inout String, indent: Int, level: Int) {
    guard indent > 0 else { return }
    out += "\n"
    out += String(repeating: " ", count: indent * level)
  }

  /// Writes a JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
  public static func writeString(_ value: String, to out: inout String) {
    out += "\""
    // Runs that need no escape are appended whole; only the rare characters below are written one by one.
    let utf8 = value.utf8
    var runStart = utf8.startIndex
    var i = utf8.startIndex
    func flush(upTo end: String.Index) {
      if runStart < end { out += value[runStart..<end] }
    }
    while i < utf8.endIndex {
      let b = utf8[i]
      let escape: String?
      var length = 1
      switch b {
      case 0x22: escape = "\\\""
      case 0x5C: escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0x08: escape = "\\b"
      case 0x0C: escape = "\\f"
      case 0..<0x20:
        let hex = String(b, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      case 0xE2:
        // U+2028 and U+2029 (E2 80 A8, E2 80 A9) break JavaScript string literals.
        let next = utf8.index(after: i)
        let third = next < utf8.endIndex ? utf8.index(after: next) : next
        if next < utf8.endIndex, third < utf8.endIndex, utf8[next] == 0x80, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
          escape = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
          length = 3
        } else {
          escape = nil
        }
      default: escape = nil
      }
      if let escape {
        flush(upTo: i)
        out += escape
        i = utf8.index(i, offsetBy: length)
        runStart = i
      } else {
        i = utf8.index(after: i)
      }
    }
    flush(upTo: utf8.endIndex)
    out += "\""
  }
}

extension TextLocation {
  /// `{"line": …, "column": …, "offset": …}`.
  public var json: JSONValue {
    .object([("line", .int(line)), ("column", .int(column)), ("offset", .int(offset))])
  }
}

extension Range where Bound == TextLocation {
  /// `{"start": …, "end": …}`.
  public var json: JSONValue {
    .object([("start", lowerBound.json), ("end", upperBound.json)])
  }
}

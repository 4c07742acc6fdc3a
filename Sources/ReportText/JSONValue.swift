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
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
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

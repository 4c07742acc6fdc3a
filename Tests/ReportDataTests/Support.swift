import ReportData
import ReportText

/// Parses a text written in a test, as a file named `data.yaml`.
func parse(_ text: String, path: String = "data.yaml") throws(DataError) -> DataNode {
  try DataDocument(parsing: SourceText(path: path, string: text)).root
}

/// The error that parsing `text` gives, or nil when it parses.
func parseError(_ text: String) -> DataError? {
  do {
    _ = try parse(text)
    return nil
  } catch {
    return error
  }
}

/// A one-line dump of a node: `{key: value}`, `[item, item]`, `"text"` (quotes, backslashes and line breaks
/// escaped), `~` for null.
func dump(_ node: DataNode) -> String {
  switch node.value {
  case .null:
    return "~"
  case .text(let text, _):
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  case .sequence(let items):
    return "[" + items.map(dump).joined(separator: ", ") + "]"
  case .mapping(let entries):
    return "{" + entries.map { "\($0.key): \(dump($0.value))" }.joined(separator: ", ") + "}"
  }
}

/// The dump of `text` parsed, or "error L:C" when it does not parse.
func dumpOrError(_ text: String) -> String {
  do {
    return dump(try parse(text))
  } catch {
    return "error \(error.location): \(error.message)"
  }
}

/// `text` with a Chinese comment line before it: every error moves down one line, columns stay.
func withChineseLineBefore(_ text: String) -> String {
  "# 青石镇２０２５年数据，供起草政府工作报告用\n" + text
}

/// A reproducible random number generator (SplitMix64), for fuzz tests.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

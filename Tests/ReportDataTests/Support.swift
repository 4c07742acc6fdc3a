import ReportData
import ReportText
import Testing

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

/// An input that must fail, where, and why.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  var text: String
  var line: Int
  var column: Int
  var kind: DataError.Kind
  /// The whole message, when the test pins it down.
  var message: String?

  init(_ text: String, _ line: Int, _ column: Int, _ kind: DataError.Kind, _ message: String? = nil) {
    self.text = text
    self.line = line
    self.column = column
    self.kind = kind
    self.message = message
  }

  var testDescription: String {
    text.count <= 60 ? text.debugDescription : String(text.prefix(40)).debugDescription + "…(\(text.count) characters)"
  }
}

/// Checks that `test.text` fails with the kind, place and message of `test`.
func checkError(_ test: ErrorCase) throws {
  let error = try #require(parseError(test.text))
  #expect(error.kind == test.kind)
  #expect(error.location.line == test.line)
  #expect(error.location.column == test.column)
  #expect(error.path == "data.yaml")
  if let message = test.message { #expect(error.message == message) }
  #expect(error.message.hasPrefix("第 \(test.line) 行"))
  #expect(error.range.lowerBound <= error.range.upperBound)
}

/// Checks `test` with a Chinese line before its text: one line further down, in the same column.
func checkErrorAfterChineseLine(_ test: ErrorCase) throws {
  let error = try #require(parseError(withChineseLineBefore(test.text)))
  var kind = test.kind
  if case .duplicateKey(let key, let line) = kind { kind = .duplicateKey(key, firstLine: line + 1) }
  #expect(error.kind == kind)
  #expect(error.location.line == test.line + 1)
  #expect(error.location.column == test.column)
  #expect(error.message.hasPrefix("第 \(test.line + 1) 行"))
}

/// `levels` mappings, each nested in the one before, two spaces deeper.
func deepMapping(_ levels: Int) -> String {
  (0..<levels).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
}

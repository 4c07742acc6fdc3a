import ReportData
import ReportText
import Testing

/// Random and hostile inputs: the reader never crashes or hangs, every error is located inside the text, and
/// every location it gives agrees with `SourceText.location(of:)`.
@Suite struct FuzzTests {
  static let yamlPieces = [
    "- ", ": ", ":", "[", "]", "{", "}", ",", "\"", "'", "#", " #", "|", ">", "|-", ">+2", "&a", "*a", "!t", "!!str",
    "<<: ", "? ", "%", "@", "`", "\n", "\n  ", "\n    ", "  ", "\t", "\\", "\\u12", "\\n", "青石镇", "17.1亿元", "a",
    "键", "---", "...", "\u{3000}", "\r\n", "''", "\"\"", "0", "-1", "\u{FEFF}", "：", "\u{1F600}", "\0",
  ]

  static let jsonPieces = [
    "{", "}", "[", "]", ",", ":", "\"a\"", "\"青石\"", "1", "-0.5e3", "01", "true", "null", "tru", " ", "\n",
    "\"\\u00e9\"", "\"\\x\"", "\"\\ud83d\\ude00\"", "\"", "\t", "#",
  ]

  @Test(arguments: 0..<8)
  func randomYAMLPunctuation(seed: Int) {
    var generator = SeededGenerator(seed: UInt64(seed))
    for _ in 0..<300 {
      check(Self.mixture(of: Self.yamlPieces, using: &generator))
    }
  }

  @Test(arguments: 0..<4)
  func randomJSONPunctuation(seed: Int) {
    var generator = SeededGenerator(seed: UInt64(1000 + seed))
    for _ in 0..<300 {
      let open = Bool.random(using: &generator) ? "{" : "["
      check(open + Self.mixture(of: Self.jsonPieces, using: &generator))
    }
  }

  static func mixture(of pieces: [String], using generator: inout SeededGenerator) -> String {
    let count = Int.random(in: 1...120, using: &generator)
    var text = ""
    for _ in 0..<count { text += pieces.randomElement(using: &generator)! }
    return text
  }

  /// Parses `text`; checks the locations of the result or of the error.
  func check(_ text: String) {
    let source = SourceText(path: "fuzz.yaml", string: text)
    do {
      let document = try DataDocument(parsing: source)
      checkRanges(of: document.root, in: source)
    } catch {
      checkLocation(error.range.lowerBound, in: source)
      checkLocation(error.range.upperBound, in: source)
      #expect(error.range.lowerBound <= error.range.upperBound)
      #expect(error.message.hasPrefix("第 \(error.location.line) 行"))
      #expect(error.rendered(source: source).hasPrefix("fuzz.yaml:\(error.location.line):"))
    }
  }

  /// Checks every range below `node` against the text's own location arithmetic, with an explicit stack.
  func checkRanges(of node: DataNode, in source: SourceText) {
    var stack = [node]
    while let node = stack.popLast() {
      checkLocation(node.range.lowerBound, in: source)
      checkLocation(node.range.upperBound, in: source)
      #expect(node.range.lowerBound <= node.range.upperBound)
      switch node.value {
      case .sequence(let items): stack += items
      case .mapping(let entries):
        for entry in entries {
          checkLocation(entry.keyRange.lowerBound, in: source)
          checkLocation(entry.keyRange.upperBound, in: source)
          stack.append(entry.value)
        }
      case .text, .null: break
      }
    }
  }

  func checkLocation(_ location: TextLocation, in source: SourceText) {
    #expect(location.offset >= 0 && location.offset <= source.bytes.count)
    #expect(
      location == source.location(of: location.offset),
      "\(location) in \(source.text(0..<source.bytes.count).debugDescription)")
  }

  // MARK: - Hostile inputs

  /// A hostile input, named in the test log by its name rather than its megabytes.
  struct Hostile: Sendable, CustomTestStringConvertible {
    var name: String
    var make: @Sendable () -> String
    var testDescription: String { name }
  }

  /// Inputs that a reader with quadratic time, unbounded recursion or a missing end check would not survive.
  static let hostile: [Hostile] = [
    Hostile(name: "deep YAML brackets") { "a: " + String(repeating: "[", count: 100_000) },
    Hostile(name: "deep JSON brackets") { String(repeating: "[", count: 100_000) },
    Hostile(name: "deep JSON objects") { String(repeating: "{\"a\":", count: 50_000) },
    Hostile(name: "deep flow mappings") { "a: " + String(repeating: "{a: ", count: 50_000) },
    Hostile(name: "deep compact sequences") { String(repeating: "- ", count: 50_000) },
    Hostile(name: "deep indentation") { (0..<5_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined() },
    Hostile(name: "long flow line") { "a: [" + String(repeating: "青石镇, ", count: 150_000) + "]\n" },
    Hostile(name: "long unterminated flow") { "a: [" + String(repeating: "x,\n  ", count: 100_000) },
    Hostile(name: "many keys") { (0..<100_000).map { "键\($0): 值\n" }.joined() },
    Hostile(name: "many flow keys") { "a: {" + (0..<50_000).map { "k\($0): v" }.joined(separator: ", ") + "}\n" },
    Hostile(name: "long plain line") { "a: " + String(repeating: "青石镇a ", count: 200_000) + "\n" },
    Hostile(name: "long quoted line") { "a: \"" + String(repeating: "\\u9752\\n", count: 100_000) + "\"\n" },
    Hostile(name: "long unterminated quote") { "a: '" + String(repeating: "青", count: 300_000) },
    Hostile(name: "spaces") { String(repeating: " ", count: 1_000_000) + "a" },
    Hostile(name: "blank lines") { String(repeating: "   \n", count: 300_000) + "a: 1\n" },
    Hostile(name: "long block scalar") { "a: >\n" + String(repeating: "  推进乡村振兴\n", count: 100_000) },
    Hostile(name: "colons") { String(repeating: "a: ", count: 300_000) },
    Hostile(name: "dashes and colons") { String(repeating: "- a: ", count: 100_000) },
    Hostile(name: "JSON long array") { "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]" },
    Hostile(name: "JSON long string") { "[\"" + String(repeating: "青石\\\"", count: 200_000) + "\"]" },
    Hostile(name: "up and down") {
      (0..<60).map { String(repeating: " ", count: $0 * 2) + "k\($0):\n" }.joined()
        + (0..<2_000).map { "k\($0 + 100): 1\n" }.joined()
    },
  ]

  @Test(arguments: hostile)
  func survives(_ input: Hostile) {
    let source = SourceText(path: "hostile.yaml", string: input.make())
    do {
      _ = try DataDocument(parsing: source)
    } catch {
      checkLocation(error.range.lowerBound, in: source)
      #expect(!error.message.isEmpty)
    }
  }
}

import ReportData
import ReportText
import Testing

/// Random trees of mappings, sequences and texts, written as YAML the way clerks write it, read back the same.
@Suite struct RoundTripTests {
  indirect enum Tree {
    case text(String)
    case sequence([Tree])
    case mapping([(String, Tree)])
  }

  /// Texts that may be written plain.
  static let plainTexts = [
    "青石镇", "17.1亿元", "10.6%", "超35万人次", "a b", "010", "yes", "NO", "~", "null", "9.3", "推进乡村振兴，取得新成效。",
    "　　段落", "A&B", "-3.2", "x:y", "a#b", "2025年4月1日", "http://example.cn/a",
  ]
  /// Texts that need quotes.
  static let quotedTexts = [
    "键: 值", "# 注释", "- 项", "", "[x]", "it's", "引号\"", "反斜杠\\", "多行\n文字", "\t制表", "&锚", "*别名", "!标签",
    " 前后空格 ", "{k}", "a, b",
  ]
  static let keys = ["名称", "年份", "a", "b c", "经济", "k1", "增长率", "重点 项目", "GDP"]

  @Test(arguments: 0..<6)
  func randomTreesReadBack(seed: Int) throws {
    var generator = SeededGenerator(seed: UInt64(500 + seed))
    for _ in 0..<150 {
      let tree = Self.randomCollection(depth: 0, using: &generator)
      var text = ""
      Self.write(tree, indent: 0, to: &text, using: &generator)
      let parsed = try parse(text)
      #expect(ReportDataTests.dump(parsed) == Self.dump(tree), "\(text)")
    }
  }

  // MARK: - Generating

  static func randomCollection(depth: Int, using generator: inout SeededGenerator) -> Tree {
    let count = Int.random(in: 1...4, using: &generator)
    if Bool.random(using: &generator) {
      return .sequence((0..<count).map { _ in randomNode(depth: depth + 1, using: &generator) })
    }
    let chosen = keys.shuffled(using: &generator).prefix(count)
    return .mapping(chosen.map { ($0, randomNode(depth: depth + 1, using: &generator)) })
  }

  static func randomNode(depth: Int, using generator: inout SeededGenerator) -> Tree {
    if depth < 5 && Int.random(in: 0..<3, using: &generator) == 0 {
      return randomCollection(depth: depth, using: &generator)
    }
    let texts = Bool.random(using: &generator) ? plainTexts : quotedTexts
    return .text(texts.randomElement(using: &generator)!)
  }

  // MARK: - Writing

  static func write(_ tree: Tree, indent: Int, to out: inout String, using generator: inout SeededGenerator) {
    let pad = String(repeating: " ", count: indent)
    switch tree {
    case .text(let text):
      out += pad + scalar(text, using: &generator) + "\n"
    case .mapping(let entries):
      for (key, value) in entries {
        out += pad + key + ":"
        writeValue(value, indent: indent, isMappingValue: true, to: &out, using: &generator)
      }
    case .sequence(let items):
      for item in items {
        out += pad + "-"
        if case .mapping(let entries) = item, !entries.isEmpty, Bool.random(using: &generator) {
          // The compact form: the first key on the dash's line, the others under it.
          var nested = ""
          write(item, indent: indent + 2, to: &nested, using: &generator)
          out += " " + nested.dropFirst(indent + 2)
        } else {
          writeValue(item, indent: indent, isMappingValue: false, to: &out, using: &generator)
        }
      }
    }
  }

  /// The rest of a `key:` or `-` line and the lines under it.
  static func writeValue(
    _ value: Tree, indent: Int, isMappingValue: Bool, to out: inout String, using generator: inout SeededGenerator
  ) {
    switch value {
    case .text(let text):
      out += " " + scalar(text, using: &generator) + "\n"
    case .sequence(let items) where items.allSatisfy(isFlowSafe) && Bool.random(using: &generator):
      out += " [" + items.map { if case .text(let t) = $0 { t } else { "" } }.joined(separator: ", ") + "]\n"
    default:
      out += "\n"
      // A sequence under a key may stand at the key's own indentation.
      let isIndentless: Bool
      if case .sequence = value {
        isIndentless = isMappingValue && Bool.random(using: &generator)
      } else {
        isIndentless = false
      }
      write(value, indent: isIndentless ? indent : indent + 2, to: &out, using: &generator)
    }
  }

  static func isFlowSafe(_ tree: Tree) -> Bool {
    guard case .text(let text) = tree, plainTexts.contains(text) else { return false }
    return !text.contains(",") && !text.contains(":") && !text.contains("#")
  }

  static func scalar(_ text: String, using generator: inout SeededGenerator) -> String {
    if plainTexts.contains(text) && Int.random(in: 0..<4, using: &generator) > 0 { return text }
    if !text.contains("\n") && !text.contains("\t") && Bool.random(using: &generator) {
      return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
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
  }

  static func dump(_ tree: Tree) -> String {
    switch tree {
    case .text(let text): ReportDataTests.dump(DataNode(value: .text(text, style: .plain), range: origin..<origin))
    case .sequence(let items): "[" + items.map(dump).joined(separator: ", ") + "]"
    case .mapping(let entries): "{" + entries.map { "\($0.0): \(dump($0.1))" }.joined(separator: ", ") + "}"
    }
  }

  static let origin = TextLocation(line: 1, column: 1, offset: 0)
}

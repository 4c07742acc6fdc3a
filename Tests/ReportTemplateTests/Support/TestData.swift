import ReportData
import ReportText

/// A data value written as a Swift literal, for tests: texts, lists, ordered mappings and `nil`.
///
/// `TestData.document(_:)` writes it out as YAML-like text and builds the `DataNode` tree with ranges into that
/// text, so that tests can check data locations and the data line in rendered errors.
indirect enum TestData: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral, ExpressibleByIntegerLiteral
{
  case text(String)
  case list([TestData])
  case map([(String, TestData)])
  case null

  init(stringLiteral value: String) { self = .text(value) }
  init(arrayLiteral elements: TestData...) { self = .list(elements) }
  init(dictionaryLiteral elements: (String, TestData)...) { self = .map(elements) }
  init(nilLiteral: ()) { self = .null }
  init(integerLiteral value: Int) { self = .text(String(value)) }

  /// The value as a data document named `path`, with real ranges.
  func document(path: String = "数据.yaml") -> DataDocument {
    var writer = Writer()
    let root = writer.write(self, indent: 0)
    let source = SourceText(path: path, utf8: writer.bytes)
    return DataDocument(source: source, root: writer.locate(root, in: source))
  }

  /// The root node only.
  var node: DataNode { document().root }

  /// Writes values and remembers byte ranges, converted to text ranges at the end.
  private struct Writer {
    var bytes: [UInt8] = []

    /// A node with byte offsets stored in the range's `offset` fields until `locate` converts them.
    mutating func write(_ value: TestData, indent: Int) -> DataNode {
      switch value {
      case .text(let text):
        let start = bytes.count
        bytes += Array(text.utf8)
        return DataNode(value: .text(text, style: .plain), range: point(start)..<point(bytes.count))
      case .null:
        return DataNode(value: .null, range: point(bytes.count)..<point(bytes.count))
      case .list(let items):
        let start = bytes.count
        var nodes: [DataNode] = []
        for item in items {
          newline(indent)
          bytes += Array("- ".utf8)
          nodes.append(write(item, indent: indent + 2))
        }
        return DataNode(value: .sequence(nodes), range: point(start)..<point(bytes.count))
      case .map(let entries):
        let start = bytes.count
        var result: [DataEntry] = []
        for (key, item) in entries {
          newline(indent)
          let keyStart = bytes.count
          bytes += Array(key.utf8)
          let keyRange = point(keyStart)..<point(bytes.count)
          bytes += Array(":".utf8)
          if case .text = item { bytes.append(0x20) }
          result.append(DataEntry(key: key, keyRange: keyRange, value: write(item, indent: indent + 2)))
        }
        return DataNode(value: .mapping(result), range: point(start)..<point(bytes.count))
      }
    }

    private mutating func newline(_ indent: Int) {
      if !bytes.isEmpty { bytes.append(0x0A) }
      bytes += [UInt8](repeating: 0x20, count: indent)
    }

    private func point(_ offset: Int) -> TextLocation { TextLocation(line: 0, column: 0, offset: offset) }

    func locate(_ node: DataNode, in source: SourceText) -> DataNode {
      var node = node
      node.range = source.range(node.range.lowerBound.offset..<node.range.upperBound.offset)
      switch node.value {
      case .sequence(let items): node.value = .sequence(items.map { locate($0, in: source) })
      case .mapping(let entries):
        node.value = .mapping(
          entries.map { entry in
            var entry = entry
            entry.keyRange = source.range(entry.keyRange.lowerBound.offset..<entry.keyRange.upperBound.offset)
            entry.value = locate(entry.value, in: source)
            return entry
          })
      default: break
      }
      return node
    }
  }
}

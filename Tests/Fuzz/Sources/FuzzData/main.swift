import ReportData
import ReportText

/// The data reader (the YAML subset, or JSON when the text starts with `{` or `[`): never crashes; every range it
/// gives, of a node, a key or an error, lies inside the text; messages render.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let source =
    (try? SourceText.decode(bytes, path: "fuzz.yaml").text)
    ?? SourceText(path: "fuzz.yaml", string: String(decoding: bytes, as: UTF8.self))
  do {
    let document = try DataDocument(parsing: source)
    var stack = [document.root]
    while let node = stack.popLast() {
      check(node.range, in: source)
      switch node.value {
      case .sequence(let items): stack += items
      case .mapping(let entries):
        for entry in entries { check(entry.keyRange, in: source) }
        stack += entries.map(\.value)
      case .text, .null: break
      }
    }
  } catch {
    check(error.range, in: source)
    _ = error.rendered(source: source)
  }
  return 0
}

func check(_ range: TextRange, in source: SourceText) {
  require(range.lowerBound.offset >= 0 && range.lowerBound.offset <= range.upperBound.offset, "bad range")
  require(range.upperBound.offset <= source.bytes.count, "range past the end of the text")
  require(range.lowerBound.line >= 1 && range.upperBound.line <= source.lineStarts.count, "line out of range")
}

/// `precondition` that keeps its message in release builds, so libFuzzer's log says which property failed.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}

import ReportOutline
import ReportText

/// The outline reader in each input format, and its writers: never crashes; every range lies inside the text;
/// the writers' outputs are valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let source =
    (try? SourceText.decode(bytes, path: "fuzz.txt").text)
    ?? SourceText(path: "fuzz.txt", string: String(decoding: bytes, as: UTF8.self))
  for format in Outline.InputFormat.allCases {
    let outline = Outline(parsing: source, format: format)
    if let block = outline.titleBlock {
      check(block.range, in: source)
      for span in [block.title, block.subtitle, block.speaker].compactMap({ $0 }) { check(span.range, in: source) }
    }
    for part in outline.parts {
      check(part.range, in: source)
      if let heading = part.heading { check(heading.range, in: source) }
      var blocks = part.blocks
      while let block = blocks.popLast() {
        check(block.range, in: source)
        switch block {
        case .section(let section):
          check(section.heading.range, in: source)
          blocks += section.blocks
        case .paragraph(let paragraph):
          if let runIn = paragraph.runIn { check(runIn.range, in: source) }
        }
      }
    }
    for recovery in outline.recoveries { check(recovery.range, in: source) }
    _ = OutlineDumper().dump(outline)
    _ = OutlineTSVWriter().write(outline)
    _ = OutlineJSONWriter().write(outline)
    _ = OutlineJSONWriter(includesText: false).write(outline)
    _ = OutlineMarkdownWriter().write(outline)
    _ = OutlineMarkdownWriter(includesRunIns: false).write(outline)
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

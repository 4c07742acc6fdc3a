import ReportOutline
import ReportText

/// Which outline elements hold each line of a text: the check that parsing drops no line and reads none twice.
///
/// The leaves are the title block, part and section headings and paragraphs; lines the parser drops on
/// purpose are covered by their recovery (advertising, page numbers). A line that holds nothing but collection
/// markers (`##paidbegin##`, `[bookmark: …]`) and spaces is covered by its noise recoveries.
enum OutlineCoverage {
  /// The spaces the outline treats as indentation (ASCII and full-width spaces, no-break and zero-width spaces,
  /// the byte-order mark).
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0x3000, 0xA0, 0xFEFF, 0x2002...0x200B: true
    default: false
    }
  }

  /// The problems found: lines covered by no leaf or by more than one.
  static func problems(_ outline: Outline) -> [String] {
    let source = outline.source
    let lineCount = source.lineCount
    var count = [Int](repeating: 0, count: lineCount + 2)
    var owners = [[String]](repeating: [], count: lineCount + 2)
    var problems: [String] = []
    func cover(_ range: TextRange, _ name: String) {
      let first = range.lowerBound.line
      let last = range.upperBound.line
      guard first >= 1, last >= first, last <= lineCount else {
        problems.append("\(name) @\(range.compactDescription) has lines outside 1...\(lineCount)")
        return
      }
      for line in first...last {
        count[line] += 1
        owners[line].append(name)
      }
    }
    func walk(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let paragraph): cover(paragraph.range, "paragraph")
        case .section(let section):
          cover(section.heading.range, "heading h\(section.heading.depth)")
          walk(section.blocks)
        }
      }
    }
    // The page's lines between a title and its dateline (metadata, print links) are set aside inside the title
    // block's range: the block covers the other lines of its range.
    var setAside = Set<Int>()
    for recovery in outline.recoveries where recovery.kind == .webFurniture || recovery.kind == .advertisement {
      setAside.formUnion(recovery.range.lowerBound.line...recovery.range.upperBound.line)
    }
    if let block = outline.titleBlock {
      for line in block.range.lowerBound.line...block.range.upperBound.line where !setAside.contains(line) {
        cover(TextLocation(line: line, column: 1, offset: 0)..<TextLocation(line: line, column: 1, offset: 0), "title block")
      }
    }
    for part in outline.parts {
      if let heading = part.heading { cover(heading.range, "part heading \(part.role)") }
      walk(part.blocks)
    }
    var noise: [Int: [Range<Int>]] = [:]
    for recovery in outline.recoveries {
      switch recovery.kind {
      case .advertisement, .pageNumber, .webFurniture, .appendix, .repeatedText:
        cover(recovery.range, "recovery \(recovery.kind)")
      case .noiseMarker, .bookmark:
        noise[recovery.range.lowerBound.line, default: []].append(
          recovery.range.lowerBound.offset..<recovery.range.upperBound.offset)
      case .wrongMarker, .numberSequence: break
      }
    }
    for line in 1...max(1, lineCount) where line <= lineCount {
      let bytes = source.byteRange(ofLine: line)
      guard !isBlank(source, bytes, without: []) else { continue }
      if count[line] == 1 { continue }
      if count[line] == 0, let markers = noise[line], isBlank(source, bytes, without: markers) { continue }
      let text = source.text(ofLine: line)
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      problems.append(
        "line \(line) \(shown.debugDescription) covered \(count[line]) times (\(owners[line].joined(separator: ", ")))")
    }
    return problems
  }

  /// True when the bytes hold only spaces once the ranges `without` are taken out.
  static func isBlank(_ source: SourceText, _ bytes: Range<Int>, without: [Range<Int>]) -> Bool {
    var i = bytes.lowerBound
    var kept: [UInt8] = []
    for cut in without.sorted(by: { $0.lowerBound < $1.lowerBound }) where cut.lowerBound >= i {
      kept += source.bytes[i..<min(cut.lowerBound, bytes.upperBound)]
      i = max(i, min(cut.upperBound, bytes.upperBound))
    }
    if i < bytes.upperBound { kept += source.bytes[i..<bytes.upperBound] }
    return String(decoding: kept, as: UTF8.self).unicodeScalars.allSatisfy(isSpace)
  }
}

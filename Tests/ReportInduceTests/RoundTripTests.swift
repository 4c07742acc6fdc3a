import Foundation
import ReportData
import ReportOutline
import ReportTemplate
import ReportText
import Testing

@testable import ReportInduce

/// Reports the induce tests read: our example drafts and, when present, the corpus in `../shared/corpus`.
enum InduceReports {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let corpusDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static let corpus: [URL] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { corpusDirectory.appendingPathComponent($0) }
  }()

  static let examples: [URL] =
    ["songling-2024-annual", "baisha-2025-half-year", "yunxi-2024-summary-plan"].flatMap {
      name in ["txt", "md"].map { packageRoot.appendingPathComponent("Examples/drafts/\(name).\($0)") }
    } + [packageRoot.appendingPathComponent("Examples/reports/qingshi-2025-annual.txt")]

  static func outline(_ url: URL) -> Outline {
    let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
    return Outline(parsing: SourceText(path: url.path, utf8: bytes))
  }

  /// The plain text `generate` writes from an induction.
  static func generate(_ induction: Induction, data: String? = nil) throws -> String {
    let template = try Template(path: "report.tpl", string: induction.template)
    let document = try DataDocument(parsing: data ?? induction.data, path: "data.yaml")
    let rendered = try template.render(data: document).text
    return DraftWriter(format: .text).write(DraftDocument(rendered: rendered))
  }
}

@Suite struct RoundTripTests {
  static let all = InduceReports.examples + InduceReports.corpus

  @Test(arguments: all)
  func generateGivesTheReportBack(_ url: URL) throws {
    let outline = InduceReports.outline(url)
    let induction = Induction(outline: outline)
    let back = try InduceReports.generate(induction)
    let expected = Induction.normalized(outline)
    if back != expected {
      let a = back.split(separator: "\n", omittingEmptySubsequences: false)
      let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      Issue.record(
        "\(url.lastPathComponent): first difference at output line \(k + 1):\n got: \(k < a.count ? a[k] : "")\nwant: \(k < b.count ? b[k] : "")"
      )
    }
    let figures = induction.slots.filter { $0.kind == .quantity }.count
    print(
      "\(url.lastPathComponent): \(induction.slots.count) slots (\(figures) figures), year \(induction.reportYear.map(String.init) ?? "-")"
    )
  }
}

@Suite struct ChangeTests {
  /// A new year and three new figures change exactly the lines that hold them, and every year expression.
  @Test(arguments: RoundTripTests.all)
  func newYearAndThreeFiguresChangeOnlyTheirPlaces(_ url: URL) throws {
    let outline = InduceReports.outline(url)
    let induction = Induction(outline: outline)
    let figures = induction.slots.filter { $0.kind == .quantity }
    guard figures.count >= 3, let year = induction.reportYear else { return }
    // Three figures of distinct keys, spread over the report.
    var chosen: [InducedSlot] = []
    for slot in [figures[0], figures[figures.count / 2], figures[figures.count - 1]]
    where !chosen.contains(where: { $0.key == slot.key }) {
      chosen.append(slot)
    }
    var data = induction.data
    data = data.replacingOccurrences(of: "年份: \(year)", with: "年份: \(year + 1)")
    var lines = data.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for slot in chosen {
      // The entry of the slot: its last key under its groups, found in order.
      var depth = 0
      var index = 0
      for (k, line) in lines.enumerated() where depth < slot.path.count {
        let indent = String(repeating: " ", count: depth * 2)
        if index <= k, line.hasPrefix(indent + slot.path[depth] + ":") {
          depth += 1
          index = k
        }
      }
      try #require(depth == slot.path.count, "\(slot.key)")
      lines[index] = String(repeating: " ", count: (slot.path.count - 1) * 2) + slot.path.last! + ": 新数值"
    }
    let before = try InduceReports.generate(induction).split(separator: "\n", omittingEmptySubsequences: false)
    let after = try InduceReports.generate(induction, data: lines.joined(separator: "\n"))
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    // The output lines that must change: those holding a year expression or a chosen slot.
    let changing = induction.slots.filter { s in s.kind == .year || chosen.contains { $0.key == s.key } }
    let expected = Set(changing.map { Self.outputLine(of: $0, in: outline) })
    let changed = Set((0..<min(before.count, after.count)).filter { before[$0] != after[$0] })
    #expect(changed == expected, "\(url.lastPathComponent)")
    let shifted = Set(induction.slots.filter { $0.kind == .year }.compactMap { Int($0.value).map { String($0 + 1) } })
    for k in changed { #expect(after[k].contains("新数值") || shifted.contains { after[k].contains($0) }) }
  }

  /// The output line (0-based) of the source line a slot stands on: the writer keeps one output line per
  /// non-blank source line, with one blank line after the title block.
  static func outputLine(of slot: InducedSlot, in outline: Outline) -> Int {
    let source = outline.source
    var k = 0
    let title = outline.titleBlock.map {
      $0.range.lowerBound.line...max($0.range.lowerBound.line, $0.range.upperBound.line)
    }
    var titleDone = false
    for line in 1..<slot.range.lowerBound.line where !source.text(ofLine: line).allSatisfy(\.isWhitespace) {
      if let title, !titleDone, !title.contains(line) {
        titleDone = true
        k += 1
      }
      k += 1
    }
    if let title, !titleDone, !title.contains(slot.range.lowerBound.line) { k += 1 }
    return k
  }
}

@Suite struct CoverageTests {
  /// Every figure the scanner finds is in a slot or left as text for a stated reason; the counts per report
  /// are printed for the notes.
  @Test(arguments: RoundTripTests.all)
  func noFigureLeftBehind(_ url: URL) {
    let outline = InduceReports.outline(url)
    let induction = Induction(outline: outline)
    let quantities = QuantityScanner.scan(outline.source)
    let slotted = induction.slots.map { $0.range.lowerBound.offset..<$0.range.upperBound.offset }
    let left = induction.leftAsText.map { $0.range.lowerBound.offset..<$0.range.upperBound.offset }
    var unaccounted: [String] = []
    for q in quantities where !slotted.contains(where: { $0.overlaps(q.byteRange) }) && !left.contains(q.byteRange) {
      unaccounted.append(outline.source.text(q.byteRange))
    }
    #expect(unaccounted.isEmpty, "\(url.lastPathComponent): \(unaccounted)")
    let reasons = Dictionary(grouping: induction.leftAsText, by: \.reason).mapValues(\.count)
    print(
      "\(url.lastPathComponent): \(quantities.count) figures, \(quantities.count - induction.leftAsText.count) in slots, left as text: \(reasons.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" })"
    )
  }
}

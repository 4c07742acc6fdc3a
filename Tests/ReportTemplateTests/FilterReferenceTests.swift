import Foundation
import Testing

@testable import ReportTemplate

/// The README's filter table is generated from `Filter.all`; `RECORD_GOLDENS=1` rewrites it.
@Suite struct FilterReferenceTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("README.md")

  @Test func readmeTableIsCurrent() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = "<!-- filters:begin -->\n"
    let end = "<!-- filters:end -->"
    let start = try #require(text.range(of: begin))
    let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
    let current = String(text[start.upperBound..<stop.lowerBound])
    let table = Filter.referenceTable()
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1", current != table {
      try (text[..<start.upperBound] + table + text[stop.lowerBound...]).write(
        to: Self.readme, atomically: true, encoding: .utf8)
      Issue.record("README filter table rewritten")
      return
    }
    #expect(current == table, "run RECORD_GOLDENS=1 swift test --filter FilterReferenceTests")
  }

  @Test func everyFilterHasAnExample() {
    for filter in Filter.all { #expect(!filter.examples.isEmpty, "\(filter.name)") }
  }
}

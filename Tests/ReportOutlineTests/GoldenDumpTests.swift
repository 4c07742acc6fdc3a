import Foundation
import Testing

@testable import ReportOutline
@testable import ReportText

/// Golden tree dumps of our own small reports: `Fixtures/dumps/<case>.input.(txt|md)` against
/// `<case>.expected.txt`. `RECORD_GOLDENS=1 swift test --filter GoldenDumpTests` rewrites the
/// expected files and fails, so a recorded change is always looked at.
@Suite struct GoldenDumpTests {
  static let folder = Paths.fixtures.appendingPathComponent("dumps")

  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.contains(".input.") }.sorted()
  }

  @Test(arguments: cases)
  func dumpMatchesGolden(input: String) throws {
    let url = Self.folder.appendingPathComponent(input)
    let decoded = try SourceText.decode(Array(try Data(contentsOf: url)), path: input)
    let dump = OutlineDumper().dump(Outline(parsing: decoded.text))
    let stem = input.components(separatedBy: ".input.")[0]
    let expectedURL = Self.folder.appendingPathComponent("\(stem).expected.txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try Data(dump.utf8).write(to: expectedURL)
      Issue.record("recorded \(expectedURL.lastPathComponent); unset RECORD_GOLDENS and run again")
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(dump == expected)
  }

  @Test func everyCaseHasAGolden() {
    #expect(Self.cases.count >= 5)
  }
}

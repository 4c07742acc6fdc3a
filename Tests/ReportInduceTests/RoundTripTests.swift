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

  static let examples: [URL] = ["songling-2024-annual", "baisha-2025-half-year", "yunxi-2024-summary-plan"].map {
    packageRoot.appendingPathComponent("Examples/drafts/\($0).txt")
  }

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

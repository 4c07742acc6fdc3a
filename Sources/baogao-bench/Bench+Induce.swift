import Foundation
import ReportData
import ReportInduce
import ReportOutline
import ReportTemplate
import ReportText

extension Bench {
  /// The induce stage: every corpus report (outline already parsed) turned into a template and data, `copies`
  /// times over, MB/s of report text; then the round trip (render the induced template with its data and
  /// write it) on the same reports.
  static func induce(_ options: Options) throws {
    let reports = try corpusReports(options)
    let outlines = reports.map { Outline(parsing: SourceText(path: $0.name, utf8: $0.bytes)) }
    let copies = max(1, options.copies / 10)
    let bytes = reports.reduce(0) { $0 + $1.bytes.count } * copies
    var slots = 0
    var inductions: [Induction] = []
    let seconds = best(options.runs) {
      slots = 0
      inductions = []
      for _ in 0..<copies {
        for outline in outlines {
          let induction = Induction(outline: outline)
          slots += induction.slots.count
          inductions.append(induction)
        }
      }
    }
    print(
      "induce: \(outlines.count) reports ×\(copies) (\(megabytes(bytes))), \(slots) slots, best of \(options.runs): \(String(format: "%.3f", seconds)) s"
    )
    print("induce: \(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s")
    var failures = 0
    let roundTrip = best(1) {
      for induction in inductions.prefix(outlines.count) {
        guard let template = try? Template(path: "report.tpl", string: induction.template),
          let data = try? DataDocument(parsing: induction.data, path: "data.yaml"),
          let rendered = try? template.render(data: data)
        else {
          failures += 1
          continue
        }
        _ = DraftWriter(format: .text).write(DraftDocument(rendered: rendered.text))
      }
    }
    print(
      "induce: round trip of \(outlines.count) reports \(String(format: "%.3f", roundTrip)) s, \(failures) failures")
  }
}

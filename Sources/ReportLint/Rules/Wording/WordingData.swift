import Foundation
import ReportData

/// The wording data shipped with the package (`Resources/formulations.yaml`), read once: the formulations of
/// `wording.formulation` (key 提法), and the outdated terms (过时词语) and the Party's congresses and plenums (党的会议)
/// of `wording.outdated`.
///
/// Each list is empty when the resource is missing or invalid; a test checks that it is neither.
enum WordingData {
  /// The resource parsed, or nil.
  static let document: DataDocument? = {
    guard let url = Bundle.module.url(forResource: "formulations", withExtension: "yaml"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return nil }
    return try? DataDocument(parsing: text, path: "formulations.yaml")
  }()

  static let outdatedTerms: [WordingOutdatedRule.Term] = {
    guard let document, let items = document.root["过时词语"]?.items else { return [] }
    return items.compactMap { try? WordingOutdatedRule.Term(reading: $0, path: document.source.path) }
  }()

  static let congresses: [WordingOutdatedRule.Congress] = {
    guard let document, let items = document.root["党的会议"]?.items else { return [] }
    return items.compactMap { try? WordingOutdatedRule.Congress(reading: $0, path: document.source.path) }
  }()
}

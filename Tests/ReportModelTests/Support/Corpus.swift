import Foundation
import ReportModel

/// The reference corpus in `../shared/corpus`, next to the package root, when it is there.
enum Corpus {
  /// The package root: three folders above this file's folder.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let directory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  /// The shipped default model in the sources.
  static let defaultModelFile = packageRoot.appendingPathComponent("Sources/ReportModel/Resources/default-model.json")

  static var isPresent: Bool { !files.isEmpty }

  /// The corpus reports (`*.txt`), sorted by name; empty when the corpus is absent.
  static let files: [URL] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
  }()

  static let absentMessage = "参考语料 ../shared/corpus 不存在，跳过（the reference corpus is absent）"

  /// The 144 annual reports in `../shared/corpus-annual`, sorted by name; empty when they are absent.
  static let annualFiles: [URL] = {
    let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-annual")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
  }()

  static let annualAbsentMessage = "年度报告语料 ../shared/corpus-annual 不存在，跳过（corpus-annual is absent）"

  /// The genre a corpus file name states: `annual-…`, `half-…`, `summary-plan-…`.
  static func statedGenre(of url: URL) -> ReportGenre? {
    let name = url.lastPathComponent
    if name.hasPrefix("annual-") { return .annual }
    if name.hasPrefix("half-") { return .halfYear }
    if name.hasPrefix("summary-plan-") { return .summaryPlan }
    return nil
  }
}

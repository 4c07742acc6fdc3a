import Foundation
import ReportCompare
import ReportModel
import ReportOutline
import ReportText
import Testing

/// Reports the compare tests read: the corpus in `../shared/corpus` when present, and our own example drafts.
enum Reports {
  /// The package root: three folders above this file's folder.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let corpusDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static let corpusAbsent: Comment = "参考语料 ../shared/corpus 不存在，跳过（the reference corpus is absent）"

  /// The corpus reports (`*.txt`), sorted by name; empty when the corpus is absent.
  static let corpus: [Outline] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { outline(corpusDirectory.appendingPathComponent($0)) }
  }()

  static func outline(_ url: URL) -> Outline {
    let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
    return Outline(parsing: SourceText(path: url.path, utf8: bytes))
  }

  static func outline(_ text: String, name: String = "draft.txt") -> Outline {
    Outline(parsing: SourceText(path: name, string: text))
  }

  /// An example draft of ours, e.g. `songling-2024-annual.txt`.
  static func example(_ name: String) -> Outline {
    outline(packageRoot.appendingPathComponent("Examples/drafts/\(name)"))
  }

  static let model = try! StructureModel.loadDefault()

  static func compare(_ draft: Outline, with references: [Outline]) -> Comparison {
    let classifier = model.topicClassifier
    let shape = ReportShape(outline: draft, classifier: classifier)
    return Comparison(
      draft: shape, references: ReferenceSet(references: references, for: shape.genre, classifier: classifier))
  }

  static func compare(_ draft: Outline) -> Comparison {
    let shape = ReportShape(outline: draft, classifier: model.topicClassifier)
    return Comparison(draft: shape, references: ReferenceSet(model: model, genre: shape.genre))
  }
}

import Foundation
import Testing

/// One input the mutations start from: a file of ours, or of the corpus.
struct Seed: Sendable, CustomTestStringConvertible {
  /// The path relative to the package root (`Examples/drafts/…`), or `corpus/<name>` for the corpus.
  var name: String
  var bytes: [UInt8]

  var testDescription: String { name }
}

/// The seed files, found from this file's place in the package.
enum Seeds {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let corpusDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static let corpusAbsent: Comment = "参考语料 ../shared/corpus 不存在，只用本仓库的样例（the corpus is absent）"

  /// Reports: our outline fixtures, example drafts and reports, and the corpus when present.
  static let reports: [Seed] = {
    var seeds =
      files(in: "Tests/ReportOutlineTests/Fixtures/reports", extensions: ["txt", "md"])
      + files(in: "Tests/ReportOutlineTests/Fixtures/reports2", extensions: ["txt", "md"])
      + files(in: "Tests/ReportOutlineTests/Fixtures/reports3", extensions: ["txt", "md"])
      + files(in: "Tests/ReportOutlineTests/Fixtures/dumps", extensions: ["txt", "md"]).filter {
        $0.name.contains(".input.")
      }
      + files(in: "Examples/drafts", extensions: ["txt", "md"]) + files(in: "Examples/reports", extensions: ["txt"])
    seeds.removeAll { $0.name.hasSuffix("NOTES.md") }
    return seeds + corpus
  }()

  /// The corpus reports (`*.txt`); empty when the corpus is absent.
  static let corpus: [Seed] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      (try? Data(contentsOf: corpusDirectory.appendingPathComponent(name))).map {
        Seed(name: "corpus/\(name)", bytes: [UInt8]($0))
      }
    }
  }()

  /// The example data files.
  static let data: [Seed] = files(in: "Examples/data", extensions: ["yaml"])

  /// The templates of every template family.
  static let templates: [Seed] = ["annual", "half-year", "summary-plan"].flatMap {
    files(in: "Templates/\($0)", extensions: ["tpl"])
  }

  static func files(in folder: String, extensions: Set<String>) -> [Seed] {
    let directory = packageRoot.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().filter { extensions.contains(($0 as NSString).pathExtension) }.compactMap { name in
      (try? Data(contentsOf: directory.appendingPathComponent(name))).map {
        Seed(name: "\(folder)/\(name)", bytes: [UInt8]($0))
      }
    }
  }

  static func text(_ path: String) -> String {
    (try? String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }
}

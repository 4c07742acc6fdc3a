import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportLint

/// Inputs the lint fuzzer (`Tests/Fuzz`, `FuzzLint`) found: every rule runs on each without crashing, every
/// finding lies inside the text, and fixing the fixed text changes nothing.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fuzz")

  static let inputs: [URL] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test func inputsArePresent() {
    #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
  }

  /// As the fuzzer reads them: decoded as the CLI does, or as UTF-8 with replacement characters when refused.
  @Test(arguments: inputs)
  func lintAndFix(_ url: URL) throws {
    let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
    let source =
      (try? SourceText.decode(bytes, path: url.lastPathComponent).text)
      ?? SourceText(path: url.lastPathComponent, string: String(decoding: bytes, as: UTF8.self))
    let linter = Linter(rules: LintRules.all, model: try StructureModel.loadDefault())
    for finding in linter.lintHonoringComments(source) {
      #expect(finding.range.upperBound.offset <= source.bytes.count)
    }
    let (fixed, _) = linter.fixing(source)
    #expect(linter.fixing(fixed).text.bytes == fixed.bytes)
  }
}

import Foundation
import ReportOutline
import ReportText
import Testing

@testable import ReportInduce

/// Inputs the induce fuzzer (`Tests/Fuzz`, `FuzzInduce`) found: each one's induced template, rendered with its
/// data, gives the report back in the writer's layout.
@Suite struct FuzzRegressionTests {
  static let folder = InduceReports.packageRoot.appendingPathComponent("Tests/ReportInduceTests/Fixtures/fuzz")

  static let inputs: [URL] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test func inputsArePresent() {
    #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
  }

  @Test(arguments: inputs)
  func roundTrip(_ url: URL) throws {
    let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
    let source =
      (try? SourceText.decode(bytes, path: url.lastPathComponent).text)
      ?? SourceText(path: url.lastPathComponent, string: String(decoding: bytes, as: UTF8.self))
    let outline = Outline(parsing: source)
    let induction = Induction(outline: outline)
    #expect(try InduceReports.generate(induction) == Induction.normalized(outline))
  }
}

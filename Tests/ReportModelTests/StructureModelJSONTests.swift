import Foundation
import ReportOutline
import Testing

@testable import ReportModel

@Suite struct StructureModelJSONTests {
  @Test func learningTwiceGivesTheSameBytes() throws {
    let first = try StructureModel.learn(from: StructureModelTests.outlines).jsonData()
    let second = try StructureModel.learn(from: StructureModelTests.outlines).jsonData()
    #expect(first == second)
  }

  @Test func theOrderOfTheReportsDoesNotMatter() throws {
    let outlines = StructureModelTests.outlines
    let expected = try StructureModel.learn(from: outlines).jsonData()
    for shift in 1..<outlines.count {
      let rotated = Array(outlines[shift...] + outlines[..<shift])
      #expect(try StructureModel.learn(from: rotated).jsonData() == expected)
    }
    #expect(try StructureModel.learn(from: outlines.reversed()).jsonData() == expected)
  }

  @Test(.enabled(if: Corpus.isPresent, Comment(rawValue: Corpus.absentMessage)))
  func theOrderOfTheCorpusFilesDoesNotMatter() throws {
    let sorted = try StructureModel.learn(fromFiles: Corpus.files).jsonData()
    let reversed = try StructureModel.learn(fromFiles: Corpus.files.reversed()).jsonData()
    #expect(sorted == reversed)
  }

  @Test func roundTripsThroughJSON() throws {
    let model = StructureModel.learn(from: StructureModelTests.outlines)
    let data = try model.jsonData()
    let decoded = try StructureModel(jsonData: data)
    #expect(decoded == model)
    #expect(try decoded.jsonData() == data)
  }

  @Test func writesSortedKeysAndNoPaths() throws {
    let text = String(decoding: try StructureModel.learn(from: StructureModelTests.outlines).jsonData(), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"genres\""))
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\"version\" : 1"))
    #expect(!text.contains("/tmp/towns"))
  }

  @Test func rejectsWhatIsNotAModel() {
    #expect(throws: StructureModelError.self) { try StructureModel(jsonData: Data("{}".utf8)) }
    #expect(throws: StructureModelError.self) { try StructureModel(jsonData: Data("not json".utf8)) }
  }

  @Test func rejectsANewerVersion() throws {
    var model = StructureModel.learn(from: [])
    model.version = StructureModel.currentVersion + 1
    #expect(throws: StructureModelError.unsupportedVersion(StructureModel.currentVersion + 1)) {
      try StructureModel(jsonData: model.jsonData())
    }
  }
}

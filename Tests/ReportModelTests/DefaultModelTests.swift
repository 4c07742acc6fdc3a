import Foundation
import Testing

@testable import ReportModel

/// The default model shipped in `Sources/ReportModel/Resources/default-model.json`.
///
/// Regenerate it after changing the learning code with
/// `RECORD_MODEL=1 swift test --filter DefaultModelTests`; the test then fails to say it wrote it.
@Suite struct DefaultModelTests {
  /// The shipped model is learned from the eleven township reports of `../shared/corpus` and the 144 annual
  /// reports of `../shared/corpus-annual`.
  @Test(
    .enabled(if: Corpus.isPresent, Comment(rawValue: Corpus.absentMessage)),
    .enabled(if: !Corpus.annualFiles.isEmpty, Comment(rawValue: Corpus.annualAbsentMessage)))
  func theShippedModelIsLearnedFromTheCorpus() throws {
    let learned = try StructureModel.learn(fromFiles: Corpus.files + Corpus.annualFiles).jsonData()
    if ProcessInfo.processInfo.environment["RECORD_MODEL"] == "1" {
      try learned.write(to: Corpus.defaultModelFile, options: .atomic)
      Issue.record("已重新生成默认模型 \(Corpus.defaultModelFile.path)（RECORD_MODEL=1）；请去掉该变量再运行测试。")
      return
    }
    let shipped = try Data(contentsOf: Corpus.defaultModelFile)
    #expect(
      learned == shipped,
      "默认模型与语料重新学习的结果不一致；用 RECORD_MODEL=1 swift test --filter DefaultModelTests 重新生成。")
  }

  @Test func theDefaultModelLoads() throws {
    let model = try StructureModel.loadDefault()
    #expect(model.version == StructureModel.currentVersion)
    #expect(model.sources.count >= 1)
    #expect(model.sources.allSatisfy { !$0.file.contains("/") })
    #expect(try model.jsonData() == StructureModel.defaultModelData())
    #expect(try StructureModel.defaultModelData() == Data(contentsOf: Corpus.defaultModelFile))
  }

  @Test func theDefaultModelKnowsEveryGenreAndLevel() throws {
    let model = try StructureModel.loadDefault()
    #expect(model.sources.count == 155)
    #expect(model.profile(for: .annual).reportCount == 145)
    for level in GovernmentLevel.allCases {
      #expect(model.sources.contains { $0.level == level }, "\(level)")
    }
    for genre in ReportGenre.allCases {
      let profile = model.profile(for: genre)
      #expect(profile.reportCount > 0, "\(genre)")
      #expect((profile.part(.review)?.reportShare ?? 0) >= 0.95, "\(genre)")
      #expect((profile.part(.plan)?.reportShare ?? 0) >= 0.95, "\(genre)")
    }
    #expect(model.openingPhrases(for: .problems).contains { $0.phrase == "在肯定成绩的同时" })
  }
}

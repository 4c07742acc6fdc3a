import Testing

@testable import ReportModel

@Suite struct OpeningPhraseTests {
  @Test(arguments: [
    ("在肯定成绩的同时，我们也看到不足。", ["在肯定成绩的同时"]),
    ("各位代表，过去半年成绩来之不易！", ["各位代表", "过去半年成绩来之不易"]),
    ("各位代表，同志们！让我们携手向前。", ["各位代表", "让我们携手向前"]),
    ("今年以来：", ["今年以来"]),
    ("这一句开头的分句写得太长了超过十二个字，后面还有。", []),
    ("好", []),
  ])
  func takesTheOpeningClause(_ text: String, _ phrases: [String]) {
    #expect(OpeningPhrase.phrases(opening: text) == phrases)
  }

  @Test func continuesAfterAnAddressAlone() {
    #expect(OpeningPhrase.phrases(opening: "各位代表：", continuation: "现在，我代表镇政府报告。") == ["各位代表", "现在"])
    #expect(OpeningPhrase.phrases(opening: "各位代表：") == ["各位代表"])
  }
}

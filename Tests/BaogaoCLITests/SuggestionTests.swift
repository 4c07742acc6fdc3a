import Testing

@testable import BaogaoCLI

@Suite struct SuggestionTests {
  @Test(
    arguments: [
      ("", "", 0), ("abc", "abc", 0), ("abc", "", 3), ("ehco", "echo", 1), ("kitten", "sitting", 3),
      ("outlin", "outline", 1), ("大纲", "大刚", 1),
    ] as [(String, String, Int)])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == distance)
    #expect(Suggestion.editDistance(Array(b.unicodeScalars), Array(a.unicodeScalars)) == distance)
  }

  static let commands = ["compare", "generate", "induce", "init", "learn", "lint", "outline", "slots"]

  @Test(
    arguments: [
      ("outlin", "outline"), ("lnt", "lint"), ("complare", "compare"), ("genrate", "generate"), ("slot", "slots"),
      ("lear", "learn"), ("xyz", nil), ("generatexyzxyz", nil),
    ] as [(String, String?)])
  func nearestCommand(typed: String, expected: String?) {
    #expect(Suggestion.nearest(to: typed, in: Self.commands) == expected)
  }
}

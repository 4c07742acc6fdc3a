import Testing

@testable import ReportTemplate

/// Suggestions by edit distance.
@Suite struct SuggestionTests {
  @Test func suggestsCloseNames() {
    #expect(Suggestion.nearest(to: "财政收人", among: ["财政支出", "财政收入", "粮食产量"]) == "财政收入")
    #expect(Suggestion.nearest(to: "amout", among: Filter.all.map(\.name)) == "amount")
    #expect(Suggestion.nearest(to: "endfro", among: TemplateParser.tagNames) == "endfor")
    #expect(Suggestion.nearest(to: "GDP", among: ["gdp", "cpi"]) == "gdp")
    #expect(Suggestion.nearest(to: "地区生产总直", among: ["地区生产总值"]) == "地区生产总值")
  }

  @Test func staysQuietWhenNothingIsClose() {
    #expect(Suggestion.nearest(to: "镇长", among: ["镇名", "镇委"]) == nil)
    #expect(Suggestion.nearest(to: "人口", among: ["财政收入"]) == nil)
    #expect(Suggestion.nearest(to: "xyz", among: []) == nil)
    #expect(Suggestion.nearest(to: "财政收入", among: ["财政收入"]) == nil)
  }

  @Test func countsSwapsAsOneEdit() {
    #expect(Suggestion.distance(Array("ab".unicodeScalars.map(\.value)), Array("ba".unicodeScalars.map(\.value))) == 1)
    #expect(Suggestion.distance(Array("收入".unicodeScalars.map(\.value)), []) == 2)
  }
}

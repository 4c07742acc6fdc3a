import Testing

@testable import ReportText

@Suite struct JSONStringTests {
  @Test func escapesOnlyWhatJSONNeeds() {
    var out = ""
    JSONValue.writeString("甲\"乙\\丙\n丁\t\u{01}\u{2028}—“引号”\u{2029}", to: &out)
    #expect(out == "\"甲\\\"乙\\\\丙\\n丁\\t\\u0001\\u2028—“引号”\\u2029\"")
    var plain = ""
    JSONValue.writeString("", to: &plain)
    #expect(plain == "\"\"")
  }
}

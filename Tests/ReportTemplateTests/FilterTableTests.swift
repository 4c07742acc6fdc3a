import ReportTemplate
import Testing

/// The filter table: names, documentation, and every documented example.
@Suite struct FilterTableTests {
  @Test(arguments: Filter.all.map(\.name))
  func examplesRender(_ name: String) throws {
    let filter = try #require(Filter.named(name))
    #expect(!filter.examples.isEmpty, "\(name) has no example")
    for example in filter.examples {
      // With Chinese text before the expression, to catch offset slips.
      #expect(text("　　前文：" + example.template) == "　　前文：" + example.output, "\(example.template)")
    }
  }

  @Test func namesAreUniqueSnakeCaseAndDocumented() {
    let names = Filter.all.map(\.name)
    #expect(Set(names).count == names.count)
    for filter in Filter.all {
      #expect(filter.name.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") }, "\(filter.name)")
      #expect(!filter.summary.isEmpty)
      for parameter in filter.parameters { #expect(!parameter.summary.isEmpty, "\(filter.name).\(parameter.name)") }
      #expect(filter.examples.allSatisfy { $0.template.contains("| \(filter.name)") }, "\(filter.name)")
    }
    #expect(Filter.named("amount")?.usage == "值 | amount(unit, digits=2, from=none)")
    #expect(Filter.named("join_cn")?.usage == "值 | join_cn(last=\"和\", separator=\"、\")")
    #expect(Filter.named("length")?.usage == "值 | length")
  }

  @Test func everyFamilyIsThere() {
    let names = Set(Filter.all.map(\.name))
    let expected: Set = [
      "default", "length", "first", "last", "join", "upper", "lower", "trim", "round", "int", "number", "sum", "sort",
      "replace", "cn", "cn_ordinal", "amount", "percent", "growth", "change", "completion", "completion_rate",
      "join_cn",
      "date_cn", "year", "quantity", "with_unit", "level", "yoy",
    ]
    #expect(names == expected)
  }
}

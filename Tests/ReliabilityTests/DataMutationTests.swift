import ReportData
import ReportText
import Testing

/// Reading a damaged data file: a document, or a `DataError` whose range is inside the text.
@Suite struct DataMutationTests {
  static let casesPerSeed = 200

  @Test(arguments: Seeds.data)
  func parsingGivesADocumentOrALocatedError(_ seed: Seed) {
    for number in MutationCase.numbers("data", seed: seed, count: Self.casesPerSeed) {
      var c = MutationCase(property: "data", seed: seed, number: number)
      let source = SourceText(path: "data.yaml", string: c.text)
      let result = TimeBudget.measure(&c, property: "data") {
        Result { () throws(DataError) in
          try DataDocument(parsing: source)
        }
      }
      if case .failure(let error) = result {
        c.checkRange(error.range, in: source, "data error \(error.kind)")
        c.check(!error.description.isEmpty, "empty message")
        _ = error.rendered(source: source)
      }
      c.report()
    }
    MutationCase.summarize(["data"], after: seed, of: Seeds.data)
  }
}

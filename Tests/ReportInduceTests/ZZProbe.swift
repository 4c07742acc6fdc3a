import Testing
@testable import ReportInduce

@Suite struct ZZProbe {
  @Test func probe() throws {
    for url in [InduceReports.examples[0]] + InduceReports.corpus.prefix(2) {
      let i = Induction(outline: InduceReports.outline(url))
      print("== \(url.lastPathComponent)")
      print(i.slots.filter { $0.kind == .quantity }.map { "\($0.path.last!)=\($0.value)" }.joined(separator: " | "))
    }
  }
}

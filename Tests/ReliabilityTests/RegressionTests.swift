import Foundation
import ReportOutline
import ReportText
import Testing

/// The minimised inputs of past failures (`Fixtures/`), each run through every report property.
@Suite struct RegressionTests {
  static let fixtures: [Seed] = Seeds.files(in: "Tests/ReliabilityTests/Fixtures", extensions: ["txt", "md"])

  @Test(arguments: fixtures)
  func pastFailuresHold(_ seed: Seed) {
    var c = MutationCase(property: "regression", seed: seed, number: 0)
    let name = seed.name.hasSuffix(".md") ? "input.md" : "input.txt"
    let source = SourceText(path: name, string: c.text)
    let outline = Outline(parsing: source)
    OutlineMutationTests.checkRanges(outline, &c)
    c.problems += OutlineCoverage.problems(outline)
    LintMutationTests.check(source, &c)
    InduceCompareMutationTests.check(outline, &c)
    c.report()
  }

  @Test func thereAreFixtures() {
    #expect(Self.fixtures.count >= 2)
  }
}

import Foundation
import ReportData
import ReportText
import Testing

/// A timing check run by hand, not a timed unit test: it measures and prints, and asserts only that the file
/// parses.
///
/// ```
/// python3 ../shared/bench/gen_data.py            # in a temporary folder: writes data.yaml (1.55 MB)
/// BAOGAO_DATA_TIMING=/tmp/x/data.yaml swift test -c release --filter ParseTimingTests
/// ```
@Suite struct ParseTimingTests {
  static let file = ProcessInfo.processInfo.environment["BAOGAO_DATA_TIMING"]

  @Test(.enabled(if: file != nil, "set BAOGAO_DATA_TIMING to a data file to time the parser"))
  func parsesBenchmarkFile() throws {
    let path = try #require(Self.file)
    let source = try SourceText.read(path: path).text
    var best = Double.infinity
    var first: Double?
    // The previous tree is freed after the clock stops, so that freeing is not timed with parsing.
    var document: DataDocument?
    for _ in 0..<(ProcessInfo.processInfo.environment["BAOGAO_DATA_RUNS"].flatMap(Int.init) ?? 10) {
      let start = ContinuousClock.now
      let parsed = try DataDocument(parsing: source)
      let elapsed = ContinuousClock.now - start
      document = parsed
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      best = min(best, seconds)
      if first == nil { first = seconds }
    }
    #expect(document?.root.entries != nil)
    let megabytes = Double(source.bytes.count) / 1_000_000
    let firstSeconds = first ?? best
    print(
      String(
        format: "data parse: %.2f MB, first run %.2f ms (%.0f MB/s), best %.2f ms: %.0f MB/s", megabytes,
        firstSeconds * 1000, megabytes / firstSeconds, best * 1000, megabytes / best))
  }
}

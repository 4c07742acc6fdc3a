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
///
/// It prints three figures: the parse alone (the tree freed after the clock stops); the parse as `baogao-bench`
/// times a stage (text normalised, parsed and the tree freed, all inside the clock); and the first parse of the
/// process, which also pays for fresh memory.
@Suite struct ParseTimingTests {
  static let file = ProcessInfo.processInfo.environment["BAOGAO_DATA_TIMING"]
  static let runs = ProcessInfo.processInfo.environment["BAOGAO_DATA_RUNS"].flatMap(Int.init) ?? 10

  @Test(.enabled(if: file != nil, "set BAOGAO_DATA_TIMING to a data file to time the parser"))
  func parsesBenchmarkFile() throws {
    let path = try #require(Self.file)
    let bytes = try SourceText.readBytes(path: path)
    let source = try SourceText.decode(bytes, path: path).text
    var first: Double?
    var document: DataDocument?
    let parseOnly = try Self.best {
      let parsed = try DataDocument(parsing: source)
      return { document = parsed }
    } first: {
      first = first ?? $0
    }
    #expect(document?.root.entries != nil)
    let whole = try Self.best {
      _ = try DataDocument(parsing: SourceText(path: path, utf8: bytes))
      return {}
    } first: { _ in
    }
    let megabytes = Double(source.bytes.count) / 1_000_000
    func line(_ name: String, _ seconds: Double) -> String {
      String(format: "data %@: %.2f MB in %.2f ms: %.0f MB/s", name, megabytes, seconds * 1000, megabytes / seconds)
    }
    print(line("parse, best of \(Self.runs)", parseOnly))
    print(line("normalise+parse+free, best of \(Self.runs)", whole))
    print(line("first parse", first ?? parseOnly))
  }

  /// The best time of `body` over `runs` runs; what `body` returns runs after the clock stops.
  static func best(_ body: () throws -> () -> Void, first: (Double) -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = ContinuousClock.now
      let after = try body()
      let elapsed = ContinuousClock.now - start
      after()
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      first(seconds)
      best = min(best, seconds)
    }
    return best
  }
}

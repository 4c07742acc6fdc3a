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
/// `BAOGAO_DATA_RUNS` sets the number of runs (10); `BAOGAO_DATA_CPU=1` times by this thread's CPU time.
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

  /// Seconds on a clock: wall time, or with `BAOGAO_DATA_CPU=1` the CPU time of this thread (steadier on a
  /// machine that other work shares).
  static func now() -> Double {
    var time = timespec()
    clock_gettime(usesCPUTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  static let usesCPUTime = ProcessInfo.processInfo.environment["BAOGAO_DATA_CPU"] == "1"

  /// The best time of `body` over `runs` runs; what `body` returns runs after the clock stops.
  static func best(_ body: () throws -> () -> Void, first: (Double) -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = now()
      let after = try body()
      let seconds = now() - start
      after()
      first(seconds)
      best = min(best, seconds)
    }
    return best
  }
}

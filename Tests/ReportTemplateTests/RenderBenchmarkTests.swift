import Foundation
import ReportData
import ReportTemplate
import ReportText
import Testing

/// Times rendering the shared benchmark (`/work/shared/bench`): runs only when `BAOGAO_BENCH_DATA` names the
/// `data.yaml` that `gen_data.py` writes. Run it in release mode:
///
///     BAOGAO_BENCH_DATA=/tmp/bench/data.yaml swift test -c release --filter RenderBenchmarkTests
///
/// The YAML parser lives on another branch, so the data tree is read here by a reader for the benchmark's
/// shape only (block mappings and sequences, plain and double-quoted scalars).
@Suite struct RenderBenchmarkTests {
  static let template = """
    {{ report.title }}
    {% for s in report.sections %}
    {{ loop.index }}. {{ s.heading }}
    {% for it in s['items'] %}
      （{{ loop.index }}）{{ it.text }} {{ it.value }}
    {% endfor %}
    {% endfor %}

    """

  static var dataPath: String? { ProcessInfo.processInfo.environment["BAOGAO_BENCH_DATA"] }

  @Test(.enabled(if: dataPath != nil)) func renderSpeed() throws {
    let source = try SourceText(contentsOfFile: Self.dataPath!)
    var reader = BenchmarkReader(source: source)
    let document = DataDocument(source: source, root: reader.read())
    let template = try Template(path: "report.tpl", string: Self.template)
    var best = Double.infinity
    var bestCPU = Double.infinity
    var size = 0
    let runs = Int(ProcessInfo.processInfo.environment["BAOGAO_BENCH_RUNS"] ?? "") ?? 7
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      let cpuStart = Self.threadCPUTime()
      let result = try template.render(data: document)
      bestCPU = min(bestCPU, Self.threadCPUTime() - cpuStart)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      size = result.text.utf8.count
      best = min(best, seconds)
    }
    let rate = Double(size) / 1_000_000 / best
    let cpuRate = Double(size) / 1_000_000 / bestCPU
    print(
      "render: \(size) bytes in \(String(format: "%.2f", best * 1000)) ms (\(String(format: "%.2f", bestCPU * 1000)) ms CPU),"
        + " \(String(format: "%.1f", rate)) MB/s (\(String(format: "%.1f", cpuRate)) MB/s of CPU time)")
    #expect(size > 900_000)
  }
}

extension RenderBenchmarkTests {
  /// The CPU time of the calling thread in seconds, which a busy machine disturbs less than the wall clock.
  static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Reads the benchmark's YAML: block mappings and sequences with plain or double-quoted scalars.
struct BenchmarkReader {
  let source: SourceText
  var lines: [(indent: Int, text: Substring, offset: Int)] = []
  var position = 0

  init(source: SourceText) {
    self.source = source
    let text = String(decoding: source.bytes, as: UTF8.self)
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      if !line.dropFirst(indent).isEmpty { lines.append((indent, line.dropFirst(indent), offset + indent)) }
      offset += line.utf8.count + 1
    }
  }

  mutating func read() -> DataNode { node(indent: 0) }

  private mutating func node(indent: Int) -> DataNode {
    let first = lines[position]
    if first.text.hasPrefix("- ") {
      var items: [DataNode] = []
      while position < lines.count, lines[position].indent == indent, lines[position].text.hasPrefix("- ") {
        // Treat "- key: value" as a mapping indented two more.
        lines[position].indent += 2
        lines[position].offset += 2
        lines[position].text = lines[position].text.dropFirst(2)
        items.append(node(indent: indent + 2))
      }
      return DataNode(value: .sequence(items), range: location(first.offset)..<location(first.offset))
    }
    var entries: [DataEntry] = []
    while position < lines.count, lines[position].indent == indent, !lines[position].text.hasPrefix("- ") {
      let line = lines[position]
      let colon = line.text.firstIndex(of: ":")!
      let key = String(line.text[..<colon])
      let rest = line.text[line.text.index(after: colon)...].drop { $0 == " " }
      let keyRange = location(line.offset)..<location(line.offset + key.utf8.count)
      position += 1
      let value: DataNode
      if rest.isEmpty {
        value =
          position < lines.count && lines[position].indent > indent
          ? node(indent: lines[position].indent) : DataNode(value: .null, range: keyRange)
      } else {
        var text = String(rest)
        var style = ScalarStyle.plain
        if text.hasPrefix("\"") {
          text = String(text.dropFirst().dropLast())
          style = .doubleQuoted
        }
        value = DataNode(value: .text(text, style: style), range: keyRange)
      }
      entries.append(DataEntry(key: key, keyRange: keyRange, value: value))
    }
    return DataNode(value: .mapping(entries), range: location(first.offset)..<location(first.offset))
  }

  private func location(_ offset: Int) -> TextLocation { TextLocation(line: 0, column: 0, offset: offset) }
}

import Foundation
import ReportData
import ReportModel
import ReportOutline
import ReportTemplate
import ReportText

/// `baogao-bench`: throughput of each stage, on the shared workload. Build it in release:
/// `swift run -c release baogao-bench [STAGE] [--corpus DIR] [--copies N] [--runs N]`.
///
/// Stages: `outline` (corpus ×100 concatenated, MB/s and peak memory), `learn` (1,000 reports,
/// reports/s), `lint` (the outline input with every rule, MB/s), `compare` (a whole `baogao compare` process
/// against 1,000 reference files, seconds).
/// Without a stage, all of them run. Each prints lines ending in the figure and its unit.
enum Bench {
  struct Options {
    var stage: String?
    var corpus = "../shared/corpus"
    var copies = 100
    var runs = 5
    var file: String?
    var data: String?
    var template: String?
  }

  static func main(_ arguments: [String]) -> Int32 {
    var options = Options()
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      func value() -> String? {
        i += 1
        return i < arguments.count ? arguments[i] : nil
      }
      switch a {
      case "--corpus": options.corpus = value() ?? options.corpus
      case "--copies": options.copies = Int(value() ?? "") ?? options.copies
      case "--runs": options.runs = max(1, Int(value() ?? "") ?? options.runs)
      case "--file": options.file = value()
      case "--data": options.data = value()
      case "--template": options.template = value()
      case "-h", "--help":
        print(
          """
          用法：baogao-bench [outline|learn|lint|data|render|generate|compare|induce] [--corpus DIR] [--copies N] [--runs N]
                baogao-bench data --file data.yaml
                baogao-bench render --data data.yaml --template Benchmarks/report.tpl
          """)
        return 0
      default:
        if a.hasPrefix("-") {
          FileHandle.standardError.write("baogao-bench: 未知选项 \(a)\n".data(using: .utf8)!)
          return 2
        }
        options.stage = a
      }
      i += 1
    }
    let stages: [(name: String, run: (Options) throws -> Void)] = [
      ("outline", outline), ("learn", learn), ("lint", lint), ("data", data), ("render", render),
      ("generate", generate), ("compare", compare), ("induce", induce),
    ]
    do {
      if let stage = options.stage {
        guard let run = stages.first(where: { $0.name == stage })?.run else {
          let names = stages.map(\.name).joined(separator: "、")
          FileHandle.standardError.write("baogao-bench: 未知阶段 \(stage)，可用：\(names)\n".data(using: .utf8)!)
          return 2
        }
        try run(options)
      } else {
        for stage in stages { try stage.run(options) }
      }
    } catch {
      FileHandle.standardError.write("baogao-bench: \(error)\n".data(using: .utf8)!)
      return 1
    }
    return 0
  }

  // MARK: - Workload

  /// The corpus reports, sorted by name.
  static func corpusReports(_ options: Options) throws -> [(name: String, bytes: [UInt8])] {
    let url = URL(fileURLWithPath: options.corpus)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else { throw BenchError.noCorpus(options.corpus) }
    return try names.map { name in
      (name, Array(try Data(contentsOf: url.appendingPathComponent(name))))
    }
  }

  /// Runs `body` `runs` times and returns the best time in seconds.
  static func best(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      best = min(best, seconds)
    }
    return best
  }

  /// The peak resident set size of this process so far, in bytes.
  static func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

  /// The outline and lint workload: `--file`, or every corpus report concatenated `copies` times.
  static func corpusInput(_ options: Options) throws -> [UInt8] {
    if let file = options.file {
      return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    }
    let reports = try corpusReports(options)
    var one: [UInt8] = []
    for report in reports { one += report.bytes + [0x0A] }
    var input: [UInt8] = []
    input.reserveCapacity(one.count * options.copies)
    for _ in 0..<options.copies { input.append(contentsOf: one) }
    return input
  }

  // MARK: - Stages

  /// The outline stage, two ways:
  /// - report by report: every corpus report parsed on its own, `copies` rounds (the figure the stage reports: every
  ///   pass of the parser runs on every report);
  /// - one text: the reports concatenated `copies` times and parsed as one (peak memory against the input). The
  ///   parser reads such a text as the first report followed by copies of reports after its closing, which it sets
  ///   aside, so this figure is not comparable with the first.
  static func outline(_ options: Options) throws {
    if options.file == nil {
      let reports = try corpusReports(options)
      let sources = reports.map { SourceText(path: $0.name, utf8: $0.bytes) }
      let bytes = sources.reduce(0) { $0 + $1.bytes.count } * options.copies
      var headings = 0
      let seconds = best(options.runs) {
        headings = 0
        for _ in 0..<options.copies {
          for source in sources { headings += Outline(parsing: source).headings.count }
        }
      }
      print(
        "outline: \(reports.count) reports × \(options.copies) (\(megabytes(bytes))) one by one, \(headings) headings, best of \(options.runs): \(String(format: "%.3f", seconds)) s"
      )
      print("outline: report by report \(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s")
    }
    let input = try corpusInput(options)
    let baseline = peakResidentBytes()
    var headings = 0
    let seconds = best(options.runs) {
      let source = SourceText(path: "bench.txt", utf8: input)
      let outline = Outline(parsing: source)
      headings = outline.headings.count
    }
    let peak = peakResidentBytes()
    let growth = max(0, peak - baseline)
    let mbps = Double(input.count) / 1e6 / seconds
    print(
      "outline: one text of \(megabytes(input.count)), \(headings) headings, best of \(options.runs): \(String(format: "%.3f", seconds)) s"
    )
    print(
      "outline: peak memory growth \(megabytes(growth)) (\(String(format: "%.2f", Double(growth) / Double(input.count)))× input), process peak \(megabytes(peak))"
    )
    print("outline: one text \(String(format: "%.1f", mbps)) MB/s")
  }
}

extension Bench {
  /// The learn stage: 1,000 reports (the corpus repeated), parsed and learned; and learned alone.
  static func learn(_ options: Options) throws {
    let reports = try corpusReports(options)
    let count = 1000
    let sources = (0..<count).map { k -> SourceText in
      let report = reports[k % reports.count]
      return SourceText(path: "\(k)-\(report.name)", utf8: report.bytes)
    }
    let bytes = sources.reduce(0) { $0 + $1.bytes.count }
    var outlines: [Outline] = []
    let parseAndLearn = best(options.runs) {
      outlines = sources.map { Outline(parsing: $0) }
      _ = StructureModel.learn(from: outlines)
    }
    var model: StructureModel?
    let learnOnly = best(options.runs) { model = StructureModel.learn(from: outlines) }
    print("learn: \(count) reports (\(megabytes(bytes))), \(model?.sources.count ?? 0) sources in the model")
    print("learn: parse and learn, best of \(options.runs): \(String(format: "%.3f", parseAndLearn)) s")
    print("learn: learn from outlines, best of \(options.runs): \(String(format: "%.3f", learnOnly)) s")
    print("learn: \(String(format: "%.0f", Double(count) / parseAndLearn)) reports/s")
  }
}

enum BenchError: Error, CustomStringConvertible {
  case noCorpus(String)
  case missingOption(String)
  case failed(String)

  var description: String {
    switch self {
    case .noCorpus(let path): "在 \(path) 没有找到语料（*.txt）；用 --corpus DIR 指定。"
    case .missingOption(let text): text
    case .failed(let text): text
    }
  }
}

import Foundation

extension Bench {
  /// The compare stage: 1,000 reference files (the corpus reports copied round robin under distinct names) in
  /// a temporary folder, and the whole `baogao compare DRAFT --ref FOLDER` process timed (posix_spawn and
  /// waitpid, output to /dev/null); the best wall time of `runs`. The draft is `--file`, else
  /// `Examples/drafts/songling-2024-annual.txt`.
  static func compare(_ options: Options) throws {
    let baogao = try baogaoExecutable()
    let reports = try corpusReports(options)
    let count = 1000
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-bench-compare-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var bytes = 0
    for k in 0..<count {
      let report = reports[k % reports.count]
      try Data(report.bytes).write(to: folder.appendingPathComponent(String(format: "%04d-", k) + report.name))
      bytes += report.bytes.count
    }
    let draft = options.file ?? "Examples/drafts/songling-2024-annual.txt"
    let arguments = [baogao.path, "compare", draft, "--ref", folder.path]
    var status: Int32 = 0
    let seconds = best(options.runs) { status = spawn(arguments) }
    guard status == 0 else { throw BenchError.failed("baogao compare \(draft) --ref … 失败（状态 \(status)）。") }
    print("compare: \(count) references (\(megabytes(bytes))), best of \(options.runs) processes")
    print("compare: 1 draft vs \(count) references: \(String(format: "%.3f", seconds)) s")
  }

  /// The `baogao` executable next to this one.
  static func baogaoExecutable() throws -> URL {
    let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
      .deletingLastPathComponent()
    let baogao = folder.appendingPathComponent("baogao")
    guard FileManager.default.isExecutableFile(atPath: baogao.path) else {
      throw BenchError.missingOption("在 \(folder.path) 没有 baogao；先运行 swift build -c release。")
    }
    return baogao
  }

  /// Runs `arguments` (the executable first) with standard output to /dev/null and returns its wait status.
  static func spawn(_ arguments: [String]) -> Int32 {
    var status: Int32 = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    if posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 {
      waitpid(pid, &status, 0)
    } else {
      status = -1
    }
    posix_spawn_file_actions_destroy(&actions)
    return status
  }
}

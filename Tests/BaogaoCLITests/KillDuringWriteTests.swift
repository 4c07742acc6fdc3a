import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `baogao generate -o FILE --force` killed while it writes leaves FILE as it was; a write that completes
/// replaces it whole and keeps its permissions. Runs the built `baogao` executable as a child process.
@Suite(.serialized) struct KillDuringWriteTests {
  /// The `baogao` executable next to the test bundle, if `swift test` built it.
  static let executable: URL? = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baogao"),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent(".build/debug/baogao"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static let original = "原来的内容，不能被写坏。\n"

  /// A template folder and data whose draft is about 60 MB: sixty lines of one megabyte.
  static func prepare(_ directory: TemporaryDirectory) throws {
    let folder = directory.url.appendingPathComponent("大模板")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("名称: 大模板\n类别: annual\n说明: 写出很大的初稿\n入口: report.tpl\n".utf8).write(
      to: folder.appendingPathComponent("manifest.yaml"))
    try Data("% 很大的初稿\n{% for i in 次数 %}{{ 长文 }}\n{% endfor %}".utf8).write(
      to: folder.appendingPathComponent("report.tpl"))
    let line = String(repeating: "全镇完成地区生产总值十七亿元", count: 25_000)
    let times = (1...60).map { "  - \($0)" }.joined(separator: "\n")
    try directory.write("长文: \(line)\n次数:\n\(times)\n", to: "数据.yaml")
    try directory.write(original, to: "初稿.txt")
    chmod(directory.url.appendingPathComponent("初稿.txt").path, 0o640)
  }

  static func launch(_ directory: TemporaryDirectory) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["generate", "数据.yaml", "--template", "大模板", "-o", "初稿.txt", "--force"]
    process.currentDirectoryURL = directory.url
    process.environment = ["BAOGAO_MAX_OUTPUT_MB": "500", "BAOGAO_MAX_INPUT_MB": "500"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test(.enabled(if: executable != nil, "没有找到构建好的 baogao 可执行文件，跳过（the baogao executable is not built）"))
  func killedWhileWritingLeavesTheFileIntact() throws {
    let directory = try TemporaryDirectory()
    try Self.prepare(directory)
    let process = try Self.launch(directory)
    // Wait for the temporary file of the atomic write to appear, then kill at once.
    let deadline = Date().addingTimeInterval(120)
    var sawTemporary = false
    while process.isRunning, Date() < deadline {
      if try directory.contents().contains(where: { $0.hasPrefix(".初稿.txt.baogao-") }) {
        sawTemporary = true
        kill(process.processIdentifier, SIGKILL)
        break
      }
      usleep(200)
    }
    process.waitUntilExit()
    let text = try directory.read("初稿.txt")
    print("kill test: saw the temporary file: \(sawTemporary)")
    if sawTemporary {
      #expect(text == Self.original, "killed mid-write: the original must be intact")
    } else {
      // The write finished before it could be seen: then it must be whole.
      #expect(text == Self.original || text.utf8.count > 50_000_000)
    }
  }

  @Test(.enabled(if: executable != nil, "没有找到构建好的 baogao 可执行文件，跳过（the baogao executable is not built）"))
  func aCompletedWriteReplacesTheFileWholeAndKeepsItsPermissions() throws {
    let directory = try TemporaryDirectory()
    try Self.prepare(directory)
    let process = try Self.launch(directory)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let path = directory.url.appendingPathComponent("初稿.txt").path
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect((attributes[.size] as? Int ?? 0) > 50_000_000)
    #expect(try !directory.contents().contains { $0.contains(".baogao-") })
  }
}

import Foundation
import Testing

@testable import BaogaoCLI

@Suite struct CommandIOInputTests {
  @Test func readsAFileRelativeToTheCurrentDirectory() throws {
    let directory = try TemporaryDirectory()
    try directory.write("一、过去一年工作回顾\n", to: "报告.txt")
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    let input = try io.readInput("报告.txt")
    #expect(input.path == "报告.txt")
    #expect(input.bytes == Array("一、过去一年工作回顾\n".utf8))
    #expect(input.url?.lastPathComponent == "报告.txt")
    #expect(!input.isStandardInput)
  }

  @Test func dashReadsStandardInput() throws {
    let directory = try TemporaryDirectory()
    let (io, _, _) = CommandIO.capturing(standardInput: "（一）产业发展", in: directory.url)
    let input = try io.readInput("-")
    #expect(input.path == "<stdin>")
    #expect(input.bytes == Array("（一）产业发展".utf8))
    #expect(input.isStandardInput)
    #expect(try io.readInput("-").bytes == input.bytes, "reading - twice gives the same bytes")
  }

  @Test func standardInputIsReadOnce() throws {
    let counter = Counter()
    let channel = InputChannel {
      counter.increment()
      return [1, 2, 3]
    }
    #expect(try channel.readAll() == [1, 2, 3])
    #expect(try channel.readAll() == [1, 2, 3])
    #expect(counter.value == 1)
  }

  @Test func missingFileIsAnErrorNamingIt() throws {
    let directory = try TemporaryDirectory()
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    #expect {
      try io.readInput("不存在.txt")
    } throws: { error in
      guard let error = error as? CommandError else { return false }
      return error.exitCode == .usage && error.message.contains("找不到文件 '不存在.txt'") && error.location == nil
    }
  }

  @Test func directoryIsAnErrorNamingIt() throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.url.appendingPathComponent("目录"), withIntermediateDirectories: false)
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    #expect {
      try io.readInput("目录")
    } throws: { error in
      (error as? CommandError)?.message.contains("'目录' 是一个目录") == true
    }
  }

  @Test func unreadableInputExitsWithTwoThroughTheCommand() throws {
    let directory = try TemporaryDirectory()
    let result = runBaogao(["echo", "missing.txt"], in: directory.url)
    #expect(result.code == .usage)
    #expect(result.standardError == "baogao: error: 找不到文件 'missing.txt'。请检查路径和文件名是否正确。\n")
    #expect(result.standardOutput.isEmpty)
  }
}

/// A thread-safe counter for closures that must be Sendable.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func increment() {
    lock.lock()
    count += 1
    lock.unlock()
  }

  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}

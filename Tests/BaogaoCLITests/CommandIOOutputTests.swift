import Foundation
import Testing

@testable import BaogaoCLI

@Suite struct CommandIOOutputTests {
  @Test func withoutOutputOptionWritesToStandardOutput() throws {
    let directory = try TemporaryDirectory()
    try directory.write("甲乙丙\n", to: "a.txt")
    for arguments in [["echo", "-q", "a.txt"], ["echo", "-q", "a.txt", "-o", "-"]] {
      let result = runBaogao(arguments, in: directory.url)
      #expect(result.code == .success)
      #expect(result.standardOutput == "甲乙丙\n")
    }
    #expect(try directory.contents() == ["a.txt"])
  }

  @Test func atomicWriteCreatesTheFileAndLeavesNoTemporaryFile() throws {
    let directory = try TemporaryDirectory()
    try directory.write("第一份\n", to: "a.txt")
    let result = runBaogao(["echo", "a.txt", "-o", "出.txt"], in: directory.url)
    #expect(result.code == .success)
    #expect(result.standardOutput.isEmpty)
    #expect(try directory.read("出.txt") == "第一份\n")
    #expect(try directory.contents() == ["a.txt", "出.txt"])
  }

  @Test func existingOutputIsRefusedWithoutForce() throws {
    let directory = try TemporaryDirectory()
    try directory.write("新\n", to: "a.txt")
    try directory.write("旧\n", to: "out.txt")
    let result = runBaogao(["echo", "a.txt", "-o", "out.txt"], in: directory.url)
    #expect(result.code == .usage)
    #expect(result.standardError == "baogao: error: 输出文件 'out.txt' 已存在。如需覆盖，请加上 --force。\n")
    #expect(try directory.read("out.txt") == "旧\n")
    #expect(try directory.contents() == ["a.txt", "out.txt"])
  }

  @Test func existingOutputIsReplacedWithForceKeepingPermissions() throws {
    let directory = try TemporaryDirectory()
    try directory.write("新\n", to: "a.txt")
    let out = try directory.write("旧\n", to: "out.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: out.path)
    let result = runBaogao(["echo", "a.txt", "--output=out.txt", "--force"], in: directory.url)
    #expect(result.code == .success)
    #expect(try directory.read("out.txt") == "新\n")
    #expect(try directory.contents() == ["a.txt", "out.txt"])
    let permissions = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
  }

  @Test(arguments: [
    ["echo", "a.txt", "-o", "a.txt"],
    ["echo", "a.txt", "-o", "a.txt", "--force"],
    ["echo", "a.txt", "-o", "./a.txt", "--force"],
    ["echo", "a.txt", "-o", "sub/../a.txt", "--force"],
    ["echo", "b.txt", "--ref", "a.txt", "-o", "a.txt", "--force"],
    ["echo", "b.txt", "--model", "a.txt", "-o", "a.txt", "--force"],
    ["echo", "b.txt", "a.txt", "-o", "link.txt", "--force"],
  ])
  func outputNeverReplacesAnInput(arguments: [String]) throws {
    let directory = try TemporaryDirectory()
    try directory.write("输入\n", to: "a.txt")
    try directory.write("另一份\n", to: "b.txt")
    try FileManager.default.createDirectory(
      at: directory.url.appendingPathComponent("sub"), withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: directory.url.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
    let result = runBaogao(arguments, in: directory.url)
    #expect(result.code == .usage)
    #expect(result.standardError.hasPrefix("baogao: error: 输出文件 '"))
    #expect(result.standardError.contains("也是这条命令的输入文件"))
    #expect(try directory.read("a.txt") == "输入\n")
    #expect(try directory.contents() == ["a.txt", "b.txt", "link.txt", "sub"])
  }

  @Test func commandMayAllowOverwritingItsInput() throws {
    let directory = try TemporaryDirectory()
    try directory.write("旧\n", to: "a.txt")
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    let invocation = try testParser.parse(["echo", "a.txt", "-o", "a.txt", "--force"])
    try io.writeOutput("新\n", for: invocation, allowsOverwritingInputs: true)
    #expect(try directory.read("a.txt") == "新\n")
    #expect(try directory.contents() == ["a.txt"])
  }

  @Test func outputIntoAMissingDirectoryIsAnError() throws {
    let directory = try TemporaryDirectory()
    try directory.write("甲\n", to: "a.txt")
    let result = runBaogao(["echo", "a.txt", "-o", "无此目录/out.txt"], in: directory.url)
    #expect(result.code == .usage)
    #expect(result.standardError.contains("无法写入 '无此目录/out.txt'"))
    #expect(result.standardError.contains("不存在"))
    #expect(try directory.contents() == ["a.txt"])
  }

  @Test func outputOntoADirectoryIsAnError() throws {
    let directory = try TemporaryDirectory()
    try directory.write("甲\n", to: "a.txt")
    try FileManager.default.createDirectory(
      at: directory.url.appendingPathComponent("目录"), withIntermediateDirectories: false)
    let result = runBaogao(["echo", "a.txt", "-o", "目录", "--force"], in: directory.url)
    #expect(result.code == .usage)
    #expect(result.standardError.contains("'目录' 是一个目录"))
  }

  @Test func writeFileWritesEmptyAndLargeContents() throws {
    let directory = try TemporaryDirectory()
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    try io.writeFile([], to: "empty.txt", replacingExisting: false)
    let large = [UInt8](repeating: 0x41, count: 3 << 20)
    try io.writeFile(large, to: "large.txt", replacingExisting: false)
    #expect(try directory.read("empty.txt").isEmpty)
    #expect(try Data(contentsOf: directory.url.appendingPathComponent("large.txt")).count == large.count)
    #expect(try directory.contents() == ["empty.txt", "large.txt"])
  }

  @Test func writeFileIntoAReadOnlyDirectoryFailsCleanly() throws {
    let directory = try TemporaryDirectory()
    let locked = directory.url.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
    // Root ignores directory permissions; there is nothing to check then.
    guard !FileManager.default.isWritableFile(atPath: locked.path) else { return }
    let (io, _, _) = CommandIO.capturing(in: directory.url)
    #expect {
      try io.writeFile(Array("甲".utf8), to: "locked/out.txt", replacingExisting: false)
    } throws: { error in
      (error as? CommandError)?.message.contains("没有权限写入 'locked/out.txt'") == true
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
  }
}

import Foundation
import Testing

@testable import ReportText

@Suite struct SourceTextReadingTests {
  static let sample = "一、2024年工作回顾\n　　全镇实现地区生产总值9.5483亿元，同比增长10.6%。"

  static let isGB18030Available = sample.data(using: SourceText.gb18030Encoding) != nil

  @Test func plainUTF8() throws {
    let decoded = try SourceText.decode(Array(Self.sample.utf8), path: "a.txt")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text.text(ofLine: 2) == "　　全镇实现地区生产总值9.5483亿元，同比增长10.6%。")
  }

  @Test func utf8WithByteOrderMark() throws {
    let decoded = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8), path: "a.txt")
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.text.bytes == Array(Self.sample.utf8))
  }

  @Test(arguments: [false, true])
  func utf16WithByteOrderMark(bigEndian: Bool) throws {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in (Self.sample + "😀").utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    let decoded = try SourceText.decode(bytes, path: "a.txt")
    #expect(decoded.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    #expect(decoded.text.bytes == Array((Self.sample + "😀").utf8))
  }

  @Test func utf16WithUnpairedSurrogate() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x42, 0x00, 0x00, 0xD8, 0x43, 0x00]
    #expect {
      try SourceText.decode(bytes, path: "u.txt")
    } throws: { error in
      let error = error as? ReadError
      return error?.kind == .invalidEncoding(encoding: .utf16LittleEndian)
        && error?.location == TextLocation(line: 2, column: 2, offset: 8)
    }
  }

  @Test func utf16WithOddLength() {
    #expect(throws: ReadError.self) { try SourceText.decode([0xFE, 0xFF, 0x00, 0x41, 0x00], path: "u.txt") }
  }

  @Test(.enabled(if: isGB18030Available, "Foundation on this platform cannot encode GB18030"))
  func gb18030() throws {
    let data = try #require(Self.sample.data(using: SourceText.gb18030Encoding))
    let bytes = [UInt8](data)
    #expect(bytes != Array(Self.sample.utf8))
    let decoded = try SourceText.decode(bytes, path: "gb.txt")
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text.bytes == Array(Self.sample.utf8))
  }

  @Test(.enabled(if: isGB18030Available, "Foundation on this platform cannot encode GB18030"))
  func gb18030WithCRLF() throws {
    let data = try #require("第一行\r\n第二行\r\n".data(using: SourceText.gb18030Encoding))
    let decoded = try SourceText.decode([UInt8](data), path: "gb.txt")
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text.text(ofLine: 2) == "第二行")
  }

  @Test func crlfAndCRAreNormalised() throws {
    let decoded = try SourceText.decode(Array("甲\r\n乙\r丙\n".utf8), path: "a.txt")
    #expect(decoded.text.bytes == Array("甲\n乙\n丙\n".utf8))
    #expect(decoded.text.lineCount == 3)
  }

  @Test func emptyFileIsEmptyText() throws {
    let decoded = try SourceText.decode([], path: "e.txt")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text.bytes.isEmpty)
    #expect(decoded.text.lineCount == 1)
  }

  @Test func invalidByteIsLocated() {
    // Line 3, after four characters: 0xFF is neither UTF-8 nor GB18030.
    let bytes = Array("第一行\n第二行\n报告正文".utf8) + [0xFF] + Array("。".utf8)
    let offset = Array("第一行\n第二行\n报告正文".utf8).count
    #expect {
      try SourceText.decode(bytes, path: "bad.txt")
    } throws: { error in
      guard let error = error as? ReadError else { return false }
      return error.kind == .invalidEncoding(encoding: nil)
        && error.location == TextLocation(line: 3, column: 5, offset: offset)
        && error.message == "文件不是有效的 UTF-8 或 GB18030 文本：第 3 行第 5 列有无效字节。请另存为 UTF-8 编码后重试。"
        && error.description.hasPrefix("bad.txt:3:5: error: 文件不是有效的")
    }
  }

  @Test func invalidUTF8AfterByteOrderMarkIsNotTriedAsGB18030() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0x62, 0xC3, 0x28]
    #expect {
      try SourceText.decode(bytes, path: "bad.txt")
    } throws: { error in
      let error = error as? ReadError
      return error?.kind == .invalidEncoding(encoding: .utf8WithBOM)
        && error?.location == TextLocation(line: 2, column: 2, offset: 7)
    }
  }

  @Test(arguments: [
    ([0xC0, 0x80] as [UInt8], 0), ([0x61, 0xED, 0xA0, 0x80], 1), ([0x61, 0x62, 0xF4, 0x90, 0x80, 0x80], 2),
    ([0xE4, 0xB8], 0), ([0x61, 0x80], 1),
  ])
  func rejectsIllFormedUTF8(_ bytes: [UInt8], _ offset: Int) {
    let found = bytes.withUnsafeBufferPointer { UTF8Bytes.firstInvalidOffset($0) }
    #expect(found == offset)
  }

  @Test func acceptsWellFormedUTF8() {
    let text = String(repeating: "abcdefgh政府工作报告😀é", count: 100)
    #expect(Array(text.utf8).withUnsafeBufferPointer { UTF8Bytes.firstInvalidOffset($0) } == nil)
  }

  @Test func binaryFileIsRejectedAtFirstNUL() {
    let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    #expect {
      try SourceText.decode(docx, path: "报告.docx")
    } throws: { error in
      guard let error = error as? ReadError else { return false }
      return error.kind == .binary(format: .zip) && error.location == TextLocation(line: 1, column: 6, offset: 5)
        && error.message.contains("Word")
    }
    #expect {
      try SourceText.decode(Array("正文\nab".utf8) + [0] + [0x63], path: "x.bin")
    } throws: { error in
      let error = error as? ReadError
      return error?.kind == .binary(format: .unknown) && error?.location?.line == 2 && error?.location?.column == 3
    }
  }

  @Test func manyControlBytesMakeABinaryFile() {
    let bytes: [UInt8] = Array(repeating: [0x01, 0x02, 0x41, 0x42, 0x07], count: 20).flatMap { $0 }
    #expect(throws: ReadError.self) { try SourceText.decode(bytes, path: "x.bin") }
  }

  @Test func aFewControlBytesAreText() throws {
    let bytes = Array(String(repeating: "正文正文正文", count: 20).utf8) + [0x07]
    #expect(try SourceText.decode(bytes, path: "a.txt").encoding == .utf8)
  }

  @Test func standardInputIsNamed() throws {
    let decoded = try SourceText.decode(standardInput: Array("甲".utf8))
    #expect(decoded.text.path == "<stdin>")
  }

  @Test func initialiserFromData() throws {
    let text = try SourceText(path: "a.txt", data: Array("甲\r\n乙".utf8))
    #expect(text.text(ofLine: 2) == "乙")
  }

  // MARK: - Files

  func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "baogao-text-\(UUID().uuidString).txt"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func readsAFile() throws {
    let path = try temporaryFile(Array(Self.sample.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let decoded = try SourceText.read(path: path)
    #expect(decoded.text.path == path)
    #expect(decoded.text.bytes == Array(Self.sample.utf8))
    #expect(try SourceText(contentsOfFile: path).lineCount == 2)
  }

  @Test func missingFileIsUnreadable() {
    #expect {
      try SourceText.read(path: "/nonexistent/报告.txt")
    } throws: { error in
      guard let error = error as? ReadError else { return false }
      return error.kind == .unreadable(reason: "文件不存在") && error.location == nil
        && error.description == "/nonexistent/报告.txt: error: 无法读取文件：文件不存在。请检查路径和读取权限后重试。"
    }
  }

  @Test func directoryIsUnreadable() {
    #expect {
      try SourceText.read(path: NSTemporaryDirectory())
    } throws: { error in
      (error as? ReadError)?.kind == .unreadable(reason: "这是一个文件夹，不是文件")
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func fiftyMegabytesWithoutNewlineInLinearTime() throws {
    let chunk = Array("全镇实现地区生产总值9.5483亿元，abcdefgh".utf8)
    var bytes = [UInt8]()
    bytes.reserveCapacity(50 << 20)
    while bytes.count < 50 << 20 { bytes += chunk }
    let clock = ContinuousClock()
    var decoded: DecodedText?
    let elapsed = try clock.measure { decoded = try SourceText.decode(bytes, path: "big.txt") }
    #expect(decoded?.text.lineCount == 1)
    #expect(decoded?.text.bytes.count == bytes.count)
    #expect(elapsed < .seconds(30))
  }

  @Test func encodingNames() {
    #expect(TextEncoding.gb18030.displayName == "GB18030")
    #expect(TextEncoding.utf8WithBOM.isUTF8)
    #expect(!TextEncoding.utf16BigEndian.isUTF8)
  }
}

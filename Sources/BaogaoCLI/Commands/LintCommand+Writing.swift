import Foundation
import ReportText

/// How a file was stored, so that `lint --fix` writes it back the same way: encoding and line ends.
struct StoredForm: Sendable, Hashable {
  var encoding: TextEncoding
  /// Whether the file's lines end in CR LF (judged by its first line end).
  var usesCRLF: Bool

  /// The form of a file's raw bytes, given the encoding they were decoded in.
  init(raw: [UInt8], encoding: TextEncoding) {
    self.encoding = encoding
    let lineFeed: [UInt8]
    switch encoding {
    case .utf16LittleEndian: lineFeed = [0x0A, 0x00]
    case .utf16BigEndian: lineFeed = [0x00, 0x0A]
    default: lineFeed = [0x0A]
    }
    let unit = lineFeed.count
    var crlf = false
    var i = 0
    while i + unit <= raw.count {
      if raw[i..<i + unit].elementsEqual(lineFeed) {
        crlf =
          i >= unit
          && (unit == 1
            ? raw[i - 1] == 0x0D
            : (encoding == .utf16LittleEndian
              ? raw[i - 2] == 0x0D && raw[i - 1] == 0 : raw[i - 2] == 0 && raw[i - 1] == 0x0D))
        break
      }
      i += unit
    }
    usesCRLF = crlf
  }

  /// The normalised UTF-8 text (LF line ends) in this form; UTF-8 when the encoding cannot hold the text.
  func encode(_ utf8: [UInt8]) -> [UInt8] {
    var text = String(decoding: utf8, as: UTF8.self)
    if usesCRLF { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
    switch encoding {
    case .utf8: return Array(text.utf8)
    case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .utf16LittleEndian: return [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian) ?? Data(text.utf8))
    case .utf16BigEndian: return [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian) ?? Data(text.utf8))
    case .gb18030: return Array(text.data(using: SourceText.gb18030Encoding) ?? Data(text.utf8))
    }
  }
}

extension ReportInput {
  /// Like `read(_:io:)`, and also how the file was stored.
  static func readWithForm(_ argument: String, io: CommandIO) throws -> (SourceText, StoredForm) {
    let input = try io.readInput(argument)
    if let kind = refused(path: input.path, bytes: input.bytes) {
      throw CommandError(kind.message, path: input.path, exitCode: .usage)
    }
    let decoded = try SourceText.decode(input.bytes, path: input.path)
    if decoded.text.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
      throw CommandError(
        "文件是空的，没有可读取的报告内容。请检查是否给错了文件。", path: input.path,
        location: TextLocation(line: 1, column: 1, offset: 0), exitCode: .usage)
    }
    return (decoded.text, StoredForm(raw: input.bytes, encoding: decoded.encoding))
  }
}

/// Why a file could not be turned into a `SourceText`.
///
/// Separates what (`kind`) from where (`path`, `location`). `message` is the Chinese text for the user: what is
/// wrong and what to do. `description` is the gcc-style line `path:line:column: error: message`.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Hashable {
    /// The file could not be opened or read; `reason` is a Chinese phrase such as "文件不存在".
    case unreadable(reason: String)
    /// The file holds NUL bytes or many control bytes; `format` names a recognised binary format.
    case binary(format: BinaryFormat)
    /// The bytes are not valid in `encoding`; `nil` when neither UTF-8 nor GB18030 fits.
    case invalidEncoding(encoding: TextEncoding?)
  }

  /// A binary format recognised by its first bytes, so the message can say how to get text out of it.
  public enum BinaryFormat: String, Sendable, Hashable, CaseIterable {
    /// A ZIP container: Word `.docx`, WPS `.wps`/`.docx`, Excel `.xlsx`, or a plain ZIP archive.
    case zip
    /// An OLE compound document: Word `.doc`, WPS `.wps`, Excel `.xls`.
    case compoundDocument
    /// A PDF file.
    case pdf
    /// Anything else.
    case unknown

    static func detect(_ bytes: [UInt8]) -> BinaryFormat {
      if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
      if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .compoundDocument }
      if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
      return .unknown
    }
  }

  public var kind: Kind
  /// The path as the user gave it, or `<stdin>`.
  public var path: String
  /// Where in the file the problem is, when it is at one place.
  ///
  /// `line` and `column` count lines and Unicode scalars of the file as far as it could be read; `offset` is the
  /// byte offset in the raw file (byte-order mark included).
  public var location: TextLocation?

  public init(kind: Kind, path: String, location: TextLocation? = nil) {
    self.kind = kind
    self.path = path
    self.location = location
  }

  /// The Chinese message: what is wrong and what to do.
  public var message: String {
    let place = location.map { "第 \($0.line) 行第 \($0.column) 列" } ?? ""
    switch kind {
    case .unreadable(let reason):
      return "无法读取文件：\(reason)。请检查路径和读取权限后重试。"
    case .binary(let format):
      let what: String
      switch format {
      case .zip: what = "文件是 ZIP 格式（可能是 Word .docx、WPS 或 Excel 文件），不是纯文本"
      case .compoundDocument: what = "文件是旧版 Office 格式（可能是 Word .doc、WPS 或 Excel 文件），不是纯文本"
      case .pdf: what = "文件是 PDF，不是纯文本"
      case .unknown: what = place.isEmpty ? "文件看起来是二进制文件，不是文本" : "文件看起来是二进制文件，不是文本：\(place)有空字节或控制字符"
      }
      return "\(what)。请在 Word 或 WPS 中“另存为”纯文本（.txt，UTF-8 编码）后重试。"
    case .invalidEncoding(let encoding):
      let at = place.isEmpty ? "" : "：\(place)有无效字节"
      switch encoding {
      case nil:
        return "文件不是有效的 UTF-8 或 GB18030 文本\(at)。请另存为 UTF-8 编码后重试。"
      case .some(let encoding):
        return "文件开头标明是 \(encoding.displayName) 编码，但内容不是有效的 \(encoding.displayName)\(at)。请另存为 UTF-8 编码后重试。"
      }
    }
  }

  /// `path:line:column: error: message`, or `path: error: message` when there is no location.
  public var description: String {
    DiagnosticRenderer().renderHeader(severity: .error, path: path, location: location, message: message)
  }
}

/// The encoding a file was read in, as detected by `SourceText.decode(_:path:)`.
///
/// Callers can name it to the user ("已按 GB18030 编码读取") or warn that a file is not plain UTF-8.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
  /// UTF-8 without a byte-order mark (also plain ASCII and the empty file).
  case utf8
  /// UTF-8 starting with the byte-order mark EF BB BF.
  case utf8WithBOM
  /// UTF-16 little-endian, starting with FF FE.
  case utf16LittleEndian
  /// UTF-16 big-endian, starting with FE FF.
  case utf16BigEndian
  /// GB18030 (a superset of GBK and GB2312), detected when the bytes are not UTF-8 but read as Chinese text.
  case gb18030

  /// The usual name of the encoding, for messages: "UTF-8", "UTF-8（带 BOM）", "UTF-16LE", "UTF-16BE", "GB18030".
  public var displayName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf8WithBOM: "UTF-8（带 BOM）"
    case .utf16LittleEndian: "UTF-16LE"
    case .utf16BigEndian: "UTF-16BE"
    case .gb18030: "GB18030"
    }
  }

  /// Whether the encoding is UTF-8 with or without a byte-order mark.
  public var isUTF8: Bool { self == .utf8 || self == .utf8WithBOM }
}

import Foundation

/// The bytes of one input, with the name messages use for it.
///
/// Decoding (UTF-8, UTF-16, GB18030) and line-end normalisation belong to ReportText; this is only
/// what was read.
public struct InputFile: Sendable, Hashable {
  /// The name shown in messages: the path as the user typed it, or `<stdin>`.
  public var path: String
  /// The bytes as read.
  public var bytes: [UInt8]
  /// The resolved file URL; `nil` for standard input.
  public var url: URL?

  /// Creates an input.
  public init(path: String, bytes: [UInt8], url: URL?) {
    self.path = path
    self.bytes = bytes
    self.url = url
  }

  /// The display path of standard input.
  public static let standardInputPath = "<stdin>"

  /// Whether this input came from standard input.
  public var isStandardInput: Bool { url == nil }
}

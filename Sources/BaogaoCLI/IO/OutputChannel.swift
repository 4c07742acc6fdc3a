/// Somewhere text goes: the process's standard output or error, or a buffer in tests.
///
/// A channel is a value that wraps a writing function, so `CommandIO` stays a plain `Sendable`
/// struct. Writes are bytes; strings are written as UTF-8.
public struct OutputChannel: Sendable {
  private let sink: @Sendable ([UInt8]) -> Void

  /// Creates a channel that passes every write to `sink`.
  public init(_ sink: @escaping @Sendable ([UInt8]) -> Void) {
    self.sink = sink
  }

  /// Writes bytes as they are.
  public func write(bytes: [UInt8]) {
    if !bytes.isEmpty { sink(bytes) }
  }

  /// Writes a string as UTF-8.
  public func write(_ string: String) {
    write(bytes: Array(string.utf8))
  }

  /// Writes a string followed by a newline.
  public func writeLine(_ string: String = "") {
    write(string + "\n")
  }

  /// A channel that drops everything.
  public static let discarding = OutputChannel { _ in }
}

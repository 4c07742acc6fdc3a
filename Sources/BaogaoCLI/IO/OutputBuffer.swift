import Foundation

/// Collects what is written to an `OutputChannel` in memory; used to run commands in tests.
///
/// ```swift
/// let out = OutputBuffer()
/// let io = CommandIO(standardOutput: out.channel, …)
/// …
/// #expect(out.text == "baogao 0.1.0\n")
/// ```
public final class OutputBuffer: @unchecked Sendable {
  // @unchecked: every access to `storage` holds `lock`.
  private let lock = NSLock()
  private var storage: [UInt8] = []

  /// Creates an empty buffer.
  public init() {}

  /// A channel that appends to this buffer.
  public var channel: OutputChannel {
    OutputChannel { [self] bytes in
      lock.lock()
      storage += bytes
      lock.unlock()
    }
  }

  /// Everything written so far.
  public var bytes: [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }

  /// Everything written so far, decoded as UTF-8.
  public var text: String {
    String(decoding: bytes, as: UTF8.self)
  }
}

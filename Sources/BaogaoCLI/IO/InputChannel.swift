import Foundation

/// The standard input of a run, read whole on first use and kept, so that `-` read twice gives the
/// same bytes both times.
public final class InputChannel: @unchecked Sendable {
  // @unchecked: `cached` is only touched while holding `lock`; `reader` is immutable.
  private let lock = NSLock()
  private let reader: @Sendable () throws -> [UInt8]
  private var cached: Result<[UInt8], any Error>?

  /// Creates an input that calls `reader` once, the first time it is read.
  public init(reader: @escaping @Sendable () throws -> [UInt8]) {
    self.reader = reader
  }

  /// Creates an input that holds `bytes`.
  public convenience init(bytes: [UInt8]) {
    self.init { bytes }
  }

  /// Creates an input that holds `string` as UTF-8.
  public convenience init(string: String) {
    self.init(bytes: Array(string.utf8))
  }

  /// An empty input.
  public static var empty: InputChannel { InputChannel(bytes: []) }

  /// The process's standard input.
  public static var standardInput: InputChannel {
    InputChannel {
      let data = try FileHandle.standardInput.readToEnd() ?? Data()
      return [UInt8](data)
    }
  }

  /// All the bytes of the input; reads it on the first call.
  public func readAll() throws -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    if cached == nil { cached = Result { try reader() } }
    return try cached!.get()
  }
}

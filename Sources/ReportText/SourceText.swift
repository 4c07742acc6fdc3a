import Foundation

/// A normalised text with its line index: UTF-8 bytes with LF line ends and no byte-order mark.
///
/// Built once per input; every later stage addresses the text by byte offset and asks the index for
/// `TextLocation`s. Building the index is one linear pass over the bytes.
public struct SourceText: Sendable {
  /// The name shown in messages: a path as the user gave it, or `<stdin>`.
  public let path: String
  /// The text as UTF-8 bytes, LF line ends only.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Wraps text that is already normalised UTF-8; CR and CRLF line ends are turned into LF.
  public init(path: String, utf8 input: [UInt8]) {
    self.path = path
    var out = input
    if out.starts(with: [0xEF, 0xBB, 0xBF]) { out.removeFirst(3) }
    var (starts, hasCarriageReturn) = SourceText.indexLines(out)
    if hasCarriageReturn {
      out = SourceText.normalisingLineEnds(out)
      starts = SourceText.indexLines(out).starts
    }
    self.bytes = out
    self.lineStarts = starts
  }

  /// The offsets of line starts, and whether a CR was seen; one pass over the bytes.
  static func indexLines(_ bytes: [UInt8]) -> (starts: [Int], hasCarriageReturn: Bool) {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 64 + 1)
    var carriageReturn = false
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      carriageReturn = memchr(base, 0x0D, count) != nil
      var i = 0
      while i < count, let hit = memchr(base + i, 0x0A, count - i) {
        i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(i)
      }
    }
    return (starts, carriageReturn)
  }

  /// Wraps a string; CR and CRLF line ends are turned into LF.
  public init(path: String, string: String) {
    self.init(path: path, utf8: Array(string.utf8))
  }

  static func normalisingLineEnds(_ input: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(input.count)
    var i = 0
    while i < input.count {
      let b = input[i]
      if b == 0x0D {
        out.append(0x0A)
        if i + 1 < input.count, input[i + 1] == 0x0A { i += 1 }
      } else {
        out.append(b)
      }
      i += 1
    }
    return out
  }

  /// The number of lines; a final line without a newline counts, an empty text has one empty line.
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
    return lineStarts.count
  }

  /// Byte range of line `line` (1-based), without its newline.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    precondition(line >= 1 && line <= lineStarts.count, "line out of range")
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end < start { end = start }
    return start..<end
  }

  /// The text of line `line` (1-based), without its newline.
  public func text(ofLine line: Int) -> String {
    String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
  }

  /// The text of a byte range.
  public func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The 1-based line that holds byte `offset`; binary search over the index.
  public func line(containing offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The location of byte `offset` (clamped to the text); the column counts Unicode scalars.
  public func location(of offset: Int) -> TextLocation {
    let clamped = max(0, min(offset, bytes.count))
    return location(of: clamped, onLine: line(containing: clamped))
  }

  /// The location of byte `offset` on line `line`, when the caller knows the line: no search, a
  /// count of the scalars from the line's start.
  public func location(of offset: Int, onLine line: Int) -> TextLocation {
    let clamped = max(0, min(offset, bytes.count))
    let start = lineStarts[line - 1]
    let column = 1 + scalarStarts(in: start..<max(start, clamped))
    return TextLocation(line: line, column: column, offset: clamped)
  }

  /// The range of byte offsets `range`.
  ///
  /// The end's column is counted on from the start's when both are on one line, so a range costs one count
  /// from its line's start, not two.
  public func range(_ range: Range<Int>) -> TextRange {
    let lower = location(of: range.lowerBound)
    let upperOffset = max(lower.offset, min(range.upperBound, bytes.count))
    let nextLine = lower.line < lineStarts.count ? lineStarts[lower.line] : bytes.count + 1
    guard upperOffset < nextLine else { return lower..<location(of: upperOffset) }
    let column = lower.column + scalarStarts(in: lower.offset..<upperOffset)
    return lower..<TextLocation(line: lower.line, column: column, offset: upperOffset)
  }

  /// How many scalars start in `range`: the bytes that are not UTF-8 continuation bytes (10xxxxxx), counted
  /// eight at a time.
  public func scalarCount(in range: Range<Int>) -> Int { scalarStarts(in: range) }

  func scalarStarts(in range: Range<Int>) -> Int {
    bytes.withUnsafeBufferPointer { buffer -> Int in
      var i = range.lowerBound
      var continuation = 0
      if let base = buffer.baseAddress {
        let raw = UnsafeRawPointer(base)
        while i + 8 <= range.upperBound {
          let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          // Bit 7 of each byte set where the byte's bit 7 is 1 and its bit 6 is 0.
          continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
          i += 8
        }
      }
      while i < range.upperBound {
        if buffer[i] & 0xC0 == 0x80 { continuation += 1 }
        i += 1
      }
      return range.count - continuation
    }
  }
}

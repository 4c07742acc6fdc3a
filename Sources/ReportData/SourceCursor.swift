import ReportText

/// A position in the UTF-8 bytes of a `SourceText`, with its line, and cheap `TextLocation`s on that line.
///
/// The readers of this target move forward through the text and ask for the location of each key and value as
/// they pass it. A location needs the column in Unicode scalars; the cursor remembers the last offset it
/// counted to on the current line and counts on from there, so asking for locations in increasing order costs
/// one pass over the bytes, however long the line. Offsets on other lines are counted from their line's start.
struct SourceCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let lineStarts: UnsafeBufferPointer<Int>
  /// The file's path, for errors.
  let path: String

  /// The byte offset the reader is at.
  var pos = 0
  /// The 1-based line that holds `pos`.
  private(set) var line = 1
  /// The offset of the first byte of `line`.
  private(set) var lineStart = 0
  /// The offset of the newline that ends `line`, or the end of the text.
  private(set) var lineEnd = 0

  /// Whether the reader has moved past the last line (or is on the empty line after a final newline).
  private(set) var isPastEnd = false

  private var countedOffset = 0
  private var countedColumn = 1

  init(bytes: UnsafeBufferPointer<UInt8>, lineStarts: UnsafeBufferPointer<Int>, path: String) {
    self.bytes = bytes
    self.lineStarts = lineStarts
    self.path = path
    enter(line: 1)
  }

  // MARK: - Lines

  /// Moves to the start of line `number` (1-based, at most the number of line starts).
  mutating func enter(line number: Int) {
    line = number
    lineStart = lineStarts[number - 1]
    lineEnd = end(ofLine: number)
    pos = lineStart
    countedOffset = lineStart
    countedColumn = 1
    isPastEnd = lineStart >= bytes.count
  }

  /// Moves to the start of the next line; `false` at the last line, where `pos` moves to the end of the text.
  mutating func advanceLine() -> Bool {
    guard line < lineStarts.count else {
      pos = bytes.count
      isPastEnd = true
      return false
    }
    enter(line: line + 1)
    return true
  }

  /// The offset where line `number` ends, not counting its newline.
  func end(ofLine number: Int) -> Int {
    number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
  }

  /// The byte at `offset`, or 0 past the current line's end (so that tests for a character fail there).
  @inline(__always)
  func byte(at offset: Int) -> UInt8 {
    offset < lineEnd ? bytes[offset] : 0
  }

  /// Whether `offset` is at the end of the current line or at a space or tab.
  @inline(__always)
  func isBlank(at offset: Int) -> Bool {
    offset >= lineEnd || bytes[offset] == .space || bytes[offset] == .tab
  }

  /// Whether the byte before `offset` is a space or tab, or `offset` starts its line (so a `#` there starts a
  /// comment).
  @inline(__always)
  func startsComment(at offset: Int) -> Bool {
    offset < lineEnd && bytes[offset] == .hash
      && (offset == lineStart || bytes[offset - 1] == .space || bytes[offset - 1] == .tab)
  }

  /// Moves `pos` over spaces and tabs on the current line.
  @inline(__always)
  mutating func skipSpaces() {
    while pos < lineEnd && (bytes[pos] == .space || bytes[pos] == .tab) { pos += 1 }
  }

  /// The offset after the spaces and tabs that end `range`.
  func trimmingTrailingSpaces(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start && (bytes[end - 1] == .space || bytes[end - 1] == .tab) { end -= 1 }
    return end
  }

  // MARK: - Text

  /// The bytes `start..<end` as a string.
  @inline(__always)
  func string(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// The value of `digits` hexadecimal digits at `offset` on the current line, or nil.
  /// The text of a quoted scalar that ends at `end`: the bytes since `segment`, after what escapes
  /// already decoded into `buffer` (nil when the scalar had none).
  func quotedText(_ buffer: [UInt8]?, segment: Int, end: Int) -> String {
    guard var buffer else { return string(segment, end) }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<end]))
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Completes a `\u` escape whose four hex digits gave `value` and end at `end`: when it is a high
  /// surrogate followed by a `\u` low surrogate (as JSON writes characters beyond U+FFFF), the pair's
  /// scalar value and the offset after both; else `value` and `end` unchanged.
  func surrogatePair(_ value: UInt32, end: Int) -> (value: UInt32, end: Int) {
    guard (0xD800...0xDBFF).contains(value), byte(at: end) == .backslash, byte(at: end + 1) == UInt8(ascii: "u"),
      let low = hexValue(at: end + 2, digits: 4), (0xDC00...0xDFFF).contains(low)
    else { return (value, end) }
    return (0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00), end + 6)
  }

  func hexValue(at offset: Int, digits: Int) -> UInt32? {
    guard offset + digits <= lineEnd else { return nil }
    var value: UInt32 = 0
    for k in 0..<digits {
      let b = bytes[offset + k]
      let digit: UInt8
      switch b {
      case 0x30...0x39: digit = b - 0x30
      case 0x41...0x46: digit = b - 0x41 + 10
      case 0x61...0x66: digit = b - 0x61 + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  // MARK: - Locations

  /// The location of `offset` on the current line; counts on from the last location asked for when it can.
  mutating func location(_ offset: Int) -> TextLocation {
    guard offset >= lineStart && offset <= lineEnd else { return location(offset, onLine: lineContaining(offset)) }
    if offset < countedOffset {
      countedOffset = lineStart
      countedColumn = 1
    }
    let column = countedColumn + scalarCount(countedOffset, offset)
    countedOffset = offset
    countedColumn = column
    return TextLocation(line: line, column: column, offset: offset)
  }

  /// The location of `offset` on line `number`, counted from the line's start.
  func location(_ offset: Int, onLine number: Int) -> TextLocation {
    let column = 1 + scalarCount(lineStarts[number - 1], offset)
    return TextLocation(line: number, column: column, offset: offset)
  }

  /// The number of Unicode scalars that start in `start..<end`: the bytes that are not UTF-8 continuation
  /// bytes, counted eight at a time.
  @inline(__always)
  func scalarCount(_ start: Int, _ end: Int) -> Int {
    var count = 0
    var i = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // A continuation byte is 10xxxxxx: its top bit set and the bit below it clear.
        let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
        count += 8 - continuation.nonzeroBitCount
        i += 8
      }
    }
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// The 1-based line that holds `offset`; binary search.
  func lineContaining(_ offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The range `start..<end`, both on the current line.
  mutating func range(_ start: Int, _ end: Int) -> TextRange {
    let lower = location(start)
    return lower..<location(end)
  }

  // MARK: - Errors

  /// An error about bytes `start..<end` (anywhere in the text); `end` defaults to one scalar after `start`.
  func error(_ kind: DataError.Kind, at start: Int, to end: Int? = nil) -> DataError {
    let clampedStart = min(max(0, start), bytes.count)
    var upper = end ?? (clampedStart + (clampedStart < bytes.count ? UTF8Bytes.decode(bytes, at: clampedStart).1 : 0))
    upper = min(max(upper, clampedStart), bytes.count)
    let startLine = lineContaining(clampedStart)
    let lower = location(clampedStart, onLine: startLine)
    return DataError(kind: kind, range: lower..<location(upper, onLine: lineContaining(upper)), path: path)
  }

  /// The text of a token starting at `start`: up to a space, tab, line end or (when `flow`) a flow indicator.
  func token(at start: Int, flow: Bool = true) -> String {
    var end = start
    while end < lineEnd {
      let b = bytes[end]
      if b == .space || b == .tab { break }
      if flow && end > start
        && (b == .comma || b == .openBracket || b == .closeBracket || b == .openBrace
          || b == .closeBrace)
      {
        break
      }
      end += 1
    }
    return string(start, max(end, min(start + 1, lineEnd)))
  }
}

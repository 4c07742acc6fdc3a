/// Byte-level UTF-8 helpers shared by the scanners of this package.
///
/// Everything here works on `UnsafeBufferPointer<UInt8>` so the hot loops have no bounds checks
/// beyond the ones written out, and every function is linear in the bytes it looks at.
package enum UTF8Bytes {
  /// Whether `byte` is a UTF-8 continuation byte (`10xxxxxx`).
  @inline(__always)
  package static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// Decodes the scalar that starts at `index`; ill-formed bytes decode as U+FFFD of length 1.
  ///
  /// - Returns: the scalar and the number of bytes it occupies (1…4).
  @inline(__always)
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let b0 = bytes[index]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let length = sequenceLength(bytes, at: index)
    guard length > 0 else { return ("\u{FFFD}", 1) }
    var value: UInt32
    switch length {
    case 2: value = UInt32(b0 & 0x1F)
    case 3: value = UInt32(b0 & 0x0F)
    default: value = UInt32(b0 & 0x07)
    }
    for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The byte length of the well-formed UTF-8 sequence at `index`, or 0 when the bytes there are ill-formed.
  ///
  /// Follows table 3-7 of the Unicode standard: no overlong forms, no surrogates, nothing above U+10FFFF.
  @inline(__always)
  package static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let count = bytes.count
    let b0 = bytes[index]
    if b0 < 0x80 { return 1 }
    @inline(__always) func cont(_ k: Int) -> UInt8? {
      guard index + k < count else { return nil }
      let b = bytes[index + k]
      return b & 0xC0 == 0x80 ? b : nil
    }
    switch b0 {
    case 0xC2...0xDF:
      return cont(1) == nil ? 0 : 2
    case 0xE0...0xEF:
      guard let b1 = cont(1), cont(2) != nil else { return 0 }
      if b0 == 0xE0 && b1 < 0xA0 { return 0 }
      if b0 == 0xED && b1 > 0x9F { return 0 }
      return 3
    case 0xF0...0xF4:
      guard let b1 = cont(1), cont(2) != nil, cont(3) != nil else { return 0 }
      if b0 == 0xF0 && b1 < 0x90 { return 0 }
      if b0 == 0xF4 && b1 > 0x8F { return 0 }
      return 4
    default:
      return 0
    }
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or `nil` when all are valid.
  ///
  /// Linear; runs of ASCII are skipped eight bytes at a time.
  package static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    let count = bytes.count
    var i = start
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    while i < count {
      if i + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(bytes, at: i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The offset of the scalar that ends just before `index` (steps back over continuation bytes, at most 3).
  @inline(__always)
  package static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, lowerBound: Int = 0)
    -> Int
  {
    var i = index - 1
    var steps = 0
    while i > lowerBound && steps < 3 && isContinuation(bytes[i]) {
      i -= 1
      steps += 1
    }
    return max(i, lowerBound)
  }

  /// The scalar that ends just before `index`, or `nil` at `lowerBound`.
  @inline(__always)
  package static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, lowerBound: Int = 0)
    -> Unicode.Scalar?
  {
    guard index > lowerBound else { return nil }
    let start = scalarStart(before: index, in: bytes, lowerBound: lowerBound)
    let (scalar, length) = decode(bytes, at: start)
    return start + length == index ? scalar : "\u{FFFD}"
  }

  /// Whether the bytes at `index` spell `pattern`.
  @inline(__always)
  package static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int)
    -> Bool
  {
    guard index >= 0, index + pattern.count <= limit else { return false }
    for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
    return true
  }

  /// The line and column of raw byte `offset`, counting CR, LF and CRLF as line ends and scalar starts as columns.
  ///
  /// Used for errors in bytes that never became a `SourceText`; `offset` of the result is `offset` itself.
  package static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0)
    -> TextLocation
  {
    var line = 1
    var lineStart = start
    var i = start
    let end = min(offset, bytes.count)
    while i < end {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        lineStart = i + 1
      } else if b == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    var column = 1
    var k = lineStart
    while k < end {
      if !isContinuation(bytes[k]) { column += 1 }
      k += 1
    }
    return TextLocation(line: line, column: column, offset: offset)
  }
}

/// A set of byte values, for constant-time "can a word start (or end) with this byte" tests.
package struct ByteSet: Sendable {
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  package init(_ bytes: some Sequence<UInt8>) {
    for b in bytes { insert(b) }
  }

  package mutating func insert(_ b: UInt8) {
    let bit = UInt64(1) << (b & 63)
    switch b >> 6 {
    case 0: bits.0 |= bit
    case 1: bits.1 |= bit
    case 2: bits.2 |= bit
    default: bits.3 |= bit
    }
  }

  /// Whether `b` is in the set; `nil` is never.
  @inline(__always)
  package func contains(_ b: UInt8?) -> Bool {
    guard let b else { return false }
    let bit = UInt64(1) << (b & 63)
    switch b >> 6 {
    case 0: return bits.0 & bit != 0
    case 1: return bits.1 & bit != 0
    case 2: return bits.2 & bit != 0
    default: return bits.3 & bit != 0
    }
  }
}

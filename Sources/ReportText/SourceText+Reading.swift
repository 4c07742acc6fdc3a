import Foundation

/// A decoded text together with the encoding it was found in.
public struct DecodedText: Sendable {
  /// The text, normalised to UTF-8 with LF line ends.
  public var text: SourceText
  /// The encoding the raw bytes were in.
  public var encoding: TextEncoding

  public init(text: SourceText, encoding: TextEncoding) {
    self.text = text
    self.encoding = encoding
  }
}

// MARK: - Decoding

extension SourceText {
  /// The path shown for text read from standard input.
  public static let standardInputPath = "<stdin>"

  /// Decodes raw file bytes, detecting the encoding; see `decode(_:path:)`.
  public init(path: String, data: [UInt8]) throws(ReadError) {
    self = try SourceText.decode(data, path: path).text
  }

  /// Decodes raw bytes read from standard input; the text is named `<stdin>` in messages.
  public static func decode(standardInput data: [UInt8]) throws(ReadError) -> DecodedText {
    try decode(data, path: standardInputPath)
  }

  /// Decodes raw file bytes into a normalised text, detecting the encoding.
  ///
  /// In order: an empty input is an empty UTF-8 text; a byte-order mark selects UTF-8 (EF BB BF), UTF-16LE
  /// (FF FE) or UTF-16BE (FE FF); otherwise NUL bytes, or control bytes in more than a tenth of the bytes, make
  /// the file binary; valid UTF-8 is UTF-8; bytes that are not UTF-8 but decode as GB18030 into text that is
  /// mostly Chinese, ASCII and common symbols are GB18030. Anything else is an invalid-encoding error at the first
  /// byte that is not UTF-8. Line ends are normalised to LF. Linear in the size of the input.
  ///
  /// - Throws: `ReadError` of kind `.binary` or `.invalidEncoding`, with the location of the offending byte.
  public static func decode(_ data: [UInt8], path: String) throws(ReadError) -> DecodedText {
    if data.isEmpty { return DecodedText(text: SourceText(path: path, utf8: []), encoding: .utf8) }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      return try decodeUTF16(data, path: path, bigEndian: data[0] == 0xFE)
    }
    let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
    let start = hasBOM ? 3 : 0
    let check = data.withUnsafeBufferPointer { buffer in
      (binary: binaryOffset(buffer, from: start), invalid: UTF8Bytes.firstInvalidOffset(buffer, from: start))
    }
    if let offset = check.binary {
      throw ReadError(
        kind: .binary(format: .detect(data)), path: path, location: rawLocation(of: offset, in: data, from: start))
    }
    guard let invalid = check.invalid else {
      return DecodedText(
        text: SourceText(path: path, utf8: hasBOM ? Array(data[3...]) : data), encoding: hasBOM ? .utf8WithBOM : .utf8)
    }
    if !hasBOM, let text = decodeGB18030(data) {
      return DecodedText(text: SourceText(path: path, string: text), encoding: .gb18030)
    }
    throw ReadError(
      kind: .invalidEncoding(encoding: hasBOM ? .utf8WithBOM : nil), path: path,
      location: rawLocation(of: invalid, in: data, from: start))
  }

  /// The encoding Foundation uses for GB18030 (`kCFStringEncodingGB_18030_2000` as an `NSStringEncoding`).
  public static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

  static func rawLocation(of offset: Int, in data: [UInt8], from start: Int) -> TextLocation {
    data.withUnsafeBufferPointer { UTF8Bytes.location(of: offset, in: $0, from: start) }
  }

  /// The offset of the first NUL byte, or of the first control byte when control bytes are more than a tenth of
  /// all bytes; `nil` for text.
  static func binaryOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var controls = 0
    var firstControl: Int?
    for i in start..<bytes.count {
      let b = bytes[i]
      guard b < 0x20 || b == 0x7F else { continue }
      switch b {
      case 0x00: return i
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
      default:
        controls += 1
        if firstControl == nil { firstControl = i }
      }
    }
    if controls * 10 > bytes.count - start { return firstControl }
    return nil
  }

  /// Decodes GB18030 bytes when the result reads as Chinese text; `nil` otherwise.
  static func decodeGB18030(_ data: [UInt8]) -> String? {
    guard let text = String(bytes: data, encoding: gb18030Encoding) else { return nil }
    var nonASCII = 0
    var unusual = 0
    for scalar in text.unicodeScalars where scalar.value >= 0x80 {
      nonASCII += 1
      if !isCommonInChineseText(scalar) { unusual += 1 }
    }
    return nonASCII > 0 && unusual * 20 <= nonASCII ? text : nil
  }

  /// Scalars expected in Chinese documents: ideographs, CJK and full-width punctuation, and the symbols of GB2312.
  static func isCommonInChineseText(_ scalar: Unicode.Scalar) -> Bool {
    if CharacterClass.isCJKIdeograph(scalar) { return true }
    switch scalar.value {
    case 0x00A0...0x00FF,  // Latin-1: ·, ×, ÷, °, no-break space
      0x0391...0x03C9, 0x0401...0x0451,  // Greek and Cyrillic letters of GB2312
      0x2000...0x206F,  // general punctuation: “”‘’—…
      0x2100...0x22FF,  // letterlike (℃, №), number forms (Ⅰ, Ⅱ), arrows, mathematical operators
      0x2460...0x24FF,  // enclosed numbers ① ②
      0x2500...0x25FF, 0x2600...0x26FF,  // box drawing, shapes (■ ● ◆ ★)
      0x2E80...0x2FDF,  // radicals
      0x3000...0x30FF,  // CJK punctuation, kana
      0x3200...0x33FF,  // enclosed CJK, squared units (㎡)
      0xFE30...0xFE4F,  // CJK compatibility forms
      0xFF00...0xFFEF,  // full-width forms
      0xFEFF:  // byte-order mark
      return true
    default:
      return false
    }
  }

  static func decodeUTF16(_ data: [UInt8], path: String, bigEndian: Bool) throws(ReadError) -> DecodedText {
    enum Outcome {
      case text([UInt8])
      case invalid(raw: Int, decoded: [UInt8])
      case binary(raw: Int, decoded: [UInt8])
    }
    let outcome: Outcome = data.withUnsafeBufferPointer { bytes in
      var out = [UInt8]()
      out.reserveCapacity(data.count * 3 / 2)
      let count = bytes.count
      @inline(__always) func unit(_ i: Int) -> UInt32 {
        bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
      }
      var i = 2
      while i < count {
        guard i + 1 < count else { return .invalid(raw: i, decoded: out) }
        let u = unit(i)
        var value = u
        var width = 2
        if u >= 0xD800 && u <= 0xDBFF {
          guard i + 3 < count else { return .invalid(raw: i, decoded: out) }
          let low = unit(i + 2)
          guard low >= 0xDC00 && low <= 0xDFFF else { return .invalid(raw: i, decoded: out) }
          value = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
          width = 4
        } else if u >= 0xDC00 && u <= 0xDFFF {
          return .invalid(raw: i, decoded: out)
        }
        if value == 0 { return .binary(raw: i, decoded: out) }
        if value < 0x80 {
          out.append(UInt8(value))
        } else if value < 0x800 {
          out.append(UInt8(0xC0 | value >> 6))
          out.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
          out.append(UInt8(0xE0 | value >> 12))
          out.append(UInt8(0x80 | value >> 6 & 0x3F))
          out.append(UInt8(0x80 | value & 0x3F))
        } else {
          out.append(UInt8(0xF0 | value >> 18))
          out.append(UInt8(0x80 | value >> 12 & 0x3F))
          out.append(UInt8(0x80 | value >> 6 & 0x3F))
          out.append(UInt8(0x80 | value & 0x3F))
        }
        i += width
      }
      return .text(out)
    }
    let encoding: TextEncoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
    switch outcome {
    case .text(let utf8):
      return DecodedText(text: SourceText(path: path, utf8: utf8), encoding: encoding)
    case .invalid(let raw, let decoded):
      var location = rawLocation(of: decoded.count, in: decoded, from: 0)
      location.offset = raw
      throw ReadError(kind: .invalidEncoding(encoding: encoding), path: path, location: location)
    case .binary(let raw, let decoded):
      var location = rawLocation(of: decoded.count, in: decoded, from: 0)
      location.offset = raw
      throw ReadError(kind: .binary(format: .unknown), path: path, location: location)
    }
  }
}

// MARK: - Reading files

extension SourceText {
  /// Reads and decodes the file at `path`; see `decode(_:path:)`.
  ///
  /// - Throws: `ReadError` of kind `.unreadable` with the reason in Chinese (no such file, no permission, a
  ///   directory, …), or the errors of `decode(_:path:)`.
  public static func read(path: String) throws(ReadError) -> DecodedText {
    try decode(readBytes(path: path), path: path)
  }

  /// Reads and decodes the file at `path`, dropping the detected encoding.
  public init(contentsOfFile path: String) throws(ReadError) {
    self = try SourceText.read(path: path).text
  }

  /// The raw bytes of the file at `path`, read in one linear pass.
  public static func readBytes(path: String) throws(ReadError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw ReadError(kind: .unreadable(reason: reason(errno: errno)), path: path) }
    defer { close(fd) }
    var status = stat()
    var expected = 0
    if fstat(fd, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw ReadError(kind: .unreadable(reason: reason(errno: EISDIR)), path: path)
      }
      if status.st_mode & S_IFMT == S_IFREG { expected = Int(status.st_size) }
    }
    var result = [UInt8]()
    result.reserveCapacity(expected)
    let chunk = 1 << 20
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, chunk) }
      if n < 0 {
        let code = errno
        if code == EINTR { continue }
        throw ReadError(kind: .unreadable(reason: reason(errno: code)), path: path)
      }
      if n == 0 { break }
      result.append(contentsOf: buffer[0..<n])
    }
    return result
  }

  /// A Chinese phrase for an `errno` value.
  static func reason(errno code: Int32) -> String {
    switch code {
    case ENOENT: return "文件不存在"
    case EACCES, EPERM: return "没有读取权限"
    case EISDIR: return "这是一个文件夹，不是文件"
    case ENOTDIR: return "路径中有一段不是文件夹"
    case ENAMETOOLONG: return "路径太长"
    case ELOOP: return "符号链接形成了循环"
    case EMFILE, ENFILE: return "同时打开的文件太多"
    case EIO: return "读取时发生输入输出错误"
    default: return "系统错误 \(code)（\(String(cString: strerror(code)))）"
    }
  }
}

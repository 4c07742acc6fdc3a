import Foundation

/// Deterministic mutations of an input's bytes; each one says what it did, so a failure can be reproduced.
struct Mutator {
  /// Markers inserted into texts: template syntax, numbering markers, collection noise, odd spaces and controls.
  static let markers: [String] = [
    "{{", "}}", "{%", "%}", "{#", "#}", "{{ 年份 }}", "{% if %}", "{% for x in %}", "{% endfor %}", "一、", "（一）", "1．",
    "（1）", "①", "二、", "##paidbegin##", "##paidend##", "[bookmark: x]", "[bookmark:", "\u{3000}", "\u{FEFF}", "\r",
    "\r\n", "\t", "\n", "\n\n", "# ", "## ", "**", "——", "。", "，", "：", "、", "- ", "> ", "% ", "各位代表：",
    "同比增长10.6%", "4939万元", "2024年", "第3页", "- 3 -", "\"", "'", "\\", "|", "&a", "*a", "[", "]", "{", "}",
    ": ", "- ", "\u{FFFD}", "\u{1F600}", "\u{200B}", "\u{00A0}",
  ]

  /// Units repeated into very long runs.
  static let runUnits: [String] = ["一", "、", " ", "\u{3000}", "{", "#", "。", "1", "（", "\n", "a", "：", "-", "——"]

  var generator: SplitMix64
  /// What was done, in order, e.g. `flip@120^0x40`.
  var log: [String] = []

  init(key: String) { generator = SplitMix64(key: key) }

  /// Applies one to four random mutations to `bytes`.
  mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    for _ in 0..<generator.inRange(1...4) { out = mutateOnce(out) }
    return out
  }

  /// A position: a line start, a scalar start, or (one time in five) any byte, mid-sequence included.
  mutating func position(in bytes: [UInt8]) -> Int {
    if bytes.isEmpty { return 0 }
    var i = generator.below(bytes.count + 1)
    switch generator.below(5) {
    case 0:
      while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
    case 1, 2, 3:
      while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
    default: break
    }
    return i
  }

  mutating func mutateOnce(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    var kind = generator.below(11)
    // Mutations that need bytes or lines become marker insertions on inputs too small for them.
    if (kind == 0 || kind == 2 || kind == 10) && bytes.count < 3 || (kind == 6 || kind == 8) && lineCount < 3 {
      kind = 4
    }
    switch kind {
    case 0:
      let i = generator.below(bytes.count)
      let bit = UInt8(1) << UInt8(generator.below(8))
      bytes[i] ^= bit
      log.append("flip@\(i)^\(bit)")
    case 1:
      let i = position(in: bytes)
      let byte = UInt8(generator.below(256))
      bytes.insert(byte, at: i)
      log.append("insertByte@\(i)=\(byte)")
    case 2:
      let i = generator.below(bytes.count)
      let n = min(bytes.count - i, generator.inRange(1...(generator.chance(20) ? 400 : 4)))
      bytes.removeSubrange(i..<(i + n))
      log.append("delete@\(i)+\(n)")
    case 3:
      let i = generator.below(bytes.count + 1)
      bytes.removeSubrange(i...)
      log.append("truncate@\(i)")
    case 4, 5:
      let marker = generator.pick(Self.markers)
      let i = position(in: bytes)
      bytes.insert(contentsOf: Array(marker.utf8), at: i)
      log.append("insert@\(i)=\(marker.debugDescription)")
    case 6:
      var lines = Self.lines(bytes)
      let a = generator.below(lines.count)
      let b = generator.below(lines.count)
      lines.swapAt(a, b)
      bytes = Array(lines.joined(separator: [0x0A]))
      log.append("swapLines\(a + 1)<>\(b + 1)")
    case 7:
      var lines = Self.lines(bytes)
      let a = generator.below(lines.count)
      let times = generator.chance(10) ? generator.inRange(20...200) : 1
      lines.insert(contentsOf: repeatElement(lines[a], count: times), at: a)
      bytes = Array(lines.joined(separator: [0x0A]))
      log.append("duplicateLine\(a + 1)x\(times)")
    case 8:
      var lines = Self.lines(bytes)
      for k in stride(from: lines.count - 1, to: 0, by: -1) { lines.swapAt(k, generator.below(k + 1)) }
      bytes = Array(lines.joined(separator: [0x0A]))
      log.append("shuffleLines")
    case 9:
      let unit = generator.pick(Self.runUnits)
      let count = generator.inRange(200...6000)
      let i = position(in: bytes)
      bytes.insert(contentsOf: Array(String(repeating: unit, count: count).utf8), at: i)
      log.append("run@\(i)=\(unit.debugDescription)x\(count)")
    default:
      // A short piece copied from elsewhere in the input.
      let from = generator.below(bytes.count)
      let n = min(bytes.count - from, generator.inRange(1...80))
      let piece = Array(bytes[from..<(from + n)])
      let i = position(in: bytes)
      bytes.insert(contentsOf: piece, at: i)
      log.append("copy\(from)+\(n)@\(i)")
    }
    return bytes
  }

  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
  }

  // MARK: - Encodings for the reading path

  /// The bytes in another encoding, sometimes damaged the way the decoder must catch: UTF-16 with a BOM
  /// carrying lone surrogates or an odd byte count, GB18030, or UTF-8 with a BOM.
  mutating func reencode(_ bytes: [UInt8]) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    switch generator.below(4) {
    case 0, 1:
      let bigEndian = generator.chance(50)
      var units = Array(text.utf16)
      var kind = bigEndian ? "utf16be" : "utf16le"
      if generator.chance(60) {
        let i = generator.below(units.count + 1)
        let lone: UInt16 =
          generator.chance(50) ? UInt16(0xD800 + generator.below(0x400)) : UInt16(0xDC00 + generator.below(0x400))
        units.insert(lone, at: i)
        kind += "+lone\(String(lone, radix: 16))@\(i)"
      }
      var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      out.reserveCapacity(units.count * 2 + 3)
      for unit in units {
        let hi = UInt8(unit >> 8)
        let lo = UInt8(unit & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
      }
      if generator.chance(30) {
        out.append(UInt8(generator.below(256)))
        kind += "+oddByte"
      }
      log.append(kind)
      return out
    case 2:
      log.append("gb18030")
      let gb = String.Encoding(rawValue: 0x8000_0632)
      return text.data(using: gb).map { [UInt8]($0) } ?? Array(text.utf8)
    default:
      log.append("utf8bom")
      return [0xEF, 0xBB, 0xBF] + bytes
    }
  }
}

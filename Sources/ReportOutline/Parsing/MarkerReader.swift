import ReportText

/// A numbering marker found at the start of a line.
struct MarkerMatch {
  var style: NumberingStyle
  var value: Int
  var range: Range<Int>
  var isCanonical: Bool
}

/// An enumeration word found at the start of a line.
struct EnumerationMatch {
  var ordinal: Int
  var range: Range<Int>
}

/// Reads numbering markers and enumeration words at a given byte offset.
enum MarkerReader {
  static let parenOpen: [UInt32] = [0xFF08, 0x28]  // （ (
  static let parenClose: [UInt32] = [0xFF09, 0x29]  // ） )
  static let dun: UInt32 = 0x3001  // 、
  static let shi: UInt32 = 0x662F  // 是

  /// Reads a numbering marker (一、 （一） 1． 1. 1、 （1） ①) at `i`.
  static func marker(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> MarkerMatch? {
    guard start < end else { return nil }
    let (first, firstLength) = ByteText.scalar(p, at: start, end: end)
    // ① … ⑳
    if (0x2460...0x2473).contains(first) {
      return MarkerMatch(style: .circled, value: Int(first - 0x2460) + 1, range: start..<start + firstLength,
        isCanonical: true)
    }
    if parenOpen.contains(first) {
      var i = start + firstLength
      let (number, kind, after) = readNumber(p, at: i, end: end)
      guard let number, after < end else { return nil }
      i = after
      let (close, closeLength) = ByteText.scalar(p, at: i, end: end)
      guard parenClose.contains(close) else { return nil }
      i += closeLength
      var canonical = first == 0xFF08 && close == 0xFF09
      // "（一）、" carries a stray 、.
      if i < end {
        let (next, nextLength) = ByteText.scalar(p, at: i, end: end)
        if next == dun || next == 0xFF0E || next == 0x2E {
          canonical = false
          i += nextLength
        }
      }
      return MarkerMatch(style: kind == .hanzi ? .hanziParen : .arabicParen, value: number, range: start..<i,
        isCanonical: canonical)
    }
    let (number, kind, after) = readNumber(p, at: start, end: end)
    guard let number, after < end else { return nil }
    let (delimiter, delimiterLength) = ByteText.scalar(p, at: after, end: end)
    let stop = after + delimiterLength
    switch kind {
    case .hanzi:
      // 一、 canonical; 一. 一． 一, 一， read as the same family but not canonical.
      if delimiter == dun { return MarkerMatch(style: .hanzi, value: number, range: start..<stop, isCanonical: true) }
      if delimiter == 0xFF0E || delimiter == 0x2E {
        return MarkerMatch(style: .hanzi, value: number, range: start..<stop, isCanonical: false)
      }
      return nil
    case .arabic:
      // Markdown converters escape the dot of a number that starts a line: "1\.".
      if delimiter == 0x5C, stop < end, p[stop] == 0x2E {
        if stop + 1 < end, p[stop + 1] >= 0x30 && p[stop + 1] <= 0x39 { return nil }
        return MarkerMatch(style: .arabic, value: number, range: start..<stop + 1, isCanonical: true)
      }
      // 1． and 1. canonical (not a decimal such as 1.5), 1、 not canonical.
      if delimiter == 0xFF0E || delimiter == 0x2E {
        if stop < end, p[stop] >= 0x30 && p[stop] <= 0x39 { return nil }
        return MarkerMatch(style: .arabic, value: number, range: start..<stop, isCanonical: true)
      }
      if delimiter == dun {
        return MarkerMatch(style: .arabic, value: number, range: start..<stop, isCanonical: false)
      }
      // 1） 1) read as （1） in a sloppy form.
      if delimiter == 0xFF09 || delimiter == 0x29 {
        return MarkerMatch(style: .arabicParen, value: number, range: start..<stop, isCanonical: false)
      }
      return nil
    }
  }

  enum NumberKind { case hanzi, arabic }

  /// Reads one to three Chinese numeral scalars, or one to three ASCII/full-width digits (long plans number
  /// their items past 100).
  static func readNumber(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Int?, NumberKind, Int) {
    var i = start
    var scalars: [UInt32] = []
    while i < end, scalars.count < 4 {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      if ByteText.hanziDigit(s) != nil || s == 0x5341 {
        scalars.append(s)
        i += n
      } else {
        break
      }
    }
    if !scalars.isEmpty {
      return (ByteText.hanziNumber(scalars), .hanzi, i)
    }
    var value = 0
    var digits = 0
    while i < end, digits < 4 {
      let (s, n) = ByteText.scalar(p, at: i, end: end)
      let digit: UInt32
      if s >= 0x30 && s <= 0x39 {
        digit = s - 0x30
      } else if s >= 0xFF10 && s <= 0xFF19 {
        digit = s - 0xFF10
      } else {
        break
      }
      value = value * 10 + Int(digit)
      digits += 1
      i += n
    }
    if digits == 0 || digits > 3 || value == 0 { return (nil, .arabic, i) }
    return (value, .arabic, i)
  }

  static let enumerationWords: [(word: [UInt8], ordinal: Int)] = [
    (Array(utf8: "首先"), 1), (Array(utf8: "其次"), 2), (Array(utf8: "再次"), 3), (Array(utf8: "最后"), 0),
  ]

  /// Reads an enumeration word at `start`: 一是 … 十是, 第一，/第一、, 首先, 其次, 再次, 最后.
  static func enumeration(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> EnumerationMatch? {
    guard start < end else { return nil }
    for entry in enumerationWords where ByteText.hasPrefix(p, at: start, end: end, entry.word) {
      let stop = start + entry.word.count
      // "最后" must be followed by a comma to be an enumeration word ("最后，…").
      if entry.ordinal == 0 {
        guard stop < end else { return nil }
        let (next, _) = ByteText.scalar(p, at: stop, end: end)
        if next != 0xFF0C && next != 0x2C { return nil }
      }
      return EnumerationMatch(ordinal: entry.ordinal, range: start..<stop)
    }
    var i = start
    let (lead, leadLength) = ByteText.scalar(p, at: i, end: end)
    let ordinalPrefix = lead == 0x7B2C  // 第
    if ordinalPrefix { i += leadLength }
    let (number, kind, after) = readNumber(p, at: i, end: end)
    guard let number, kind == .hanzi, after < end else { return nil }
    let (next, nextLength) = ByteText.scalar(p, at: after, end: end)
    if ordinalPrefix {
      guard next == 0xFF0C || next == dun || next == shi else { return nil }
      return EnumerationMatch(ordinal: number, range: start..<after + (next == shi ? nextLength : 0))
    }
    guard next == shi else { return nil }
    return EnumerationMatch(ordinal: number, range: start..<after + nextLength)
  }
}

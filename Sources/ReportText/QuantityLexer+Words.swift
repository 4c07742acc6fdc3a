import Foundation

extension QuantityLexer {
  // MARK: - Words

  static let magnitudeWords: [([UInt8], Quantity.Magnitude)] = [
    (Array("十万".utf8), .hundredThousand), (Array("百万".utf8), .million), (Array("千万".utf8), .tenMillion),
    (Array("万亿".utf8), .trillion), (Array("百".utf8), .hundred), (Array("千".utf8), .thousand),
    (Array("万".utf8), .tenThousand), (Array("萬".utf8), .tenThousand), (Array("亿".utf8), .hundredMillion),
  ]

  func magnitudeWord(at i: Int) -> (Quantity.Magnitude, Int)? {
    guard Self.magnitudeFirstBytes.contains(byte(at: i)) else { return nil }
    for (word, magnitude) in Self.magnitudeWords where matches(word, at: i) { return (magnitude, word.count) }
    return nil
  }

  /// The longest unit spelled at `i`, with a compound "/unit" ("元/亩"), and where it ends.
  func unit(at i: Int) -> (QuantityUnit, Int)? {
    guard let (first, end) = simpleUnit(at: i) else { return nil }
    if byte(at: end) == 0x2F, first.category != .percent, let (second, secondEnd) = simpleUnit(at: end + 1),
      second.category != .percent
    {
      return (QuantityUnit(first.text + "/" + second.text, category: .rate), secondEnd)
    }
    return (first, end)
  }

  func simpleUnit(at i: Int) -> (QuantityUnit, Int)? {
    guard let (first, _) = scalar(at: i), let entries = QuantityUnit.byFirstScalar[first] else { return nil }
    for entry in entries where matches(entry.spelling, at: i) {
      let end = i + entry.spelling.count
      if entry.isASCII, let next = byte(at: end), isASCIILetter(next) || next &- 0x30 < 10 { continue }
      return (entry.unit, end)
    }
    return nil
  }

  /// A range separator at `i` followed by what could be a number: its length and whether it is a dash.
  func rangeSeparator(at i: Int) -> (Int, Bool)? {
    guard let b = byte(at: i) else { return nil }
    switch b {
    case 0x2D: return (1, true)
    case 0x7E: return (1, false)
    default: break
    }
    for (word, isDash) in Self.separators where matches(word, at: i) { return (word.count, isDash) }
    return nil
  }

  static let separators: [([UInt8], Bool)] = [
    (Array("—".utf8), true), (Array("–".utf8), true), (Array("－".utf8), true), (Array("～".utf8), false),
    (Array("〜".utf8), false), (Array("至".utf8), false), (Array("到".utf8), false),
  ]

  // Quick rejections before the word lists are tried.
  static let trailingFirstBytes = ByteSet(Quantity.Qualifier.trailingWords.map { $0.word[0] })
  static let moreFirstBytes = ByteSet(Quantity.Qualifier.moreWords.map { $0[0] })
  static let magnitudeFirstBytes = ByteSet(magnitudeWords.map { $0.0[0] })

  static let signs: [[UInt8]] = [Array("－".utf8), Array("−".utf8)]
  static let fullWidthPoint = Array("．".utf8)
  static let posix = Locale(identifier: "en_US_POSIX")

  // MARK: - Bytes and scalars

  @inline(__always)
  func byte(at i: Int) -> UInt8? { i >= lowerBound && i < upperBound ? bytes[i] : nil }

  /// An ASCII or full-width digit at `i`: its value and byte length.
  @inline(__always)
  func digit(at i: Int) -> (UInt8, Int)? {
    guard i >= lowerBound && i < upperBound else { return nil }
    let b = bytes[i]
    if b &- 0x30 < 10 { return (b - 0x30, 1) }
    if b == 0xEF && i + 2 < upperBound && bytes[i + 1] == 0xBC && bytes[i + 2] &- 0x90 < 10 {
      return (bytes[i + 2] - 0x90, 3)
    }
    return nil
  }

  /// The length of a minus sign at `i` that stands before a digit and not after a number or word.
  func signLength(at i: Int) -> Int {
    var length = 0
    if byte(at: i) == 0x2D {
      length = 1
    } else if let sign = Self.signs.first(where: { matches($0, at: i) }) {
      length = sign.count
    }
    guard length > 0, digit(at: i + length) != nil else { return 0 }
    if let previous = scalar(before: i) {
      if isIdentifierScalar(previous) || ChineseNumeral.isNumeralScalar(previous) { return 0 }
      if previous.value >= 0xFF10 && previous.value <= 0xFF19 { return 0 }
      switch previous {
      case "-", "－", "−", "—", "–", "~", "～", ".", ",": return 0
      default: break
      }
    }
    return length
  }

  @inline(__always)
  func matches(_ word: [UInt8], at i: Int) -> Bool {
    guard i >= lowerBound else { return false }
    return UTF8Bytes.matches(word, in: bytes, at: i, limit: upperBound)
  }

  func scalar(at i: Int) -> (Unicode.Scalar, Int)? {
    guard i >= lowerBound && i < upperBound else { return nil }
    let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
    return i + length <= upperBound ? (scalar, length) : nil
  }

  func scalar(before i: Int) -> Unicode.Scalar? {
    UTF8Bytes.scalar(before: i, in: bytes, lowerBound: lowerBound)
  }

  func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

  /// ASCII letters, digits and `_`: a number glued to them is part of a name (G20, COVID19).
  func isIdentifierScalar(_ s: Unicode.Scalar) -> Bool {
    s.isASCII && (isASCIILetter(UInt8(s.value)) || UInt8(s.value) &- 0x30 < 10 || s == "_")
  }

  func isGroupOfThree(at i: Int) -> Bool {
    guard i + 3 <= upperBound else { return false }
    for k in i..<(i + 3) where bytes[k] &- 0x30 >= 10 { return false }
    return i + 3 == upperBound || bytes[i + 3] &- 0x30 >= 10
  }

  /// The end of a run of digits, letters and the marks that join them (., -, /, :).
  func endOfNumericRun(from i: Int) -> Int {
    var j = i
    while j < upperBound {
      if let (_, length) = digit(at: j) {
        j += length
        continue
      }
      let b = bytes[j]
      if isASCIILetter(b) || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x3A || b == 0x5F || b == 0x2C {
        j += 1
        continue
      }
      if let (length, isDash) = rangeSeparator(at: j), isDash, digit(at: j + length) != nil {
        j += length
        continue
      }
      break
    }
    return max(j, i + 1)
  }
}

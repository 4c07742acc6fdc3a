import Foundation

/// Reads one quantity at a time from UTF-8 bytes; the engine behind `QuantityScanner` and `Quantity.parse`.
///
/// `lex(at:)` reads forward from a number and looks back a few bytes for a leading qualifier; it never reads
/// outside `lowerBound..<upperBound`. Every outcome moves past the bytes it read, so a scan is linear.
struct QuantityLexer {
  let bytes: UnsafeBufferPointer<UInt8>
  let lowerBound: Int
  let upperBound: Int
  let readsChineseNumerals: Bool
  let requiresUnitAfterChineseNumeral: Bool

  enum Outcome {
    case quantity(Quantity, next: Int)
    case skip(to: Int)
  }

  /// A number as read, before magnitude and unit.
  struct Number {
    var range: Range<Int>
    var literal: String
    var value: Decimal
    var style: Quantity.NumberStyle
    var magnitude: Quantity.Magnitude = .one
    var hasLeadingZero = false
    var isDigitSequence = false
  }

  /// Longer digit runs are codes, not amounts.
  static let maximumDigits = 30

  // MARK: - Starting

  /// Whether a number (or a minus sign before one) starts at `i`.
  func startsNumber(at i: Int) -> Bool {
    let b = bytes[i]
    if b &- 0x30 < 10 { return true }
    switch b {
    case 0x2D, 0xE2: return signLength(at: i) > 0
    case 0xEF: return digit(at: i) != nil || signLength(at: i) > 0
    default: break
    }
    if readsChineseNumerals && b >= 0xE3, let (scalar, _) = scalar(at: i) {
      return ChineseNumeral.isNumeralScalar(scalar)
    }
    return false
  }

  // MARK: - Reading one quantity

  /// Reads the quantity whose number starts at `i` (where `startsNumber(at:)` holds).
  func lex(at i: Int) -> Outcome {
    if let previous = scalar(before: i), isIdentifierScalar(previous) {
      return .skip(to: endOfNumericRun(from: i))
    }
    let signLength = signLength(at: i)
    var number: Number
    if signLength == 0 && digit(at: i) == nil {
      let (read, runEnd) = readChinese(at: i)
      guard let read else { return .skip(to: runEnd) }
      number = read
    } else {
      switch readArabic(at: i + signLength, start: i) {
      case .number(let read): number = read
      case .skip(let end): return .skip(to: end)
      }
    }
    let isChinese = number.style == .chinese

    var j = number.range.upperBound
    var trailing: Quantity.Qualifier?
    var magnitude = number.magnitude
    var unit: QuantityUnit?
    (magnitude, unit, j) = readMagnitudeAndUnit(at: j, magnitude: magnitude, trailing: &trailing)

    if unit == nil && magnitude == .one && trailing == nil && j < upperBound && isASCIILetter(bytes[j]) {
      return .skip(to: endOfNumericRun(from: j))  // 5G, 4A, 3D: names, not amounts
    }
    if isChinese && unit == nil && (requiresUnitAfterChineseNumeral || number.isDigitSequence) {
      return .skip(to: number.range.upperBound)
    }
    if number.isDigitSequence && unit != .year && requiresUnitAfterChineseNumeral {
      return .skip(to: number.range.upperBound)
    }

    // MARK: Range
    var upper: Number?
    if let (separatorLength, isDash) = rangeSeparator(at: j) {
      let secondStart = j + separatorLength
      var second: Number?
      if isChinese {
        if let (s, _) = scalar(at: secondStart), ChineseNumeral.isNumeralScalar(s) {
          second = readChinese(at: secondStart).0
        }
      } else if digit(at: secondStart) != nil, case .number(let read) = readArabic(at: secondStart, start: secondStart)
      {
        second = read
      }
      if let second {
        var secondTrailing: Quantity.Qualifier?
        let (secondMagnitude, secondUnit, secondEnd) = readMagnitudeAndUnit(
          at: second.range.upperBound, magnitude: second.magnitude, trailing: &secondTrailing)
        if isDash, let (nextLength, nextIsDash) = rangeSeparator(at: secondEnd), nextIsDash,
          digit(at: secondEnd + nextLength) != nil
        {
          return .skip(to: endOfNumericRun(from: secondEnd))  // 2024-01-15, 138-1234-5678
        }
        let sameUnit = unit == nil || unit == secondUnit
        let sameMagnitude = magnitude == secondMagnitude || (magnitude == .one && unit == nil)
        let ordered = number.value < second.value && !number.hasLeadingZero && !second.hasLeadingZero
        if sameUnit && sameMagnitude && ordered && secondTrailing == nil {
          upper = second
          unit = secondUnit
          magnitude = secondMagnitude
          j = secondEnd
        } else if isDash && unit == nil && magnitude == .one && trailing == nil {
          return .skip(to: secondEnd)  // 2024-01, 0571-8888: dates and codes
        }
      }
    }

    // MARK: Trailing words
    for (word, qualifier) in Quantity.Qualifier.trailingWords
    where Self.trailingFirstBytes.contains(byte(at: j)) && matches(word, at: j) {
      if trailing == nil { trailing = qualifier }
      j += word.count
      break
    }

    // MARK: Leading words
    var start = i
    var leading: Quantity.Qualifier?
    let candidates = scalar(before: i).flatMap { Quantity.Qualifier.leadingWordsByLastScalar[$0] } ?? []
    for entry in candidates where matches(entry.word, at: i - entry.word.count) {
      let wordStart = i - entry.word.count
      if !entry.excludedBefore.isEmpty, let before = scalar(before: wordStart), entry.excludedBefore.contains(before) {
        break
      }
      // 近3年 is "the last three years", not "nearly three years".
      if entry.qualifier == .nearly && entry.word.count == 3 && unit?.category == .time { break }
      leading = entry.qualifier
      start = wordStart
      break
    }
    let isOrdinal = scalar(before: start) == "第"
    if isOrdinal && isChinese && requiresUnitAfterChineseNumeral { return .skip(to: j) }

    let quantity = Quantity(
      value: number.value, literal: number.literal, upperValue: upper?.value, upperLiteral: upper?.literal,
      magnitude: magnitude, unit: unit, leadingQualifier: leading, trailingQualifier: trailing,
      numberStyle: number.style, isOrdinal: isOrdinal, byteRange: start..<j, numberRange: number.range)
    return .quantity(quantity, next: j)
  }

  /// Reads 多/余, a magnitude word, 多/余 again, and a unit, each optional, after a number ending at `i`.
  func readMagnitudeAndUnit(
    at i: Int, magnitude: Quantity.Magnitude, trailing: inout Quantity.Qualifier?
  ) -> (Quantity.Magnitude, QuantityUnit?, Int) {
    var j = i
    var magnitude = magnitude
    j = readMore(at: j, trailing: &trailing)
    if magnitude == .one && unit(at: j) == nil {
      let k = byte(at: j) == 0x20 ? j + 1 : j
      if let (word, length) = magnitudeWord(at: k) {
        magnitude = word
        j = readMore(at: k + length, trailing: &trailing)
      }
    }
    let k = byte(at: j) == 0x20 ? j + 1 : j
    if let (unit, end) = unit(at: k) { return (magnitude, unit, end) }
    return (magnitude, nil, j)
  }

  func readMore(at i: Int, trailing: inout Quantity.Qualifier?) -> Int {
    for word in Quantity.Qualifier.moreWords where Self.moreFirstBytes.contains(byte(at: i)) && matches(word, at: i) {
      if trailing == nil { trailing = .more }
      return i + word.count
    }
    return i
  }
}

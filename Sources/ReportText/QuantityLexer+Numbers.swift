import Foundation

extension QuantityLexer {
  // MARK: - Numbers

  enum ArabicOutcome {
    case number(Number)
    case skip(Int)
  }

  /// Reads ASCII or full-width digits with grouping commas and a decimal point; `start` is where a sign began.
  ///
  /// The literal is gathered in a stack buffer, not an array: a report has a number every few dozen bytes.
  func readArabic(at digitsStart: Int, start: Int) -> ArabicOutcome {
    // Longer literals are skipped below; the buffer holds a sign, the digits, a point and some slack.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumDigits + 8) { buffer in
      var count = 0
      var overflow = false
      func append(_ b: UInt8) {
        if count < buffer.count {
          buffer[count] = b
          count += 1
        } else {
          overflow = true
        }
      }
      if digitsStart > start { append(0x2D) }
      var style = Quantity.NumberStyle.arabic
      var j = digitsStart
      var integerDigits = 0
      let firstDigit = count
      while let (d, length) = digit(at: j) {
        append(0x30 + d)
        if length == 3 { style = .fullWidth }
        j += length
        integerDigits += 1
      }
      let hasLeadingZero = integerDigits > 1 && count > firstDigit && buffer[firstDigit] == 0x30
      if integerDigits <= 3 && style == .arabic {
        while byte(at: j) == 0x2C && isGroupOfThree(at: j + 1) {
          for k in (j + 1)..<(j + 4) { append(bytes[k]) }
          integerDigits += 3
          j += 4
        }
      }
      let pointLength = byte(at: j) == 0x2E ? 1 : matches(Self.fullWidthPoint, at: j) ? 3 : 0
      if pointLength > 0 && digit(at: j + pointLength) != nil {
        append(0x2E)
        j += pointLength
        var fractionDigits = 0
        while let (d, length) = digit(at: j) {
          append(0x30 + d)
          j += length
          fractionDigits += 1
        }
        if byte(at: j) == 0x2E && digit(at: j + 1) != nil { return .skip(endOfNumericRun(from: j)) }  // 1.2.3
        integerDigits += fractionDigits
      }
      if integerDigits > Self.maximumDigits || overflow { return .skip(endOfNumericRun(from: j)) }
      let literal = UnsafeBufferPointer(rebasing: buffer[..<count])
      let text = String(decoding: literal, as: UTF8.self)
      guard let value = Self.decimal(literal) ?? Decimal(string: text, locale: Self.posix) else { return .skip(j) }
      return .number(
        Number(range: start..<j, literal: text, value: value, style: style, hasLeadingZero: hasLeadingZero))
    }
  }

  /// The exact decimal for an ASCII literal of at most 18 digits ("-3.20" is -320 × 10⁻²), without going
  /// through `Decimal(string:)`; nil for a longer one.
  static func decimal<Bytes: Sequence<UInt8>>(_ literal: Bytes) -> Decimal? {
    var significand: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var inFraction = false
    var negative = false
    for b in literal {
      switch b {
      case 0x2D: negative = true
      case 0x2E: inFraction = true
      default:
        // Past 18 digits the significand could overflow; the literal is counted and refused below.
        if digits < 18 { significand = significand * 10 + UInt64(b - 0x30) }
        digits += 1
        if inFraction { fractionDigits += 1 }
      }
    }
    guard digits > 0 && digits <= 18 else { return nil }
    return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
  }

  /// Reads a run of Chinese numeral characters; a final 万, 亿 or 万亿 becomes the magnitude.
  ///
  /// - Returns: the number, or `nil` when the run is not a numeral, and where the run ends.
  func readChinese(at i: Int) -> (Number?, Int) {
    var scalars: [Unicode.Scalar] = []
    var j = i
    while let (scalar, length) = scalar(at: j), ChineseNumeral.isNumeralScalar(scalar) {
      if scalars.count <= 24 { scalars.append(scalar) }
      j += length
    }
    guard scalars.count <= 24 else { return (nil, j) }
    var core = scalars
    var magnitude = Quantity.Magnitude.one
    if core.count >= 3 && core.suffix(2).elementsEqual(["万", "亿"]) {
      magnitude = .trillion
      core.removeLast(2)
    } else if core.count >= 2 && core.last == "亿" {
      magnitude = .hundredMillion
      core.removeLast()
    } else if core.count >= 2 && (core.last == "万" || core.last == "萬") {
      magnitude = .tenThousand
      core.removeLast()
    }
    let text = String(String.UnicodeScalarView(core))
    if let value = ChineseNumeral.value(of: text) {
      return (
        Number(range: i..<j, literal: String(value), value: Decimal(value), style: .chinese, magnitude: magnitude), j
      )
    }
    if magnitude == .one && core.count >= 2, let value = ChineseNumeral.value(ofDigitSequence: text) {
      var number = Number(range: i..<j, literal: String(value), value: Decimal(value), style: .chinese)
      number.isDigitSequence = true
      return (number, j)
    }
    return (nil, j)
  }
}

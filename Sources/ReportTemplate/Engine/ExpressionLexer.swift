import Foundation
import ReportText

/// A token of a tag's or an output's expression, with its bytes in the template source.
struct ExpressionToken: Sendable {
  enum Kind: Sendable, Equatable {
    /// A name: any Unicode letters, digits and underscores, not starting with a digit. Keywords are names too.
    case name(String)
    /// A number literal: ASCII digits with an optional fraction.
    case number(Decimal)
    /// A string literal, escapes undone.
    case string(String)
    /// An operator or punctuation: `==`, `(`, `|`, …
    case symbol(String)
  }

  var kind: Kind
  var range: Range<Int>

  /// The token as shown in messages: `“)”`, `名称“收入”`.
  var shown: String {
    switch kind {
    case .name(let name): "名称“\(name)”"
    case .number(let number): "数字 \(NumberFormat.text(number))"
    case .string: "字符串"
    case .symbol(let symbol): "“\(symbol)”"
    }
  }

  func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

  func isName(_ name: String) -> Bool { kind == .name(name) }
}

/// Splits the inside of a tag into tokens; one pass over the bytes.
struct ExpressionLexer {
  let bytes: [UInt8]

  private static let twoByteSymbols: Set<String> = ["==", "!=", "<=", ">="]
  private static let oneByteSymbols: Set<UInt8> = Set("()[].,|~+-*/%<>=".utf8)

  /// The tokens of `range`.
  ///
  /// - Throws: `.unexpectedCharacter` at a character that starts no token, `.unterminatedString` at a quote
  ///   without its partner. Locations are filled in by the caller.
  func tokens(in range: Range<Int>) throws(LexFailure) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let byte = bytes[i]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        i += 1
        continue
      }
      let start = i
      if byte == 0x22 || byte == 0x27 {
        let (text, next) = try string(from: i, end: end)
        tokens.append(ExpressionToken(kind: .string(text), range: start..<next))
        i = next
      } else if byte >= 0x30 && byte <= 0x39 {
        while i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        if i + 1 < end && bytes[i] == 0x2E && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
          i += 1
          while i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        let number = NumberReading.decimal(from: text) ?? 0
        tokens.append(ExpressionToken(kind: .number(number), range: start..<i))
      } else if i + 1 < end, Self.twoByteSymbols.contains(String(decoding: bytes[i..<i + 2], as: UTF8.self)) {
        tokens.append(
          ExpressionToken(kind: .symbol(String(decoding: bytes[i..<i + 2], as: UTF8.self)), range: i..<i + 2))
        i += 2
      } else if Self.oneByteSymbols.contains(byte) {
        tokens.append(ExpressionToken(kind: .symbol(String(UnicodeScalar(byte))), range: i..<i + 1))
        i += 1
      } else {
        let (scalar, length) = decode(at: i)
        guard Self.isNameStart(scalar) else {
          throw LexFailure(kind: .unexpectedCharacter(String(scalar)), range: i..<i + length)
        }
        i += length
        while i < end {
          let (next, nextLength) = decode(at: i)
          guard Self.isNameContinuation(next) else { break }
          i += nextLength
        }
        tokens.append(ExpressionToken(kind: .name(String(decoding: bytes[start..<i], as: UTF8.self)), range: start..<i))
      }
    }
    return tokens
  }

  /// A quoted string from the quote at `start`: its text and the offset after the closing quote.
  private func string(from start: Int, end: Int) throws(LexFailure) -> (String, Int) {
    let quote = bytes[start]
    var out: [UInt8] = []
    var i = start + 1
    while i < end {
      let byte = bytes[i]
      if byte == quote { return (String(decoding: out, as: UTF8.self), i + 1) }
      if byte == 0x0A { break }
      if byte == 0x5C && i + 1 < end {
        let next = bytes[i + 1]
        switch next {
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x5C, 0x22, 0x27: out.append(next)
        default: out.append(contentsOf: [byte, next])
        }
        i += 2
        continue
      }
      out.append(byte)
      i += 1
    }
    throw LexFailure(kind: .unterminatedString, range: start..<start + 1)
  }

  private func decode(at index: Int) -> (Unicode.Scalar, Int) {
    bytes.withUnsafeBufferPointer { UTF8Bytes.decode($0, at: index) }
  }

  /// Letters of any script and `_`.
  static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "_" { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber: return true
    default: return false
    }
  }

  /// Letters, decimal digits, combining marks and `_`.
  static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
    if isNameStart(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark: return true
    default: return false
    }
  }

  /// Whether `text` can be written as a name in a path (`成绩.标题` rather than `成绩["标题"]`).
  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
    return text.unicodeScalars.allSatisfy(isNameContinuation)
  }
}

/// A lexing error: its kind and bytes; the parser turns it into a located `TemplateError`.
struct LexFailure: Error {
  var kind: TemplateError.Kind
  var range: Range<Int>
}

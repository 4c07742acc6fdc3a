import ReportText

/// A scalar as read at a position: its text and style, its bytes, and the `:` after it when it is a key.
struct ScalarToken {
  var text: String
  var style: ScalarStyle
  /// The offset of the scalar's first byte (its opening quote, if quoted).
  var start: Int
  /// The offset after its last byte (after its closing quote), without trailing spaces.
  var end: Int
  /// The offset of the `:` that follows it when it is a key.
  var colon: Int?
}

extension DataParser {
  // MARK: - Block scalars on one line

  /// Reads a plain or quoted scalar at `pos` in block context, and whether a `: ` follows it (a key).
  ///
  /// A key leaves `pos` after its colon. A value must end its line (a comment may follow); `pos` is then at
  /// its end. Throws for text after a closing quote and for the characters YAML reserves at a value's start.
  mutating func readBlockToken() throws(DataError) -> ScalarToken {
    let start = c.pos
    let first = c.bytes[start]
    if first == .doubleQuote || first == .singleQuote {
      var token = try readQuoted()
      c.skipSpaces()
      if c.byte(at: c.pos) == .colon {
        if c.isBlank(at: c.pos + 1) {
          token.colon = c.pos
          c.pos += 1
          return token
        }
        let text = c.string(start, c.trimmingTrailingSpaces(start, c.lineEnd))
        throw c.error(.missingColon(text, hint: .noSpaceAfterColon), at: start, to: c.pos + 1)
      }
      if c.pos >= c.lineEnd || c.startsComment(at: c.pos) { return token }
      let end = c.trimmingTrailingSpaces(c.pos, c.lineEnd)
      throw c.error(.textAfterQuote(c.string(c.pos, end)), at: c.pos, to: end)
    }
    if first == .openBracket || first == .openBrace { throw c.error(.complexKey, at: start) }
    try checkPlainStart(at: start, isFlow: false)
    var i = start
    var end = c.lineEnd
    var colon: Int?
    while i < c.lineEnd {
      let b = c.bytes[i]
      if b == .colon {
        if c.isBlank(at: i + 1) {
          colon = i
          end = i
          break
        }
      } else if b == .hash && (c.bytes[i - 1] == .space || c.bytes[i - 1] == .tab) {
        end = i
        break
      }
      i += 1
    }
    end = c.trimmingTrailingSpaces(start, end)
    let text = c.string(start, end)
    if let colon {
      if end - start == 2 && c.bytes[start] == .lessThan && c.bytes[start + 1] == .lessThan {
        throw c.error(.mergeKey, at: start, to: end)
      }
      c.pos = colon + 1
    } else {
      c.pos = end
    }
    return ScalarToken(text: text, style: .plain, start: start, end: end, colon: colon)
  }

  /// Throws when the character at `offset` may not start a plain scalar: anchors, aliases, tags, `- `, `? `,
  /// `: ` and the characters YAML reserves.
  @inline(__always)
  func checkPlainStart(at offset: Int, isFlow: Bool) throws(DataError) {
    let b = c.bytes[offset]
    // Letters, digits and everything beyond ASCII start plain scalars.
    if b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { return }
    try checkPunctuationStart(b, at: offset, isFlow: isFlow)
  }

  /// `checkPlainStart(at:isFlow:)` for an ASCII punctuation byte `b`.
  func checkPunctuationStart(_ b: UInt8, at offset: Int, isFlow: Bool) throws(DataError) {
    switch b {
    case .ampersand:
      throw c.error(.anchor(c.token(at: offset, flow: isFlow)), at: offset)
    case .asterisk:
      throw c.error(.alias(c.token(at: offset, flow: isFlow)), at: offset)
    case .exclamation:
      throw c.error(.tag(c.token(at: offset, flow: isFlow)), at: offset)
    case .minus, .question, .colon:
      guard c.isBlank(at: offset + 1) || (isFlow && Self.isFlowIndicator(c.byte(at: offset + 1))) else { return }
      switch b {
      case .question: throw c.error(.complexKey, at: offset)
      case .colon: throw c.error(.missingKey, at: offset)
      default:
        throw c.error(isFlow ? .reservedIndicator("-") : .sequenceEntryAfterKey, at: offset)
      }
    case .pipe, .greaterThan, .percent, .at, .backtick, .comma, .closeBracket, .closeBrace, .hash:
      throw c.error(.reservedIndicator(String(UnicodeScalar(b))), at: offset)
    default:
      return
    }
  }

  /// Whether `b` is one of the flow indicators `,[]{}`.
  @inline(__always)
  static func isFlowIndicator(_ b: UInt8) -> Bool {
    b == .comma || b == .openBracket || b == .closeBracket || b == .openBrace || b == .closeBrace
  }

  // MARK: - Quoted scalars

  /// Reads a single- or double-quoted scalar at `pos`, which must close on the same line; `pos` ends after
  /// the closing quote.
  mutating func readQuoted() throws(DataError) -> ScalarToken {
    let open = c.pos
    let isDouble = c.bytes[open] == .doubleQuote
    var buffer: [UInt8]?
    var segment = open + 1
    var i = segment
    while true {
      guard i < c.lineEnd else {
        throw c.error(.unterminatedQuote(isDouble ? .double : .single), at: open, to: c.lineEnd)
      }
      let b = c.bytes[i]
      if isDouble {
        if b == .doubleQuote { break }
        if b == .backslash {
          if buffer == nil { buffer = [] }
          buffer!.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[segment..<i]))
          i = try appendEscape(at: i, to: &buffer!, open: open)
          segment = i
          continue
        }
      } else if b == .singleQuote {
        guard c.byte(at: i + 1) == .singleQuote else { break }
        if buffer == nil { buffer = [] }
        buffer!.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[segment...i]))
        i += 2
        segment = i
        continue
      }
      i += 1
    }
    let text = c.quotedText(buffer, segment: segment, end: i)
    c.pos = i + 1
    return ScalarToken(text: text, style: isDouble ? .doubleQuoted : .singleQuoted, start: open, end: i + 1)
  }
}

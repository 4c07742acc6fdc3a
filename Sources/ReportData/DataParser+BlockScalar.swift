import ReportText

extension DataParser {
  /// How a block scalar treats the line breaks at its end.
  enum Chomping {
    /// One final line break (the default).
    case clip
    /// No final line break (`-`).
    case strip
    /// Every final line break and empty line (`+`).
    case keep
  }

  /// Reads a `|` literal or `>` folded block at `pos` whose content lines are indented more than `parent`.
  ///
  /// The content indentation is that of the first non-empty line, or `parent` plus the indentation digit of
  /// the header. Only ASCII spaces indent: a line that starts with "　　" after the indentation keeps it. A
  /// literal block keeps its line breaks; a folded block turns a single line break between two lines that do
  /// not start with a space into a space — or into nothing next to a CJK character or full-width punctuation
  /// (a deliberate deviation from YAML, for Chinese text) — and each empty line into a line break.
  mutating func parseBlockScalar(parent: Int) throws(DataError) -> DataNode {
    let header = c.pos
    let isFolded = c.bytes[header] == .greaterThan
    var chomping = Chomping.clip
    var explicitIndent: Int?
    var i = header + 1
    while i < c.lineEnd {
      let b = c.bytes[i]
      if (b == .minus || b == .plus) && chomping == .clip {
        chomping = b == .minus ? .strip : .keep
      } else if (0x31...0x39).contains(b) && explicitIndent == nil {
        explicitIndent = Int(b - 0x30)
      } else {
        break
      }
      i += 1
    }
    c.pos = i
    c.skipSpaces()
    guard c.isBlank(at: i) && (c.pos >= c.lineEnd || c.startsComment(at: c.pos)) else {
      let end = c.trimmingTrailingSpaces(header, c.startsComment(at: c.pos) ? c.pos : c.lineEnd)
      throw c.error(.invalidBlockScalarHeader(c.string(header, end)), at: header, to: end)
    }
    let start = c.location(header)
    var end = c.location(i)
    var indent = explicitIndent.map { max(0, parent + $0) }
    var out: [UInt8] = []
    var emptyLines = 0
    var hasContent = false
    var previousIsSpaced = false
    var previousLast: Unicode.Scalar = " "
    var lastLine = 0
    var lastEnd = 0
    while c.advanceLine() && !c.isPastEnd {
      let lineStart = c.lineStart
      let lineEnd = c.lineEnd
      var spaces = 0
      while lineStart + spaces < lineEnd && c.bytes[lineStart + spaces] == .space { spaces += 1 }
      let isBlank = lineStart + spaces == lineEnd
      if indent == nil && !isBlank {
        guard spaces > parent else { break }
        indent = spaces
      }
      let contentIndent = indent ?? Int.max
      if isBlank && spaces <= contentIndent {
        emptyLines += 1
        continue
      }
      if spaces < contentIndent { break }
      if contentIndent == 0 && (isMarker("---", at: lineStart) || isMarker("...", at: lineStart)) { break }
      let contentStart = lineStart + contentIndent
      let first = UTF8Bytes.decode(c.bytes, at: contentStart).0
      var breaks = hasContent ? 1 + emptyLines : emptyLines
      if isFolded {
        let isSpaced = first == " " || first == "\t"
        if hasContent && !previousIsSpaced && !isSpaced {
          breaks = emptyLines
          if emptyLines == 0 && !Self.joinsWithoutSpace(previousLast, first) { out.append(.space) }
        }
        previousIsSpaced = isSpaced
      }
      for _ in 0..<breaks { out.append(.newline) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: c.bytes[contentStart..<lineEnd]))
      previousLast = UTF8Bytes.scalar(before: lineEnd, in: c.bytes, lowerBound: contentStart) ?? " "
      hasContent = true
      emptyLines = 0
      lastLine = c.line
      lastEnd = lineEnd
    }
    switch chomping {
    case .strip: break
    case .clip: if hasContent { out.append(.newline) }
    case .keep: for _ in 0..<(emptyLines + (hasContent ? 1 : 0)) { out.append(.newline) }
    }
    if hasContent { end = c.location(lastEnd, onLine: lastLine) }
    lastShape = .other
    let text = String(decoding: out, as: UTF8.self)
    return DataNode(value: .text(text, style: isFolded ? .folded : .literal), range: start..<end)
  }

  /// Whether folding a line break between `last` and `next` adds nothing: next to a CJK ideograph, kana or
  /// full-width punctuation (the ideographic space included), Chinese is written without spaces.
  static func joinsWithoutSpace(_ last: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
    isWide(last) || isWide(next)
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    if CharacterClass.isCJKIdeograph(scalar) || CharacterClass.isFullWidthPunctuation(scalar) { return true }
    switch scalar.value {
    case 0x3000...0x30FF, 0x31F0...0x31FF, 0xFF00...0xFFEF: return true
    default: return false
    }
  }
}

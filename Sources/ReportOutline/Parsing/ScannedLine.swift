/// What one pass over a line's bytes tells about its shape; the parser's only view of a line.
///
/// Offsets are byte offsets into the whole text. `content` excludes leading indentation (ASCII or
/// full-width spaces), leading noise markers and trailing spaces.
struct ScannedLine {
  /// 1-based line number.
  var number: Int
  /// The whole line, without its newline.
  var lineRange: Range<Int>
  /// The line's words: indentation, leading noise and trailing spaces removed.
  var content: Range<Int>
  /// Columns (1-based, in scalars) of the start and the end of `content`, counted during the scan so
  /// that locations of whole lines cost nothing more.
  var contentStartColumn = 1
  var contentEndColumn = 1
  /// Unicode scalars in `content`.
  var scalarCount = 0
  /// Sentence ends (。！？!?) in `content`.
  var sentenceEnds = 0
  /// Byte offset just past the first sentence end, if any.
  var firstSentenceEnd: Int?
  /// Scalars before (and including) the first sentence end.
  var firstSentenceScalars = 0
  /// Commas (，,) before the first sentence end (or in the whole line when it has none).
  var firstSentenceCommas = 0
  /// ASCII or full-width digits before the first sentence end.
  var firstSentenceHasDigit = false
  /// Byte offset just past the first colon （：:), if any.
  var firstColon: Int?
  /// ASCII letters other than X in `content` (advertising lines carry web addresses and account names).
  var latinLetters = 0
  /// The last scalar of `content`, or 0 when empty.
  var lastScalar: UInt32 = 0
  /// Noise found in the line (leading or inside), as byte ranges with their kind.
  var noise: [(range: Range<Int>, kind: NoiseKind)] = []
  /// A numbering marker at the start of `content`.
  var marker: MarkerMatch?
  /// An enumeration word at the start of `content`.
  var enumeration: EnumerationMatch?
  /// True when `content` starts with a dash: "——", "—", "――", "－－", "--" (see `LineScanner.dashEnd`).
  var startsWithDash = false
  /// The level of a Markdown ATX heading (`## …`), or 0.
  var markdownLevel = 0
  /// A Markdown bold run at the start of a paragraph (`**…**`): the range of the words inside.
  var boldLead: Range<Int>?
  /// True when the whole line is one bold run (`**一、2024年工作总结**`): a heading in converted Markdown.
  var isBoldLine = false
  /// True for a Markdown list item or block quote line.
  var isMarkdownListItem = false

  /// Where the words after the marker (or dash, or `#`s) begin.
  var titleStart: Int

  init(number: Int, lineRange: Range<Int>) {
    self.number = number
    self.lineRange = lineRange
    self.content = lineRange
    self.titleStart = lineRange.lowerBound
  }

  var isEmpty: Bool { content.isEmpty }

  /// True when the line ends a sentence: 。！？ or their ASCII forms.
  var endsWithSentenceStop: Bool { ScannedLine.isSentenceStop(lastScalar) }

  /// True when the whole line is one sentence (at most one sentence end, and it is the last scalar)
  /// or has no sentence end at all.
  var isOneSentence: Bool {
    sentenceEnds == 0 || (sentenceEnds == 1 && endsWithSentenceStop)
  }

  static func isSentenceStop(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: true  // 。！？!?
    default: false
    }
  }

  /// Punctuation that shows a line is prose rather than a heading when it ends the line.
  static func isClauseStop(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0xFF0C, 0x2C, 0x3001: true
    default: false
    }
  }
}

/// Kinds of noise a collected report carries.
enum NoiseKind {
  case paidMarker
  case bookmark
}

import ReportText

// MARK: - Word lists and line helpers for the rules that read short words around a mark

/// A short list of words, as UTF-8, looked up at a byte offset: the longest that starts at the offset, or ends
/// there. Made for lists of a few dozen words read around a frequent mark: the words are filed by their first and
/// by their last byte, so a lookup compares only the few words that can match.
struct WordList: Sendable {
  let words: [[UInt8]]
  /// Indices into `words` by first byte, and by last byte; longest first.
  private let byFirst: [[Int]]
  private let byLast: [[Int]]

  init(_ words: [String]) {
    // Longest first, so the first match is the longest.
    let words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    self.words = words
    var byFirst = [[Int]](repeating: [], count: 256)
    var byLast = [[Int]](repeating: [], count: 256)
    for (k, word) in words.enumerated() {
      byFirst[Int(word[0])].append(k)
      byLast[Int(word[word.count - 1])].append(k)
    }
    self.byFirst = byFirst
    self.byLast = byLast
  }

  /// The length in bytes of the longest word that starts at `i`, or nil.
  func match(_ bytes: [UInt8], at i: Int) -> Int? {
    guard i >= 0, i < bytes.count else { return nil }
    for k in byFirst[Int(bytes[i])] {
      let word = words[k]
      guard i + word.count <= bytes.count else { continue }
      var equal = true
      for j in 1..<word.count where bytes[i + j] != word[j] {
        equal = false
        break
      }
      if equal { return word.count }
    }
    return nil
  }

  /// The length in bytes of the longest word that ends at `i` (exclusive), or nil.
  func match(_ bytes: [UInt8], endingAt i: Int) -> Int? {
    guard i > 0, i <= bytes.count else { return nil }
    for k in byLast[Int(bytes[i - 1])] {
      let word = words[k]
      guard word.count <= i else { continue }
      let start = i - word.count
      var equal = true
      for j in 0..<word.count - 1 where bytes[start + j] != word[j] {
        equal = false
        break
      }
      if equal { return word.count }
    }
    return nil
  }
}

extension RuleBytes {
  /// The length of the space at `i` (ASCII space or tab, the ideographic space U+3000, no-break space), or 0.
  static func spaceLength(_ bytes: [UInt8], at i: Int) -> Int {
    guard i < bytes.count else { return 0 }
    let b = bytes[i]
    if b == 0x20 || b == 0x09 { return 1 }
    if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
    if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
    return 0
  }

  /// The first offset at or after `i` and before `end` that is not a space.
  static func skippingSpaces(_ bytes: [UInt8], from i: Int, to end: Int) -> Int {
    var j = i
    while j < end {
      let n = spaceLength(bytes, at: j)
      if n == 0 { break }
      j += n
    }
    return j
  }

  /// The end of the last character before `end` and at or after `start` that is not a space (or `start`).
  static func trimmingSpaces(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
    var j = end
    while j > start, let s = self.start(bytes, before: j), s >= start, spaceLength(bytes, at: s) == j - s { j = s }
    return j
  }

  /// Whether `s` is an ASCII or full-width digit.
  static func isASCIIOrWideDigit(_ s: Unicode.Scalar?) -> Bool { s.map(isDigit) ?? false }

  /// Whether `s` is an ASCII or full-width Latin letter.
  static func isLatinOrWideLetter(_ s: Unicode.Scalar?) -> Bool {
    guard let s else { return false }
    return isLatinLetter(s) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
  }

  /// Whether the bytes at `i` are the UTF-8 of `scalar`.
  static func isScalar(_ bytes: [UInt8], at i: Int, _ scalar: Unicode.Scalar) -> Bool {
    guard let (s, _) = decode(bytes, at: i) else { return false }
    return s == scalar
  }
}

extension LintContext {
  /// The offset of every "年" in the text, found once for the rules that read years and dates.
  var yearMarks: [Int] { shared("yearMarks") { RuleBytes.occurrences(of: Array("年".utf8), in: source.bytes) } }
}

/// A set of cue words matched against UTF-8 bytes, with a filter on the last byte of each word's first
/// scalar so that a search rejects most positions with one table look-up.
///
/// CJK scalars share a handful of lead bytes; their last byte varies, so a 256-entry table of the
/// last bytes that the words' first scalars end with rules out almost every position at once.
struct CueSet: Sendable {
  let words: [[UInt8]]
  /// Per distinct key offset (the index of the last byte of a word's first scalar): a table of the
  /// bytes found there.
  private let filters: [(offset: Int, table: [Bool])]
  private let keyIndex: [Int]

  init(_ words: [String]) {
    self.words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    var keys: [Int] = []
    var tables: [Int: [Bool]] = [:]
    for word in self.words {
      let first = word[0]
      let length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
      let key = min(length, word.count) - 1
      keys.append(key)
      tables[key, default: [Bool](repeating: false, count: 256)][Int(word[key])] = true
    }
    keyIndex = keys
    filters = tables.keys.sorted().map { ($0, tables[$0]!) }
  }

  /// The word that the bytes at `i` start with, if any (the first in the list wins).
  @inline(__always)
  func word(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> [UInt8]? {
    for k in 0..<words.count {
      let word = words[k]
      let key = keyIndex[k]
      if i + word.count <= end, p[i + key] == word[key], ByteText.hasPrefix(p, at: i, end: end, word) { return word }
    }
    return nil
  }

  /// True when the bytes at `i` start with one of the words.
  func starts(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
    word(p, at: i, end: end) != nil
  }

  /// The offset of the first word that starts in `start..<min(end, start + window)`, or nil.
  func firstOccurrence(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, window: Int = Int.max) -> Int? {
    let limit = window == Int.max ? end : min(end, start &+ window)
    var i = start
    while i < limit {
      for filter in filters where i + filter.offset < end && filter.table[Int(p[i + filter.offset])] {
        if word(p, at: i, end: end) != nil { return i }
        break
      }
      i += 1
    }
    return nil
  }

  /// True when a word starts in the window.
  func occurs(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, window: Int = Int.max) -> Bool {
    firstOccurrence(p, from: start, end: end, window: window) != nil
  }
}

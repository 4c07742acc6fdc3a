/// Many words found in one pass over a UTF-8 text: an Aho–Corasick automaton over characters with a dense
/// transition table, so checking a text for a list of words costs the same whatever the length of the list.
///
/// The automaton steps once per character, not per byte (a Chinese character is three bytes, and each step
/// waits for the previous one), and its rows are only as wide as the words' alphabet: each character maps to
/// a class, 0 for characters in no word. Matches are reported as (pattern index, byte range), in the order of
/// their end offsets and, for one end, longest first. Overlapping matches are all reported; `nonOverlapping`
/// keeps the leftmost-longest ones. Bytes that are not valid UTF-8 match nothing.
public struct BytePatternSet: Sendable {
  public let patterns: [[UInt8]]
  /// The class of each BMP scalar (1… for the characters of the words, 0 for the rest).
  private let classes: [UInt16]
  /// Classes of characters beyond the BMP.
  private let wideClasses: [UInt32: Int]
  private let width: Int
  /// `transitions[state * width + class]`: the next state's row start (`state * width`), failure links already
  /// folded in; stored as `~row` when a word ends there, so the scan tests one sign per character.
  private let transitions: [Int32]
  /// The longest pattern ending at each state, or -1.
  private let output: [Int32]
  /// The next state along the failure chain that has an output, or -1.
  private let outputLink: [Int32]

  public init(_ patterns: [String]) {
    self.patterns = patterns.map { Array($0.utf8) }
    var classes = [UInt16](repeating: 0, count: 0x10000)
    var wideClasses: [UInt32: Int] = [:]
    var width = 1
    for scalar in Set(patterns.flatMap(\.unicodeScalars)).sorted(by: { $0.value < $1.value }) {
      if scalar.value < 0x10000 {
        classes[Int(scalar.value)] = UInt16(width)
      } else {
        wideClasses[scalar.value] = width
      }
      width += 1
    }
    // The trie, as sparse child lists by class first; state 0 is the root.
    var children: [[Int: Int]] = [[:]]
    var output: [Int32] = [-1]
    for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
      var state = 0
      for scalar in pattern.unicodeScalars {
        let c = scalar.value < 0x10000 ? Int(classes[Int(scalar.value)]) : wideClasses[scalar.value]!
        if let next = children[state][c] {
          state = next
        } else {
          children.append([:])
          output.append(-1)
          children[state][c] = children.count - 1
          state = children.count - 1
        }
      }
      // Two equal patterns: the first one wins.
      if output[state] < 0 { output[state] = Int32(index) }
    }
    let count = children.count
    // Next states, unscaled, while building.
    var next = [Int](repeating: 0, count: count * width)
    var failure = [Int](repeating: 0, count: count)
    var outputLink = [Int32](repeating: -1, count: count)
    // Breadth first, so a state's failure target is complete before the state is.
    var queue: [Int] = []
    queue.reserveCapacity(count)
    for (c, child) in children[0].sorted(by: { $0.key < $1.key }) {
      next[c] = child
      queue.append(child)
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let fail = failure[state]
      outputLink[state] = output[fail] >= 0 ? Int32(fail) : outputLink[fail]
      // Missing classes go where the failure state goes; then the state's own children override.
      for c in 0..<width { next[state * width + c] = next[fail * width + c] }
      for (c, child) in children[state].sorted(by: { $0.key < $1.key }) {
        next[state * width + c] = child
        failure[child] = next[fail * width + c]
        queue.append(child)
      }
    }
    self.transitions = next.map { target in
      let row = Int32(target * width)
      return output[target] >= 0 || outputLink[target] >= 0 ? ~row : row
    }
    self.classes = classes
    self.wideClasses = wideClasses
    self.width = width
    self.output = output
    self.outputLink = outputLink
  }

  /// Calls `body(pattern, range)` for every match inside `range` of `bytes`.
  public func forEachMatch(in bytes: [UInt8], range: Range<Int>? = nil, _ body: (Int, Range<Int>) -> Void) {
    walk(bytes, range ?? bytes.indices) { end, next in
      guard next < 0 else { return true }
      var s = Int(~next) / width
      if output[s] < 0 { s = Int(outputLink[s]) }
      while s >= 0 {
        let p = Int(output[s])
        body(p, end - patterns[p].count..<end)
        s = Int(outputLink[s])
      }
      return true
    }
  }

  /// Every match inside `range`, overlapping ones included.
  public func matches(in bytes: [UInt8], range: Range<Int>? = nil) -> [(pattern: Int, range: Range<Int>)] {
    var result: [(pattern: Int, range: Range<Int>)] = []
    forEachMatch(in: bytes, range: range) { result.append(($0, $1)) }
    return result
  }

  /// The leftmost-longest matches that do not overlap, in text order.
  public func nonOverlapping(in bytes: [UInt8], range: Range<Int>? = nil) -> [(pattern: Int, range: Range<Int>)] {
    let all = matches(in: bytes, range: range).sorted {
      ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound)
    }
    var result: [(pattern: Int, range: Range<Int>)] = []
    var end = range?.lowerBound ?? 0
    for match in all where match.range.lowerBound >= end {
      result.append(match)
      end = match.range.upperBound
    }
    return result
  }

  /// Whether any pattern occurs inside `range`.
  public func occurs(in bytes: [UInt8], range: Range<Int>) -> Bool {
    var found = false
    walk(bytes, range) { _, next in
      found = next < 0
      return !found
    }
    return found
  }

  /// The end offset of the longest pattern that starts exactly at `i`, or nil.
  public func longestMatch(in bytes: [UInt8], startingAt i: Int) -> Int? {
    guard i < bytes.count else { return nil }
    var best: Int?
    forEachMatch(in: bytes, range: i..<min(bytes.count, i + longestPattern)) { _, match in
      if match.lowerBound == i { best = max(best ?? 0, match.upperBound) }
    }
    return best
  }

  /// The length in bytes of the longest pattern.
  private var longestPattern: Int { patterns.map(\.count).max() ?? 0 }

  /// The index of a pattern equal to exactly the bytes in `range`, or nil.
  public func pattern(equalTo bytes: [UInt8], range: Range<Int>) -> Int? {
    let range = range.clamped(to: bytes.indices)
    guard !range.isEmpty else { return nil }
    var last: Int32 = 0
    var lastEnd = range.lowerBound
    walk(bytes, range) { end, next in
      last = next
      lastEnd = end
      return true
    }
    guard last < 0, lastEnd == range.upperBound else { return nil }
    // A state's outputs all end here; the whole range matched when one is as long as the range.
    var s = Int(~last) / width
    if output[s] < 0 { s = Int(outputLink[s]) }
    while s >= 0 {
      let p = Int(output[s])
      if patterns[p].count == range.count { return p }
      s = Int(outputLink[s])
    }
    return nil
  }

  /// Runs the automaton over the characters of `range` from the root, handing the end offset of each
  /// character and its transition (as stored) to `step` until it returns false. A character cut by the end of
  /// the range, or bytes that are not UTF-8, step with class 0.
  private func walk(_ bytes: [UInt8], _ range: Range<Int>, _ step: (Int, Int32) -> Bool) {
    let range = range.clamped(to: bytes.indices)
    guard !patterns.isEmpty else { return }
    transitions.withUnsafeBufferPointer { table in
      classes.withUnsafeBufferPointer { classes in
        bytes.withUnsafeBufferPointer { text in
          var row = 0
          var i = range.lowerBound
          let end = range.upperBound
          while i < end {
            let b0 = text[i]
            var c = 0
            var length = 1
            // A lead byte without its continuation bytes steps alone, so the scan finds its feet again.
            if b0 < 0x80 {
              c = Int(classes[Int(b0)])
            } else if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < end && (text[i + 1] & text[i + 2]) & 0xC0 == 0x80
              && (text[i + 1] | text[i + 2]) & 0x40 == 0
            {
              c = Int(classes[Int(b0 & 0x0F) << 12 | Int(text[i + 1] & 0x3F) << 6 | Int(text[i + 2] & 0x3F)])
              length = 3
            } else if b0 >= 0xC0 && b0 < 0xE0 && i + 1 < end && text[i + 1] & 0xC0 == 0x80 {
              c = Int(classes[Int(b0 & 0x1F) << 6 | Int(text[i + 1] & 0x3F)])
              length = 2
            } else if b0 >= 0xF0 && b0 < 0xF8 && i + 3 < end && text[i + 1] & 0xC0 == 0x80 && text[i + 2] & 0xC0 == 0x80
              && text[i + 3] & 0xC0 == 0x80
            {
              let v =
                UInt32(b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
                | UInt32(text[i + 3] & 0x3F)
              c = wideClasses[v] ?? 0
              length = 4
            }
            i += length
            let next = table[row + c]
            guard step(i, next) else { return }
            row = Int(next < 0 ? ~next : next)
          }
        }
      }
    }
  }
}

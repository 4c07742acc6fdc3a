import Testing

@testable import ReportText

@Suite struct BytePatternSetTests {
  private func found(_ set: BytePatternSet, _ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return set.matches(in: bytes).map { "\($0.pattern)@\($0.range.lowerBound)" }
  }

  @Test func findsOverlappingAndNestedPatterns() {
    let set = BytePatternSet(["he", "she", "his", "hers"])
    #expect(found(set, "ushers") == ["1@1", "0@2", "3@2"])
  }

  @Test func findsChinesePatternsByByteRange() {
    let set = BytePatternSet(["截止", "其它", "思想精神"])
    let text = "截止11月，其它工作；思想精神"
    let bytes = Array(text.utf8)
    let ranges = set.matches(in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    #expect(ranges == ["截止", "其它", "思想精神"])
  }

  @Test func agreesWithNaiveSearchOnRandomText() {
    var generator = SplitMix(seed: 7)
    let alphabet: [UInt8] = Array("abc".utf8)
    for _ in 0..<200 {
      let patterns = (0..<5).map { _ in
        (0..<Int(generator.next() % 4 + 1)).map { _ in alphabet[Int(generator.next() % 3)] }
      }
      let text = (0..<60).map { _ in alphabet[Int(generator.next() % 3)] }
      let set = BytePatternSet(patterns.map { String(decoding: $0, as: UTF8.self) })
      var expected: [String] = []
      for end in 1...text.count {
        // Longest first at one end; equal patterns report the first.
        var seen: Set<[UInt8]> = []
        let hits = patterns.enumerated().filter { p in
          p.element.count <= end && Array(text[end - p.element.count..<end]) == p.element
            && seen.insert(p.element).inserted
        }
        expected += hits.sorted { $0.element.count > $1.element.count }.map { "\($0.offset)@\(end - $0.element.count)" }
      }
      #expect(set.matches(in: text).map { "\($0.pattern)@\($0.range.lowerBound)" } == expected)
    }
  }

  @Test func stepsOverCharactersOfEveryWidth() {
    let set = BytePatternSet(["×○", "𠀀村", "a"])
    let text = "1×○2\u{20000}村a"
    let bytes = Array(text.utf8)
    let found = set.matches(in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    #expect(found == ["×○", "𠀀村", "a"])
    // Invalid bytes and a character cut by the range end match nothing and do not stop the scan.
    var broken = Array("截".utf8)
    broken.removeLast()
    let mixed = [0xFF] + broken + Array("截止".utf8)
    #expect(BytePatternSet(["截止"]).matches(in: mixed).map(\.range) == [3..<9])
    #expect(BytePatternSet(["截止"]).matches(in: Array("截止".utf8), range: 0..<5).isEmpty)
  }

  @Test func nonOverlappingKeepsLeftmostLongest() {
    let set = BytePatternSet(["不忘初心", "不忘初心，牢记使命", "牢记使命"])
    let bytes = Array("不忘初心，牢记使命。牢记使命".utf8)
    #expect(set.nonOverlapping(in: bytes).map(\.pattern) == [1, 2])
  }

  @Test func exactMatchAndOccurs() {
    let set = BytePatternSet(["投入", "完成投资", "资"])
    let bytes = Array("完成投资2800万元".utf8)
    #expect(set.pattern(equalTo: bytes, range: 0..<12) == 1)
    #expect(set.pattern(equalTo: bytes, range: 0..<9) == nil)
    #expect(set.pattern(equalTo: bytes, range: 9..<12) == 2)
    #expect(set.occurs(in: bytes, range: 0..<6) == false)
    #expect(set.occurs(in: bytes, range: 0..<12))
    #expect(BytePatternSet([]).matches(in: bytes).isEmpty)
  }
}

/// A small deterministic generator for tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

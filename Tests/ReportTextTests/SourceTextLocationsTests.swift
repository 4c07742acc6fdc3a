import Testing

@testable import ReportText

@Suite struct SourceTextLocationsTests {
  @Test func batchLocationsMatchSingleOnes() {
    let source = SourceText(path: "a.txt", string: "一、回顾\n　　全镇9.5亿元\n\nabc 超35万人次")
    let offsets = [30, 0, 3, 14, 14, 200, 13, -4, source.bytes.count] + Array(0...source.bytes.count).reversed()
    #expect(source.locations(of: offsets) == offsets.map { source.location(of: $0) })
  }

  @Test func rangesOfQuantities() {
    let source = SourceText(path: "a.txt", string: "　　全镇9.5亿元\n超35万人次")
    let byteRanges = QuantityScanner.scan(source).map(\.byteRange)
    #expect(source.ranges(byteRanges) == byteRanges.map { source.range($0) })
    #expect(source.ranges([]).isEmpty)
  }

  @Test(.timeLimit(.minutes(1)))
  func manyOffsetsOnOneLongLine() {
    let source = SourceText(path: "a.txt", string: String(repeating: "全镇1.5亿元，", count: 200_000))
    let quantities = QuantityScanner.scan(source)
    let ranges = source.ranges(quantities.map(\.byteRange))
    #expect(ranges.count == 200_000)
    #expect(ranges.last?.lowerBound.column == 199_999 * 8 + 3)
  }

  @Test func rangeEndsAgreeWithLocations() {
    let text = SourceText(path: "t", string: "一、青石镇\n全年完成产值17.1亿元，同比增长5%。\r\n\n末行没有换行")
    var generator = SplitMix(seed: 11)
    for _ in 0..<500 {
      let a = Int(generator.next() % UInt64(text.bytes.count + 1))
      let b = Int(generator.next() % UInt64(text.bytes.count + 1))
      let range = text.range(min(a, b)..<max(a, b))
      #expect(range.lowerBound == text.location(of: min(a, b)))
      #expect(range.upperBound == text.location(of: max(a, b)))
    }
  }
}

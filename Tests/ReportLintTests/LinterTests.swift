import ReportOutline
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct LinterTests {
  @Test func fixesApplyInOrderWithoutOverlap() {
    let bytes = Array("甲,乙,丙".utf8)
    let comma = Array(",".utf8)
    _ = comma
    let first = Fix(replacing: 3..<4, with: "，", summary: "")
    let second = Fix(replacing: 7..<8, with: "，", summary: "")
    let overlapping = Fix(replacing: 3..<5, with: "x", summary: "")
    let fixed = Linter.applying([second, first, overlapping], to: bytes)
    #expect(String(decoding: fixed, as: UTF8.self) == "甲，乙，丙")
  }
}

@Suite struct ContextRangeTests {
  /// The context's cached ranges agree with the source's, whatever order they are asked in.
  @Test func rangesAgreeWithTheSource() {
    let source = SourceText(path: "t.txt", string: "一、青石镇\n全年完成产值17.1亿元，同比增长5%。\r\n\n末行没有换行")
    let outline = Outline(parsing: source)
    let context = LintContext(source: source, outline: outline, model: TextRuleHarness.model)
    var state: UInt64 = 7
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % (source.bytes.count + 1)
    }
    for _ in 0..<2000 {
      let (a, b) = (next(), next())
      let range = min(a, b)..<max(a, b)
      #expect(context.range(range) == source.range(range))
    }
  }
}

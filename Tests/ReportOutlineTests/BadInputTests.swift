import Foundation
import Testing

@testable import ReportOutline
@testable import ReportText

/// Inputs no report looks like: each gives an outline (possibly empty) without a crash, in one
/// linear pass. No timing is asserted here; speed is measured in `baogao-bench`.
@Suite struct BadInputTests {
  /// Every writer runs on the outline, so their recursion and text handling are covered too.
  @discardableResult
  func parseAndWrite(_ bytes: [UInt8], path: String = "bad.txt") -> Outline {
    let o = Outline(parsing: SourceText(path: path, utf8: bytes))
    _ = OutlineTSVWriter().write(o)
    _ = OutlineJSONWriter(includesText: false).write(o)
    _ = OutlineMarkdownWriter().write(o)
    _ = OutlineDumper().dump(o)
    return o
  }

  @Test func emptyTextHasAnEmptyOutline() {
    let o = parseAndWrite([])
    #expect(o.parts.isEmpty)
    #expect(o.titleBlock == nil)
  }

  @Test func fiftyMegabytesWithoutANewline() {
    let unit = Array("经济发展持续向好，".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(50_000_000)
    while bytes.count < 50_000_000 { bytes += unit }
    let o = parseAndWrite(bytes)
    #expect(o.parts.count == 1)
    #expect(o.parts.first?.range.upperBound.offset == bytes.count)
  }

  @Test func oneMillionShortLines() {
    let lines = ["（一）产业", "工作。", "一、回顾", "甲", "——项目", "1.完成"].map { Array($0.utf8) + [0x0A] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(12_000_000)
    for k in 0..<1_000_000 { bytes += lines[k % lines.count] }
    let o = Outline(parsing: SourceText(path: "lines.txt", utf8: bytes))
    _ = OutlineTSVWriter().write(o)
    #expect(!o.parts.isEmpty)
    #expect(o.source.lineCount == 1_000_000)
  }

  @Test func tenThousandNestedMarkdownListLevels() {
    let nested = String(repeating: "- ", count: 10_000) + "项目"
    var indented = ""
    for k in 0..<10_000 { indented += String(repeating: "  ", count: k) + "- 第\(k)层\n" }
    for text in ["# 报告\n\n" + nested + "\n", "# 报告\n\n" + indented] {
      let o = parseAndWrite(Array(text.utf8), path: "list.md")
      #expect(o.titleBlock?.title?.text == "报告")
    }
  }

  @Test func manyHeadingStylesDoNotNestWithoutBound() {
    let markers = ["一、", "（一）", "1.", "（1）", "①", "——", "## ", "### ", "#### ", "##### ", "###### "]
    var text = ""
    for k in 0..<5_000 { text += markers[k % markers.count] + "标题\(k)\n正文。\n" }
    let o = parseAndWrite(Array(text.utf8), path: "deep.md")
    #expect(o.headings.allSatisfy { $0.depth <= markers.count + 1 })
  }

  /// Seeded random bytes and random mixtures of the genre's punctuation and markers.
  @Test(arguments: 0..<40)
  func randomInputNeverCrashes(seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    let pieces = [
      "一、", "（一）", "1.", "1、", "（1）", "①", "——", "##paidbegin##", "[bookmark: _GoBack]", "各位代表：", "在肯定成绩的同时",
      "。", "！", "!", "，", "：", "\n", "\r\n", "\r", "　", " ", "# ", "**", "- ", "工作回顾", "下半年工作计划", "一是", "让我们",
      "【", "】", "会员", "2024年", "9.5亿元", "\u{FEFF}", "\u{0}", "\u{7F}",
    ]
    var bytes: [UInt8] = []
    for _ in 0..<Int(random.next() % 400) {
      if random.next() % 4 == 0 {
        bytes.append(UInt8(truncatingIfNeeded: random.next()))
      } else {
        bytes += Array(pieces[Int(random.next() % UInt64(pieces.count))].utf8)
      }
    }
    parseAndWrite(bytes, path: seed % 2 == 0 ? "r.txt" : "r.md")
  }
}

/// A small deterministic generator for test inputs.
struct SplitMix64 {
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

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

import Testing

@testable import ReportText

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("GDP", 3), ("镇", 2), ("，", 2), ("。", 2), ("　", 2), ("Ａ", 2), ("％", 2), ("￥", 2), ("한", 2),
    ("ア", 2), ("あ", 2), ("ｱ", 1), ("😀", 2), ("e\u{0301}", 1), ("\u{200B}", 0), ("\u{FEFF}", 0), ("“", 1),
    ("—", 1), ("一、回顾", 8), ("2024年", 6), ("", 0), ("\t", 0), ("\u{1B}", 0),
  ])
  func widths(_ text: String, _ width: Int) {
    #expect(displayWidth(text) == width)
    #expect(displayWidth(utf8: Array(text.utf8)) == width)
  }

  @Test func scalarWidths() {
    #expect(displayWidth("镇" as Unicode.Scalar) == 2)
    #expect(displayWidth("\u{0301}" as Unicode.Scalar) == 0)
    #expect(displayWidth("x" as Unicode.Scalar) == 1)
  }
}

import Testing

@testable import ReportText

@Suite struct SourceTextTests {
  @Test func lineEndsAreNormalised() {
    let text = SourceText(path: "a.txt", string: "一\r\n二\r三\n")
    #expect(text.text(ofLine: 1) == "一")
    #expect(text.text(ofLine: 2) == "二")
    #expect(text.text(ofLine: 3) == "三")
    #expect(text.lineCount == 3)
  }

  @Test func byteOrderMarkIsDropped() {
    let text = SourceText(path: "a.txt", utf8: [0xEF, 0xBB, 0xBF] + Array("甲".utf8))
    #expect(text.text(ofLine: 1) == "甲")
  }

  @Test func locationsCountScalars() {
    let text = SourceText(path: "a.txt", string: "一、回顾\n（一）产业")
    let offset = Array("一、回顾\n（一）".utf8).count
    let location = text.location(of: offset)
    #expect(location.line == 2)
    #expect(location.column == 4)
    #expect(location.offset == offset)
  }

  @Test func emptyTextHasOneLine() {
    let text = SourceText(path: "e.txt", string: "")
    #expect(text.lineCount == 1)
    #expect(text.text(ofLine: 1) == "")
  }
}

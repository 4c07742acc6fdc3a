import Testing

@testable import ReportText

@Suite struct CharacterClassTests {
  @Test func ideographs() {
    #expect(CharacterClass.isCJKIdeograph("镇"))
    #expect(CharacterClass.isCJKIdeograph("〇"))
    #expect(CharacterClass.isCJKIdeograph("\u{20BB7}"))  // 𠮷, extension B
    #expect(!CharacterClass.isCJKIdeograph("，"))
    #expect(!CharacterClass.isCJKIdeograph("a"))
    #expect(!CharacterClass.isCJKIdeograph("ア"))
  }

  @Test(arguments: Array("，。；：？！（）“”‘’、《》【】—…·～％".unicodeScalars))
  func fullWidthPunctuation(_ scalar: Unicode.Scalar) {
    #expect(CharacterClass.isFullWidthPunctuation(scalar))
    #expect(!CharacterClass.isHalfWidthPunctuation(scalar))
  }

  @Test(arguments: Array(",.;:?!()\"'[]-~%".unicodeScalars))
  func halfWidthPunctuation(_ scalar: Unicode.Scalar) {
    #expect(CharacterClass.isHalfWidthPunctuation(scalar))
    #expect(!CharacterClass.isFullWidthPunctuation(scalar))
  }

  @Test func lettersAreNotPunctuation() {
    for scalar in "a镇1Ａ　".unicodeScalars {
      #expect(!CharacterClass.isFullWidthPunctuation(scalar))
      #expect(!CharacterClass.isHalfWidthPunctuation(scalar))
    }
  }

  @Test func counterparts() {
    #expect(CharacterClass.halfWidthCounterpart(of: "，") == ",")
    #expect(CharacterClass.halfWidthCounterpart(of: "（") == "(")
    #expect(CharacterClass.halfWidthCounterpart(of: "“") == "\"")
    #expect(CharacterClass.halfWidthCounterpart(of: "镇") == nil)
    #expect(CharacterClass.fullWidthCounterpart(of: ",") == "，")
    #expect(CharacterClass.fullWidthCounterpart(of: ")") == "）")
    #expect(CharacterClass.fullWidthCounterpart(of: "\"") == nil)
  }

  @Test func whitespace() {
    for scalar in " \t\n\r\u{00A0}\u{3000}\u{2002}\u{200B}\u{FEFF}".unicodeScalars {
      #expect(CharacterClass.isWhitespace(scalar), "U+\(String(scalar.value, radix: 16))")
    }
    for scalar in "a，_镇".unicodeScalars { #expect(!CharacterClass.isWhitespace(scalar)) }
  }

  @Test func trimsIndentsFromByteRanges() {
    let text = "甲\n　　一、总体情况 \u{00A0}\n乙"
    let bytes = Array(text.utf8)
    let line = Array("甲\n".utf8).count..<(bytes.count - Array("\n乙".utf8).count)
    let trimmed = CharacterClass.trimmingWhitespace(bytes, in: line)
    #expect(String(decoding: bytes[trimmed], as: UTF8.self) == "一、总体情况")
    #expect(CharacterClass.leadingWhitespaceEnd(bytes, in: line) == trimmed.lowerBound)
  }

  @Test func trimsAllWhitespaceToEmpty() {
    let bytes = Array("　　 ".utf8)
    let trimmed = CharacterClass.trimmingWhitespace(bytes, in: 0..<bytes.count)
    #expect(trimmed.isEmpty)
    #expect(CharacterClass.trimmingWhitespace(bytes, in: 3..<3).isEmpty)
  }

  @Test func trimsStrings() {
    #expect(CharacterClass.trimmingWhitespace("　　正文　") == "正文")
    #expect(CharacterClass.trimmingWhitespace("　") == "")
  }
}

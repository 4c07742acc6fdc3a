import Testing

@testable import ReportOutline

@Suite struct MarkerReaderTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var style: NumberingStyle?
    var value: Int
    var canonical: Bool
    var description: String { text }
  }

  static let cases: [Case] = [
    Case(text: "一、产业发展", style: .hanzi, value: 1, canonical: true),
    Case(text: "十二、其他", style: .hanzi, value: 12, canonical: true),
    Case(text: "二十、其他", style: .hanzi, value: 20, canonical: true),
    Case(text: "（三）民生", style: .hanziParen, value: 3, canonical: true),
    Case(text: "(三)民生", style: .hanziParen, value: 3, canonical: false),
    Case(text: "（三）、民生", style: .hanziParen, value: 3, canonical: false),
    Case(text: "1．工业", style: .arabic, value: 1, canonical: true),
    Case(text: "2.工业", style: .arabic, value: 2, canonical: true),
    Case(text: "3、工业", style: .arabic, value: 3, canonical: false),
    Case(text: "（4）细项", style: .arabicParen, value: 4, canonical: true),
    Case(text: "(4)细项", style: .arabicParen, value: 4, canonical: false),
    Case(text: "②细项", style: .circled, value: 2, canonical: true),
    Case(text: "一.产业", style: .hanzi, value: 1, canonical: false),
    Case(text: "1.5亿元投入", style: nil, value: 0, canonical: false),
    Case(text: "2023年工作", style: nil, value: 0, canonical: false),
    Case(text: "一是抓产业", style: nil, value: 0, canonical: false),
    Case(text: "三治融合", style: nil, value: 0, canonical: false),
    Case(text: "（一期）项目", style: nil, value: 0, canonical: false),
  ]

  @Test(arguments: cases)
  func readsMarkers(_ c: Case) {
    let bytes = Array(c.text.utf8)
    let match = bytes.withUnsafeBufferPointer { MarkerReader.marker($0, at: 0, end: $0.count) }
    #expect(match?.style == c.style)
    if let match {
      #expect(match.value == c.value)
      #expect(match.isCanonical == c.canonical)
    }
  }

  @Test(arguments: [("一是抓产业", 1), ("三是惠民生", 3), ("其次，", 2), ("第二，要", 2), ("最后，", 0)])
  func readsEnumerations(_ text: String, _ ordinal: Int) {
    let bytes = Array(text.utf8)
    let match = bytes.withUnsafeBufferPointer { MarkerReader.enumeration($0, at: 0, end: $0.count) }
    #expect(match?.ordinal == ordinal)
  }

  @Test func plainWordsAreNoEnumeration() {
    for text in ["最后一公里", "一批项目"] {
      let bytes = Array(text.utf8)
      let match = bytes.withUnsafeBufferPointer { MarkerReader.enumeration($0, at: 0, end: $0.count) }
      #expect(match == nil, "\(text)")
    }
  }
}

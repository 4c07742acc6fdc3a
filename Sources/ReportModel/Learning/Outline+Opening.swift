import ReportOutline
import ReportText

extension Outline {
  /// The first paragraph of a part when the part opens with one (after its own heading, before any
  /// section); nil when the part opens with a section.
  func openingParagraph(of part: Part) -> Paragraph? {
    guard case .paragraph(let paragraph)? = part.blocks.first else { return nil }
    return paragraph
  }

  /// The start of the part's opening paragraph, without leading spaces and noise, at most
  /// `maxScalars` Unicode scalars.
  func openingText(of part: Part, maxScalars: Int) -> String? {
    guard let paragraph = openingParagraph(of: part) else { return nil }
    return prefixText(of: paragraph.range, maxScalars: maxScalars)
  }

  /// The first `maxScalars` scalars of a range, skipping leading white space, Markdown emphasis and
  /// collection markers such as `##paidbegin##`. Reads at most `4 * maxScalars` bytes past the noise.
  func prefixText(of range: TextRange, maxScalars: Int) -> String {
    let bytes = source.bytes
    var start = min(range.lowerBound.offset, bytes.count)
    let end = min(range.upperBound.offset, bytes.count)
    start = Outline.skippingNoise(bytes, from: start, to: end)
    let text = String(decoding: bytes[start..<min(end, start + 4 * maxScalars)], as: UTF8.self)
    return String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxScalars)))
  }

  /// The offset past leading ASCII white space, U+3000, `*`, `>`, and `##…##` / `[…]` noise.
  static func skippingNoise(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
    var i = start
    while i < end {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x2A || b == 0x3E {
        i += 1
      } else if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
        i += 3
      } else if b == 0x23, i + 1 < end, bytes[i + 1] == 0x23, let close = closing(bytes, i + 2, end, [0x23, 0x23]) {
        i = close
      } else if b == 0x5B, let close = closing(bytes, i + 1, end, [0x5D]) {
        i = close
      } else {
        break
      }
    }
    return i
  }

  /// The offset after `terminator` when it occurs within 40 ASCII bytes of `from`, else nil.
  private static func closing(_ bytes: [UInt8], _ from: Int, _ end: Int, _ terminator: [UInt8]) -> Int? {
    var i = from
    while i < end, i - from < 40, bytes[i] < 0x80 {
      if bytes[i] == terminator[0], i + terminator.count <= end,
        bytes[i..<i + terminator.count].elementsEqual(terminator)
      {
        return i + terminator.count
      }
      i += 1
    }
    return nil
  }
}

import Foundation
import ReportText

/// Splits a template's bytes into text, `{{ }}` outputs, `{% %}` tags and `{# #}` comments, then applies the
/// whitespace rules.
///
/// Whitespace rules, in this order:
/// 1. A line that holds only tags and comments (with spaces or tabs around them) leaves nothing behind: its
///    leading spaces and tabs and its newline go (Jinja's `trim_blocks` and `lstrip_blocks` for whole lines).
///    A line with a `{{ }}` or other text keeps everything.
/// 2. `{%-`, `{{-`, `{#-` remove the ASCII whitespace (space, tab, newline, CR, FF, VT) before the tag, and `-%}`,
///    `-}}`, `-#}` the ASCII whitespace after it. The ideographic space U+3000 is never removed, so "　　" indents
///    survive.
///
/// Inside a tag, a quoted string may contain `}}` or `%}`; a quote with no partner on its line is an ordinary
/// character. An opener (`{{`, `{%`, `{#`) inside a tag means the tag was left open. Linear in the bytes.
struct TemplateScanner {
  enum Kind: Equatable {
    case text
    case output
    case tag
    case comment
  }

  struct Segment {
    var kind: Kind
    /// The whole segment, delimiters included; for text, the bytes to copy after whitespace rules.
    var range: Range<Int>
    /// Inside the delimiters and trim markers.
    var inner: Range<Int>
    var trimsBefore = false
    var trimsAfter = false
  }

  let bytes: [UInt8]
  let context: SyntaxContext

  init(context: SyntaxContext) {
    self.bytes = context.source.bytes
    self.context = context
  }

  /// The segments, whitespace rules applied; text segments may be empty.
  func scan() throws(TemplateError) -> [Segment] {
    var segments = try split()
    applyLineRule(&segments)
    applyTrimMarkers(&segments)
    return segments
  }

  // MARK: - Splitting

  private func split() throws(TemplateError) -> [Segment] {
    var segments: [Segment] = []
    let count = bytes.count
    var textStart = 0
    var i = 0
    while i + 1 < count {
      guard bytes[i] == 0x7B, let kind = Self.kind(after: bytes[i + 1]) else {
        i += 1
        continue
      }
      if i > textStart { segments.append(Segment(kind: .text, range: textStart..<i, inner: textStart..<i)) }
      let close = try closer(of: kind, openedAt: i)
      var inner = (i + 2)..<close
      var segment = Segment(kind: kind, range: i..<(close + 2), inner: inner)
      if inner.lowerBound < inner.upperBound && bytes[inner.lowerBound] == 0x2D {
        segment.trimsBefore = true
        inner = (inner.lowerBound + 1)..<inner.upperBound
      }
      if inner.lowerBound < inner.upperBound && bytes[inner.upperBound - 1] == 0x2D {
        segment.trimsAfter = true
        inner = inner.lowerBound..<(inner.upperBound - 1)
      }
      segment.inner = inner
      segments.append(segment)
      i = close + 2
      textStart = i
    }
    if textStart < count { segments.append(Segment(kind: .text, range: textStart..<count, inner: textStart..<count)) }
    return segments
  }

  private static func kind(after byte: UInt8) -> Kind? {
    switch byte {
    case 0x7B: .output
    case 0x25: .tag
    case 0x23: .comment
    default: nil
    }
  }

  /// The offset of the closing `}}`, `%}` or `#}` of the tag opened at `open`.
  private func closer(of kind: Kind, openedAt open: Int) throws(TemplateError) -> Int {
    let closing: UInt8 = kind == .output ? 0x7D : kind == .tag ? 0x25 : 0x23
    let count = bytes.count
    var i = open + 2
    // Offsets before which no partner exists on the line for a quote of each kind.
    var noDoubleQuoteUntil = -1
    var noSingleQuoteUntil = -1
    while i + 1 < count {
      let byte = bytes[i]
      if byte == closing && bytes[i + 1] == 0x7D { return i }
      if kind != .comment {
        if byte == 0x7B && Self.kind(after: bytes[i + 1]) != nil { break }
        if (byte == 0x22 && i >= noDoubleQuoteUntil) || (byte == 0x27 && i >= noSingleQuoteUntil) {
          if let partner = partner(ofQuoteAt: i) {
            i = partner + 1
            continue
          }
          let lineEnd = bytes[i...].firstIndex(of: 0x0A) ?? count
          if byte == 0x22 { noDoubleQuoteUntil = lineEnd } else { noSingleQuoteUntil = lineEnd }
        }
      }
      i += 1
    }
    let opener = String(decoding: bytes[open..<open + 2], as: UTF8.self)
    throw context.error(.unclosedTag(opener: opener), at: open..<(open + 2))
  }

  /// The offset of the quote that closes the quote at `start` on the same line, skipping backslash escapes.
  private func partner(ofQuoteAt start: Int) -> Int? {
    let quote = bytes[start]
    var i = start + 1
    while i < bytes.count {
      let byte = bytes[i]
      if byte == quote { return i }
      if byte == 0x0A { return nil }
      i += byte == 0x5C ? 2 : 1
    }
    return nil
  }
}

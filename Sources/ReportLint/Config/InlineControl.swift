import ReportText

/// The `<!-- baogao-… -->` comments of a text, which turn rules off and on for ranges of lines.
///
/// ```markdown
/// <!-- baogao-disable wording.outdated -->      from this line on, until an enable
/// <!-- baogao-enable wording.outdated -->       from this line on
/// <!-- baogao-disable-next-line placeholder.unfilled, date.year -->   only the next line
/// ```
///
/// Several ids are separated by spaces or commas; no id means every rule. A finding is judged by the line it
/// starts on. Reading the comments and filtering take time linear in the text and the findings.
public struct InlineControl: Sendable {
  /// One comment: on `line`, what it does, to which ids (empty = all rules).
  struct Directive: Sendable {
    enum Action { case disable, enable, disableNextLine }
    var line: Int
    var action: Action
    var ids: [String]
  }

  var directives: [Directive]

  /// Reads the comments of `source`.
  public init(source: SourceText) {
    directives = []
    let marker = Array("<!--".utf8)
    let close = Array("-->".utf8)
    let bytes = source.bytes
    // One search for "<!--" over the whole text; a comment ends at "-->" or at the end of its line.
    var i = 0
    for open in RuleBytes.occurrences(of: marker, in: bytes) where open >= i {
      let line = source.line(containing: open)
      let lineEnd = source.byteRange(ofLine: line).upperBound
      let bodyStart = open + marker.count
      let end = Self.find(close, in: bytes, from: bodyStart, to: lineEnd) ?? lineEnd
      if let directive = Self.directive(String(decoding: bytes[bodyStart..<end], as: UTF8.self), line: line) {
        directives.append(directive)
      }
      i = min(lineEnd, end + close.count)
    }
  }

  /// Whether the text has no control comments.
  public var isEmpty: Bool { directives.isEmpty }

  /// The findings not turned off by a comment. `findings` must be in text order, as `Linter.lint` returns them.
  public func filter(_ findings: [Finding]) -> [Finding] {
    if directives.isEmpty { return findings }
    var allOff = false
    var off: Set<String> = []
    var onDespiteAll: Set<String> = []
    var nextLine: [Int: [String]] = [:]
    var next = 0
    var kept: [Finding] = []
    for finding in findings {
      let line = finding.range.lowerBound.line
      while next < directives.count && directives[next].line <= line {
        let directive = directives[next]
        next += 1
        switch directive.action {
        case .disable:
          if directive.ids.isEmpty {
            allOff = true
            off = []
            onDespiteAll = []
          } else {
            off.formUnion(directive.ids)
            onDespiteAll.subtract(directive.ids)
          }
        case .enable:
          if directive.ids.isEmpty {
            allOff = false
            off = []
            onDespiteAll = []
          } else {
            off.subtract(directive.ids)
            onDespiteAll.formUnion(directive.ids)
          }
        case .disableNextLine:
          nextLine[directive.line + 1, default: []] += directive.ids.isEmpty ? ["*"] : directive.ids
        }
      }
      let id = finding.ruleID
      if allOff ? !onDespiteAll.contains(id) : off.contains(id) { continue }
      if let ids = nextLine[line], ids.contains("*") || ids.contains(id) { continue }
      kept.append(finding)
    }
    return kept
  }

  private static func directive(_ body: String, line: Int) -> Directive? {
    let words = body.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "，" || $0 == "　" }.map(String.init)
    guard let first = words.first else { return nil }
    let action: Directive.Action
    switch first {
    case "baogao-disable": action = .disable
    case "baogao-enable": action = .enable
    case "baogao-disable-next-line": action = .disableNextLine
    default: return nil
    }
    return Directive(line: line, action: action, ids: Array(words.dropFirst()))
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
    guard end - start >= needle.count else { return nil }
    var i = start
    while i + needle.count <= end {
      if bytes[i] == needle[0] && bytes[i..<i + needle.count].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}

extension TemplateScanner {
  /// Rule 1: lines holding only tags and comments leave nothing behind.
  func applyLineRule(_ segments: inout [Segment]) {
    var i = 0
    while i < segments.count {
      guard segments[i].kind == .tag || segments[i].kind == .comment else {
        i += 1
        continue
      }
      // The run of tags and comments separated by spaces and tabs only.
      var last = i
      var k = i + 1
      while k < segments.count {
        let segment = segments[k]
        if segment.kind == .tag || segment.kind == .comment {
          last = k
        } else if segment.kind != .text || !isBlank(segment.range) {
          break
        }
        k += 1
      }
      var before = segments[i].range.lowerBound
      while before > 0 && isSpaceOrTab(bytes[before - 1]) { before -= 1 }
      var after = segments[last].range.upperBound
      while after < bytes.count && isSpaceOrTab(bytes[after]) { after += 1 }
      let startsLine = before == 0 || bytes[before - 1] == 0x0A
      let endsLine = after == bytes.count || bytes[after] == 0x0A
      if startsLine && endsLine {
        if i > 0 && segments[i - 1].kind == .text {
          let range = segments[i - 1].range
          segments[i - 1].range = range.lowerBound..<max(range.lowerBound, min(range.upperBound, before))
        }
        for j in i...last where segments[j].kind == .text {
          segments[j].range = segments[j].range.lowerBound..<segments[j].range.lowerBound
        }
        if last + 1 < segments.count && segments[last + 1].kind == .text {
          let range = segments[last + 1].range
          let end = min(after + 1, bytes.count)
          segments[last + 1].range = min(range.upperBound, max(range.lowerBound, end))..<range.upperBound
        }
      }
      i = last + 1
    }
  }

  /// Rule 2: `-` markers remove ASCII whitespace next to the tag, never U+3000.
  func applyTrimMarkers(_ segments: inout [Segment]) {
    for i in segments.indices where segments[i].kind != .text {
      if segments[i].trimsBefore && i > 0 && segments[i - 1].kind == .text {
        var range = segments[i - 1].range
        while range.upperBound > range.lowerBound && isASCIIWhitespace(bytes[range.upperBound - 1]) {
          range = range.lowerBound..<(range.upperBound - 1)
        }
        segments[i - 1].range = range
      }
      if segments[i].trimsAfter && i + 1 < segments.count && segments[i + 1].kind == .text {
        var range = segments[i + 1].range
        while range.lowerBound < range.upperBound && isASCIIWhitespace(bytes[range.lowerBound]) {
          range = (range.lowerBound + 1)..<range.upperBound
        }
        segments[i + 1].range = range
      }
    }
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    range.allSatisfy { isSpaceOrTab(bytes[$0]) }
  }

  private func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}

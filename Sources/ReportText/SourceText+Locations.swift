extension SourceText {
  /// The locations of many byte offsets at once, in the order given.
  ///
  /// `location(of:)` counts the scalars from the start of the line each time, which is slow for many offsets on a
  /// very long line; this walks the text once in offset order, so it is linear in the bytes plus a sort of the
  /// offsets. Offsets are clamped to the text, as in `location(of:)`.
  public func locations(of offsets: [Int]) -> [TextLocation] {
    guard !offsets.isEmpty else { return [] }
    let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
    var result = [TextLocation](repeating: TextLocation(line: 1, column: 1, offset: 0), count: offsets.count)
    bytes.withUnsafeBufferPointer { buffer in
      var line = 1
      var position = 0
      var column = 1
      for index in order {
        let target = max(0, min(offsets[index], buffer.count))
        // Move to the line that holds the target, then count scalars up to it.
        while line < lineStarts.count && lineStarts[line] <= target {
          line += 1
          position = lineStarts[line - 1]
          column = 1
        }
        while position < target {
          if buffer[position] & 0xC0 != 0x80 { column += 1 }
          position += 1
        }
        result[index] = TextLocation(line: line, column: column, offset: target)
      }
    }
    return result
  }

  /// The text ranges of many byte ranges at once; see `locations(of:)`.
  public func ranges(_ byteRanges: [Range<Int>]) -> [TextRange] {
    let bounds = locations(of: byteRanges.flatMap { [$0.lowerBound, $0.upperBound] })
    return byteRanges.indices.map { bounds[2 * $0]..<bounds[2 * $0 + 1] }
  }
}

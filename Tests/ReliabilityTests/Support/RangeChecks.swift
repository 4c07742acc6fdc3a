import ReportOutline
import ReportText

extension MutationCase {
  /// Checks that `range` lies inside `source` and that its lines and columns agree with its offsets.
  mutating func checkRange(_ range: TextRange, in source: SourceText, _ what: @autoclosure () -> String) {
    let lower = range.lowerBound
    let upper = range.upperBound
    guard lower.offset >= 0, lower.offset <= upper.offset, upper.offset <= source.bytes.count else {
      problems.append("\(what()): range \(lower.offset)..<\(upper.offset) outside 0..<\(source.bytes.count)")
      return
    }
    checkLocation(lower, in: source, what())
    checkLocation(upper, in: source, what())
  }

  /// Checks that `location` is inside `source` and that its line and column agree with its offset.
  mutating func checkLocation(_ location: TextLocation, in source: SourceText, _ what: @autoclosure () -> String) {
    guard location.offset >= 0, location.offset <= source.bytes.count else {
      problems.append("\(what()): offset \(location.offset) outside 0...\(source.bytes.count)")
      return
    }
    let expected = source.location(of: location.offset)
    // An end just past a line's last byte may be given on that line or at the start of the next.
    let onPreviousLine =
      expected.column == 1 && expected.line == location.line + 1 && location.offset > 0
      && source.location(of: location.offset - 1).line == location.line
    if expected != location && !onPreviousLine {
      problems.append(
        "\(what()): location \(location.line):\(location.column)@\(location.offset), offset says \(expected)")
    }
  }
}

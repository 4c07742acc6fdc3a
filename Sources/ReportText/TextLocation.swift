/// A place in a source text.
///
/// `line` and `column` are 1-based. `column` counts Unicode scalars from the start of the line, so a
/// Chinese character is one column (an editor's "character" column); `offset` is the 0-based UTF-8
/// byte offset into the normalised text (LF line ends, no byte-order mark).
public struct TextLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static func < (lhs: TextLocation, rhs: TextLocation) -> Bool {
    lhs.offset < rhs.offset
  }

  /// `line:column`, as printed in diagnostics.
  public var description: String { "\(line):\(column)" }
}

/// A half-open range of a source text, from `lowerBound` up to but not including `upperBound`.
public typealias TextRange = Range<TextLocation>

extension Range where Bound == TextLocation {
  /// `8:1-8:22`, as printed in outline dumps.
  public var compactDescription: String { "\(lowerBound)-\(upperBound)" }
}

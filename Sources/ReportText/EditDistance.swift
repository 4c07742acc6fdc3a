/// Edit distance between short strings, for "did you mean" suggestions: the one implementation that data
/// keys, template names and command-line flags all use.
///
/// Counts insertions, deletions, substitutions and swaps of two neighbours (optimal string alignment), over
/// Unicode scalars, with ASCII letters compared without case. Bounded: strings longer than `maximumLength` scalars, or whose lengths differ by more than the limit,
/// are not compared, so a suggestion never costs more than `maximumLength²` steps per candidate.
public enum EditDistance {
  /// The longest string compared, in Unicode scalars.
  public static let maximumLength = 64

  /// The largest distance accepted for a word of `length` scalars: 1 up to five, then a third of the length.
  public static func limit(forLength length: Int) -> Int {
    max(1, length / 3)
  }

  /// The distance between `a` and `b`, or nil when it is more than `limit` (or either is too long).
  public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
    distance(a.unicodeScalars.map(folded), b.unicodeScalars.map(folded), limit: limit)
  }

  /// The distance between two scalar sequences (compared as given), or nil when it is more than
  /// `limit` or either is longer than `maximumLength`. `limit: Int.max` gives the plain distance.
  public static func distance(_ x: [UInt32], _ y: [UInt32], limit: Int) -> Int? {
    guard x.count <= maximumLength, y.count <= maximumLength, abs(x.count - y.count) <= limit else { return nil }
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit ? max(x.count, y.count) : nil }
    // Three rows of the table: two back are needed for transpositions.
    var beforePrevious = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        var best = min(substitution, previous[j] + 1, current[j - 1] + 1)
        if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      if rowMinimum > limit { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[y.count] <= limit ? previous[y.count] : nil
  }

  /// A scalar with ASCII capitals lowered.
  public static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
    let v = scalar.value
    return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
  }
}

/// Finds the nearest spelling among the valid ones, for "你是不是想用 …？" hints.
enum Suggestion {
  /// The candidate nearest to `typed`, or `nil` when none is close enough to be a plausible typo.
  ///
  /// Leading dashes are ignored. A candidate is close when its optimal string alignment distance
  /// (edits and swaps of neighbours, over Unicode scalars) is at most a third of the longer word, or
  /// when `typed` is a prefix of it of three or more letters (`--out` for `--output`). Ties go to
  /// the earlier candidate, so results are deterministic.
  static func nearest(to typed: String, in candidates: [String]) -> String? {
    let typedScalars = withoutDashes(typed)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let scalars = withoutDashes(candidate)
      let distance: Int
      if typedScalars.count >= 3 && scalars.starts(with: typedScalars) {
        distance = 0
      } else {
        distance = editDistance(typedScalars, scalars)
        if distance > max(typedScalars.count, scalars.count) / 3 { continue }
      }
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    return best?.candidate
  }

  private static func withoutDashes(_ word: String) -> [Unicode.Scalar] {
    Array(word.unicodeScalars.drop { $0 == "-" })
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbours each cost 1. Quadratic, for the short words of a command line.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}

import ReportText

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

  /// Optimal string alignment distance (ReportText's `EditDistance`), over Unicode scalars.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    EditDistance.distance(a.map(\.value), b.map(\.value), limit: Int.max) ?? max(a.count, b.count)
  }
}

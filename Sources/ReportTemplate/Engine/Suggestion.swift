import ReportText

/// Finds the name a writer probably meant: the nearest candidate by edit distance.
///
/// The distance counts insertions, deletions, substitutions and swaps of two neighbouring characters (Unicode
/// scalars, ASCII letters compared without case). A candidate is suggested when its distance is at most a third of
/// the word's length: `财政收人` → `财政收入`, `amout` → `amount`, `endfro` → `endfor`. A word of one or two
/// characters gets no suggestion unless only its case differs: `镇长` is not a misspelt `镇名`.
enum Suggestion {
  /// Words longer than this are not compared (no suggestion is better than a slow one).
  static let maximumLength = 64

  /// The nearest of `candidates` to `word`, or `nil` when none is close; the first wins a tie.
  static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = folded(word)
    guard !target.isEmpty, target.count <= maximumLength else { return nil }
    let limit = target.count / 3
    var best: (String, Int)?
    for candidate in candidates where candidate != word {
      let other = folded(candidate)
      guard abs(other.count - target.count) <= limit, other.count <= maximumLength else { continue }
      let distance = Self.distance(target, other)
      if distance <= limit && distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
  }

  private static func folded(_ text: String) -> [UInt32] {
    text.unicodeScalars.map { scalar in
      (0x41...0x5A).contains(scalar.value) ? scalar.value + 32 : scalar.value
    }
  }

  /// The optimal-string-alignment distance between two scalar arrays (ReportText's `EditDistance`).
  static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    EditDistance.distance(a, b, limit: Int.max) ?? max(a.count, b.count)
  }
}

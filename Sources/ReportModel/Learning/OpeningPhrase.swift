/// The short stock phrases that open a part: "在肯定成绩的同时", "今年以来", "各位代表、同志们".
///
/// A phrase is the opening clause of a paragraph, up to the first clause or sentence mark
/// (，：。！？； and their ASCII forms); a clause longer than `maxLength` characters is no stock phrase
/// and gives none. Besides the clause as written, a
/// normalised variant drops a leading address ("各位代表，", "同志们！"), so "各位代表，过去一年…" also
/// counts as "过去一年…". Phrases are kept short on purpose: a model must never carry whole sentences.
enum OpeningPhrase {
  /// The longest phrase kept, in Unicode scalars.
  static let maxLength = 12
  /// The shortest phrase kept, in Unicode scalars.
  static let minLength = 2

  /// The phrases a paragraph opening gives: the opening clause, then the clause after any leading
  /// address, if different. `continuation` is the text of the next paragraph, used when the
  /// paragraph is an address and nothing else ("各位代表：").
  static func phrases(opening text: String, continuation: String? = nil) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var result: [String] = []
    let first = clause(scalars, from: 0)
    if first.text.count >= minLength { result.append(string(first.text)) }
    var start = 0
    var current = first
    while isAddress(current.text) {
      start = current.end
      current = clause(scalars, from: start)
    }
    if start > 0 {
      if current.text.isEmpty, let continuation {
        current = clause(Array(continuation.unicodeScalars), from: 0)
      }
      if current.text.count >= minLength, string(current.text) != result.first { result.append(string(current.text)) }
    }
    return result
  }

  /// The clause starting at `from` and the offset after its closing mark; the clause is empty when
  /// it is longer than `maxLength` or not closed within `scalars`.
  private static func clause(_ scalars: [Unicode.Scalar], from: Int) -> (text: [Unicode.Scalar], end: Int) {
    var i = from
    while i < scalars.count, !isClauseMark(scalars[i]) { i += 1 }
    let closed = i < scalars.count || scalars.count - from <= maxLength
    let text = closed && i - from <= maxLength ? Array(scalars[from..<i]) : []
    return (text, min(i + 1, scalars.count))
  }

  private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", "：", "。", "！", "？", "；", ",", ":", "!", "?", ";", "\n": true
    default: false
    }
  }

  /// True for an address to the audience: "各位代表", "各位代表、同志们", "同志们", "尊敬的…".
  private static func isAddress(_ clause: [Unicode.Scalar]) -> Bool {
    guard !clause.isEmpty, clause.count <= maxLength else { return false }
    let text = String(String.UnicodeScalarView(clause))
    return text.hasPrefix("各位") || text.hasPrefix("同志们") || text.hasPrefix("尊敬的")
  }

  private static func string(_ scalars: [Unicode.Scalar]) -> String {
    String(String.UnicodeScalarView(scalars))
  }
}

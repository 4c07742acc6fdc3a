import ReportText

/// The built-in words of both wording rules, found in one pass over a text and shared by them: the wrong forms
/// of `wording.confusable`'s table and every form of the built-in formulations of `wording.formulation`.
enum WordingScan {
  /// Whose a word of the union is: a table entry of the confusable rule, a form of the formulation patterns, or
  /// both.
  private struct Owner {
    var confusable: [Int] = []
    var formulation: [Int] = []
  }

  private static let union: (set: BytePatternSet, owners: [Owner]) = {
    var texts: [String] = []
    var owners: [Owner] = []
    var indexOf: [String: Int] = [:]
    func slot(_ text: String) -> Int {
      if let i = indexOf[text] { return i }
      texts.append(text)
      owners.append(Owner())
      indexOf[text] = texts.count - 1
      return texts.count - 1
    }
    for (k, entry) in WordingConfusableRule.table.enumerated() { owners[slot(entry.wrong)].confusable.append(k) }
    for (k, text) in WordingFormulationRule.builtInPatterns.texts.enumerated() {
      owners[slot(text)].formulation.append(k)
    }
    return (BytePatternSet(texts), owners)
  }()

  private struct Matches {
    var confusable: [(Int, Range<Int>)] = []
    var formulation: [(Int, Range<Int>)] = []
  }

  private static func matches(_ context: LintContext) -> Matches {
    context.shared("WordingScan.matches") {
      var found = Matches()
      let (set, owners) = union
      set.forEachMatch(in: context.source.bytes) { index, range in
        for k in owners[index].confusable { found.confusable.append((k, range)) }
        for k in owners[index].formulation { found.formulation.append((k, range)) }
      }
      return found
    }
  }

  /// (index into `WordingConfusableRule.table`, range) of every wrong form in the text.
  static func confusableMatches(_ context: LintContext) -> [(Int, Range<Int>)] { matches(context).confusable }

  /// (index into the built-in formulation patterns' texts, range) of every form in the text.
  static func formulationMatches(_ context: LintContext) -> [(Int, Range<Int>)] { matches(context).formulation }
}

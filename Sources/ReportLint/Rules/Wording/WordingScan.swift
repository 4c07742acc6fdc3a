import ReportText

/// The built-in words of the wording rules and of the date rules that read words, found in one pass over a text
/// and shared by them.
///
/// Each rule owns a vocabulary; the union of all of them is one `BytePatternSet`, so adding a rule's words costs
/// no further pass over the text. A word in several vocabularies is reported to each.
enum WordingScan {
  /// Whose words.
  enum Vocabulary: Int, CaseIterable {
    /// The wrong forms of `wording.confusable`'s table.
    case confusable
    /// Every form of the built-in formulations of `wording.formulation`.
    case formulation
    /// The outdated forms of the built-in terms of `wording.outdated`.
    case outdatedTerm
    /// "十九大", "十九届" … for the meetings `wording.outdated` reads.
    case meeting
    /// "十四五" … for `date.five-year-plan`.
    case fiveYearPlan
    /// "全镇", "乡党委" … for `wording.level`.
    case level

    var words: [String] {
      switch self {
      case .confusable: WordingConfusableRule.table.map(\.wrong)
      case .formulation: WordingFormulationRule.builtInPatterns.texts
      case .outdatedTerm: WordingData.outdatedTerms.map(\.outdated)
      case .meeting: WordingOutdatedRule.meetingTokens
      case .fiveYearPlan: FiveYearPlanRule.tokens
      case .level: WordingLevelRule.words
      }
    }
  }

  private static let union: (set: BytePatternSet, owners: [[(Vocabulary, Int)]]) = {
    var texts: [String] = []
    var owners: [[(Vocabulary, Int)]] = []
    var indexOf: [String: Int] = [:]
    for vocabulary in Vocabulary.allCases {
      for (k, word) in vocabulary.words.enumerated() {
        let slot: Int
        if let i = indexOf[word] {
          slot = i
        } else {
          texts.append(word)
          owners.append([])
          indexOf[word] = texts.count - 1
          slot = texts.count - 1
        }
        owners[slot].append((vocabulary, k))
      }
    }
    return (BytePatternSet(texts), owners)
  }()

  /// Per vocabulary, (index into its words, range) of every occurrence, overlapping ones included, in the order of
  /// their end offsets.
  private static func matches(_ context: LintContext) -> [[(Int, Range<Int>)]] {
    context.shared("WordingScan.matches") {
      var found = [[(Int, Range<Int>)]](repeating: [], count: Vocabulary.allCases.count)
      let (set, owners) = union
      set.forEachMatch(in: context.source.bytes) { index, range in
        for (vocabulary, k) in owners[index] { found[vocabulary.rawValue].append((k, range)) }
      }
      return found
    }
  }

  /// (index into the vocabulary's words, range) of every occurrence of its words in the text.
  static func matches(_ context: LintContext, of vocabulary: Vocabulary) -> [(Int, Range<Int>)] {
    matches(context)[vocabulary.rawValue]
  }

  /// (index into `WordingConfusableRule.table`, range) of every wrong form in the text.
  static func confusableMatches(_ context: LintContext) -> [(Int, Range<Int>)] { matches(context, of: .confusable) }

  /// (index into the built-in formulation patterns' texts, range) of every form in the text.
  static func formulationMatches(_ context: LintContext) -> [(Int, Range<Int>)] { matches(context, of: .formulation) }
}

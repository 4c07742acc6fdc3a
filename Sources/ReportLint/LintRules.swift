/// Every lint rule, sorted by id: the one list to add a new rule to. A test checks that every rule
/// file is listed, ids are unique and sorted, and every rule has both kinds of examples and passes them.
public enum LintRules {
  public static let all: [any LintRule.Type] = [
    MarkdownMarkRule.self,
    NoiseRule.self,
    AnniversaryRule.self,
    DatelineRule.self,
    FiveYearPlanRule.self,
    PeriodRule.self,
    NumberChineseYearRule.self,
    NumberInconsistentRule.self,
    NumberNegativeGrowthRule.self,
    NumberPartsExceedTotalRule.self,
    NumberRangeFormatRule.self,
    NumberRateRangeRule.self,
    NumberRatioSignRule.self,
    NumberingLevelRule.self,
    NumberingMarkerRule.self,
    NumberingSequenceRule.self,
    EmptyPlaceholderRule.self,
    UnfilledPlaceholderRule.self,
    PunctuationDashRule.self,
    PunctuationDengRule.self,
    PunctuationQuotesRule.self,
    PunctuationRepeatRule.self,
    PunctuationWidthRule.self,
    EmptySectionRule.self,
    MissingPartRule.self,
    PartOrderRule.self,
    SectionCountRule.self,
    WordingConfusableRule.self,
    WordingDeDiDeRule.self,
    WordingFormulationRule.self,
    WordingLevelRule.self,
    WordingOutdatedRule.self,
  ]

  /// The rule with `id`, if any.
  public static func rule(forID id: String) -> (any LintRule.Type)? {
    all.first { $0.description.id == id }
  }
}

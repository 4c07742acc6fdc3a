extension Filter {
  /// Every filter, by name: the one table the parser looks names up in and the docs list.
  ///
  /// To add a filter, define it as a static property in the file of its family and add it here; the tests run
  /// every filter's examples.
  public static let all: [Filter] = [
    // General
    .defaultValue, .length, .first, .last, .upper, .lower, .trim, .replace,
    // Lists
    .join, .joinChinese, .sort, .sum,
    // Numbers and Chinese numerals
    .number, .round, .int, .chineseNumeral, .chineseOrdinal,
    // Money and quantities
    .amount, .withUnit, .quantity,
    // Percentages, growth and targets
    .percent, .change, .growth, .yearOnYear, .completion, .completionRate,
    // The unit's own words
    .level,
    // Dates
    .dateChinese, .year,
  ]
}

import Foundation
import ReportData

/// Reads a data text as a plain number: `17.1`, `-3.2`, `1,250`, `３５`, through ReportData's one
/// number reading (`DataNode.decimal(reading:)`), so data and templates agree on what a number is.
///
/// No units, no `%`, no exponent, no Chinese numerals: a text with a unit is read by the filters that
/// know units (`amount`, `percent`, `growth`, …).
enum NumberReading {
  /// The number `text` spells, or `nil` when it is not exactly a plain number.
  static func decimal(from text: String) -> Decimal? {
    DataNode.decimal(reading: text)
  }
}

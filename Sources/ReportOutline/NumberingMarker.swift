import ReportText

/// The numbering forms of headings, named by their canonical GB/T 9704 form.
public enum NumberingStyle: String, Sendable, Hashable, CaseIterable, Codable {
  /// 一、
  case hanzi = "一、"
  /// （一）
  case hanziParen = "（一）"
  /// 1．
  case arabic = "1．"
  /// （1）
  case arabicParen = "（1）"
  /// ①
  case circled = "①"

  /// The level GB/T 9704 gives this form: 1 for 一、 down to 4 for （1）; 5 for ①.
  public var canonicalLevel: Int {
    switch self {
    case .hanzi: 1
    case .hanziParen: 2
    case .arabic: 3
    case .arabicParen: 4
    case .circled: 5
    }
  }
}

/// A numbering marker as written at the start of a heading.
///
/// `style` is the family the marker belongs to; `isCanonical` is false for the forms GB/T 9704 does not
/// use ("1、", "一.", "（一）、", "(1)"), which the parser still reads at the family's level.
public struct NumberingMarker: Sendable, Hashable {
  public var style: NumberingStyle
  /// The number the marker gives (一 → 1, 12 → 12).
  public var value: Int
  /// The marker as written, delimiter included ("3、", "（一）").
  public var text: String
  /// False when the marker's form is not the standard one for its family.
  public var isCanonical: Bool
  public var range: TextRange

  public init(style: NumberingStyle, value: Int, text: String, isCanonical: Bool, range: TextRange) {
    self.style = style
    self.value = value
    self.text = text
    self.isCanonical = isCanonical
    self.range = range
  }
}

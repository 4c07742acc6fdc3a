import ReportText

/// Numbers headings per GB/T 9704: 一、 （一） 1． （1）, then ① for a fifth level.
///
/// A heading's form is chosen by how many numbered headings are above it, not by its `#` level, so
/// the sections under an unnumbered part heading ("上半年工作回顾 {-}") start at 一、. Each level counts
/// on from its last sibling and starts again under a new parent.
public struct HeadingNumbering: Sendable {
  /// Open headings: level and whether each is numbered.
  private var path: [(level: Int, numbered: Bool)] = []
  /// The last number given at each level of the path.
  private var counters: [Int: Int] = [:]

  public init() {}

  /// The number text for the next heading (`"二、"`), or nil for an unnumbered heading.
  public mutating func next(_ heading: DraftHeading) -> String? {
    while let last = path.last, last.level >= heading.level {
      path.removeLast()
    }
    for level in counters.keys where level > heading.level { counters[level] = nil }
    let depth = path.filter(\.numbered).count
    path.append((heading.level, heading.isNumbered))
    guard heading.isNumbered else {
      counters[heading.level] = nil
      return nil
    }
    let number = (counters[heading.level] ?? 0) + 1
    counters[heading.level] = number
    return HeadingNumbering.marker(number, depth: depth)
  }

  /// The GB/T 9704 marker for `number` at numbering depth `depth` (0 for 一、).
  public static func marker(_ number: Int, depth: Int) -> String {
    let hanzi = ChineseNumeral.text(for: number) ?? String(number)
    switch depth {
    case 0: return "\(hanzi)、"
    case 1: return "（\(hanzi)）"
    case 2: return "\(number)．"
    case 3: return "（\(number)）"
    default:
      if number >= 1, number <= 20, let scalar = Unicode.Scalar(0x2460 + UInt32(number - 1)) {
        return String(Character(scalar))
      }
      return "\(number)）"
    }
  }
}

/// A plain-text table whose columns line up in a terminal, counting East Asian wide characters as
/// two cells. The one column aligner of the project: model summaries, `slots`, help pages.
public struct TextTable: Sendable {
  /// Leading spaces of every row.
  public var indent: Int
  public var rows: [[String]] = []

  public init(indent: Int = 0, header: [String]? = nil) {
    self.indent = indent
    if let header { rows.append(header) }
  }

  /// A table of `rows` as given, the first usually a header.
  public init(indent: Int = 0, rows: [[String]]) {
    self.indent = indent
    self.rows = rows
  }

  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The rows, each cell padded to its column's widest cell plus two spaces; no trailing spaces.
  public func render() -> String {
    var widths: [Int] = []
    for row in rows {
      for (c, cell) in row.enumerated() {
        if c == widths.count { widths.append(0) }
        widths[c] = max(widths[c], displayWidth(cell))
      }
    }
    var out = ""
    for row in rows {
      var line = String(repeating: " ", count: indent)
      for (c, cell) in row.enumerated() {
        line += cell
        if c < row.count - 1 { line += String(repeating: " ", count: widths[c] - displayWidth(cell) + 2) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}

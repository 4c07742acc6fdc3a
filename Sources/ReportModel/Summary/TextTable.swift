/// A plain-text table whose columns line up in a terminal, counting East Asian wide characters as
/// two cells.
struct TextTable {
  /// Leading spaces of every row.
  var indent: Int
  var rows: [[String]] = []

  init(indent: Int = 0, header: [String]? = nil) {
    self.indent = indent
    if let header { rows.append(header) }
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  /// The rows, each cell padded to its column's widest cell plus two spaces; no trailing spaces.
  func render() -> String {
    var widths: [Int] = []
    for row in rows {
      for (c, cell) in row.enumerated() {
        if c == widths.count { widths.append(0) }
        widths[c] = max(widths[c], TextTable.displayWidth(cell))
      }
    }
    var out = ""
    for row in rows {
      var line = String(repeating: " ", count: indent)
      for (c, cell) in row.enumerated() {
        line += cell
        if c < row.count - 1 { line += String(repeating: " ", count: widths[c] - TextTable.displayWidth(cell) + 2) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  /// The terminal cells a text takes: 2 for East Asian wide and full-width scalars, 0 for combining
  /// marks and zero-width joiners, 1 otherwise.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + cells($1.value) }
  }

  static func cells(_ v: UInt32) -> Int {
    switch v {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x20000...0x3FFFD:
      2
    default: 1
    }
  }
}

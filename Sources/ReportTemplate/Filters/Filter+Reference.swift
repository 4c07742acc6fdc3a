import Foundation

extension Filter {
  /// The filter reference as a Markdown table, for the README (between `<!-- filters:begin -->` and
  /// `<!-- filters:end -->`; a test keeps it current).
  public static func referenceTable() -> String {
    func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
    var lines = ["| 过滤器 | 参数 | 作用 | 例子 |", "|---|---|---|---|"]
    for filter in all {
      let parameters = filter.parameters.map { p in
        p.defaultValue.map { "`\(p.name)=\($0)`" } ?? "`\(p.name)`"
      }.joined(separator: "、")
      let examples = filter.examples.prefix(2).map { "`\(cell($0.template))` → \(cell($0.output))" }
        .joined(separator: "；")
      lines.append("| `\(filter.name)` | \(parameters.isEmpty ? "—" : parameters) | \(cell(filter.summary)) | \(examples) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

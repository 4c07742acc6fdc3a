import Foundation

/// The table of rules for the README and `baogao lint --list-rules`: id, default severity, fix, summary.
public struct RuleReference: Sendable {
  public var rules: [RuleDescription]

  public init(rules: [RuleDescription] = LintRules.all.map { $0.description }) {
    self.rules = rules
  }

  /// A Markdown table, one row per rule, ending in a newline.
  public func markdown() -> String {
    var out = "| 规则 | 默认级别 | 自动修复 | 说明 |\n|---|---|---|---|\n"
    for rule in rules {
      let summary = rule.summary.replacingOccurrences(of: "|", with: "\\|")
      out += "| `\(rule.id)` | \(rule.defaultSeverity.rawValue) | \(rule.hasFix ? "是" : "否") | \(summary) |\n"
    }
    if rules.isEmpty { out += "| （暂无规则） | | | |\n" }
    return out
  }

  /// Plain text, one rule a line: `id  severity  fix  summary`, ending in a newline.
  public func text() -> String {
    if rules.isEmpty { return "暂无规则\n" }
    let width = rules.map(\.id.count).max() ?? 0
    return rules.map { rule in
      let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
      let severity = rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
      return "\(id)  \(severity)  \(rule.hasFix ? "可修复" : "      ")  \(rule.summary)\n"
    }.joined()
  }
}

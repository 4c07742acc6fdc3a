import ReportLint
import ReportText

/// Test-only rule: every "XX" is an unfilled placeholder, fixed by "某". Not in `LintRules.all`.
struct TestPlaceholderRule: LintRule {
  static let description = RuleDescription(
    id: "placeholder.testxx", summary: "测试用：未填的 XX", defaultSeverity: .warning, triggering: ["完成XX亿元"],
    nonTriggering: ["完成1亿元"], hasFix: true)

  func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == 0x58 && bytes[i + 1] == 0x58 {
        findings.append(
          finding(context, i..<i + 2, "发现未填写的占位符“XX”", fix: Fix(replacing: i..<i + 2, with: "某", summary: "把“XX”改为“某”"))
        )
        i += 2
      } else {
        i += 1
      }
    }
  }
}

/// Test-only rule: the word "坏词" is an error, without a fix.
struct TestBadWordRule: LintRule {
  static let description = RuleDescription(
    id: "wording.testbad", summary: "测试用：坏词", defaultSeverity: .error, triggering: ["这是坏词"], nonTriggering: ["这是好词"])

  func check(_ context: LintContext, into findings: inout [Finding]) {
    let needle = Array("坏词".utf8)
    let bytes = context.source.bytes
    var i = 0
    while i + needle.count <= bytes.count {
      if bytes[i..<i + needle.count].elementsEqual(needle) {
        findings.append(finding(context, i..<i + needle.count, "不要用“坏词”"))
        i += needle.count
      } else {
        i += 1
      }
    }
  }
}

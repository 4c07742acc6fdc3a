import ReportText

/// One linted text and its findings, in text order: what the output formats write.
public struct LintedFile: Sendable {
  public var source: SourceText
  public var findings: [Finding]

  public init(source: SourceText, findings: [Finding]) {
    self.source = source
    self.findings = findings
  }
}

/// How `baogao lint` writes findings.
public enum LintOutputFormat: String, Sendable, CaseIterable {
  case text, json, sarif, github

  /// The findings of every file in this format.
  ///
  /// `rules` are the rules that ran, described in the SARIF log.
  public func write(
    _ files: [LintedFile], usesColor: Bool = false, toolVersion: String = "0",
    rules: [RuleDescription] = LintRules.all.map { $0.description }
  ) -> String {
    switch self {
    case .text: LintTextWriter(usesColor: usesColor).write(files)
    case .json: LintJSONWriter().write(files)
    case .sarif: LintSARIFWriter(toolVersion: toolVersion, rules: rules).write(files)
    case .github: LintGitHubWriter().write(files)
    }
  }
}

/// gcc style, for people: each finding with its line and caret, then a Chinese count.
///
/// ```text
/// 报告.txt:3:5: warning: 发现未填写的占位符“XX” [placeholder.unfilled]
/// 　　全镇完成XX亿元
///             ^~
/// 共 1 个问题：0 个错误，1 个警告
/// ```
public struct LintTextWriter: Sendable {
  public var usesColor: Bool

  public init(usesColor: Bool = false) { self.usesColor = usesColor }

  public func write(_ files: [LintedFile]) -> String {
    let renderer = DiagnosticRenderer(usesColor: usesColor)
    var out = ""
    var counts: [Diagnostic.Severity: Int] = [:]
    for file in files {
      for finding in file.findings {
        let diagnostic = Diagnostic(
          severity: finding.severity, message: finding.message, path: file.source.path, range: finding.range,
          ruleID: finding.ruleID, help: finding.fix.map { "可自动修复（--fix）：\($0.summary)" })
        out += renderer.render(diagnostic, source: file.source)
        counts[finding.severity, default: 0] += 1
      }
    }
    out += Self.summary(counts) + "\n"
    return out
  }

  /// "没有发现问题" or "共 3 个问题：1 个错误，2 个警告" (info and note counted when present).
  public static func summary(_ counts: [Diagnostic.Severity: Int]) -> String {
    let total = counts.values.reduce(0, +)
    if total == 0 { return "没有发现问题" }
    var parts = ["\(counts[.error] ?? 0) 个错误", "\(counts[.warning] ?? 0) 个警告"]
    if let info = counts[.info], info > 0 { parts.append("\(info) 个提示") }
    if let note = counts[.note], note > 0 { parts.append("\(note) 个说明") }
    return "共 \(total) 个问题：" + parts.joined(separator: "，")
  }
}

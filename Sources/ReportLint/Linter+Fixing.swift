import ReportText

extension Linter {
  /// Lints a text and drops the findings its `<!-- baogao-disable … -->` comments turn off.
  public func lintHonoringComments(_ source: SourceText) -> [Finding] {
    InlineControl(source: source).filter(lint(source))
  }

  /// The text with the fixes of its findings applied, re-linted and fixed again until nothing changes
  /// (at most `maximumRounds` rounds), and the findings that remain.
  ///
  /// Fixing the result again changes nothing, as long as every rule's fix removes what it reports.
  public func fixing(_ source: SourceText, maximumRounds: Int = 5) -> (text: SourceText, findings: [Finding]) {
    var current = source
    var findings = lintHonoringComments(current)
    for _ in 0..<maximumRounds {
      let fixes = findings.compactMap(\.fix)
      if fixes.isEmpty { break }
      let fixed = Linter.applying(fixes, to: current.bytes)
      if fixed == current.bytes { break }
      current = SourceText(path: source.path, utf8: fixed)
      findings = lintHonoringComments(current)
    }
    return (current, findings)
  }
}

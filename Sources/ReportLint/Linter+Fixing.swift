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
      let fixes = Self.nonOverlapping(findings.compactMap(\.fix))
      if fixes.isEmpty { break }
      let fixed = Linter.applying(fixes, to: current.bytes)
      if fixed == current.bytes { break }
      current = SourceText(path: source.path, utf8: fixed)
      findings = lintHonoringComments(current)
    }
    return (current, findings)
  }

  /// The fixes to apply together: in text order of their first edit, each kept whole when it starts at or after
  /// the end of every fix kept before it. The others are left for a later round, after re-linting. Linear after
  /// the sort.
  static func nonOverlapping(_ fixes: [Fix]) -> [Fix] {
    let ordered = fixes.filter { !$0.edits.isEmpty }.map { fix in
      (fix: fix, start: fix.edits.map(\.range.lowerBound).min()!, end: fix.edits.map(\.range.upperBound).max()!)
    }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    var end = 0
    var kept: [Fix] = []
    for item in ordered where item.start >= end {
      kept.append(item.fix)
      end = item.end
    }
    return kept
  }
}

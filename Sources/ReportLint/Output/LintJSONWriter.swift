import ReportText

/// Findings as a JSON array, for scripts; keys always in this order.
///
/// ```json
/// [
///   {
///     "file": "报告.txt",
///     "line": 3, "column": 5, "endLine": 3, "endColumn": 7,
///     "severity": "warning",
///     "rule": "placeholder.unfilled",
///     "message": "…",
///     "fix": {
///       "summary": "…",
///       "edits": [{"line": 3, "column": 5, "endLine": 3, "endColumn": 7, "replacement": "…"}]
///     }
///   }
/// ]
/// ```
///
/// Lines and columns are 1-based; columns count Unicode scalars (a Chinese character is one column); the end
/// is exclusive. `severity` is `error`, `warning`, `info` or `note`. `fix` is present only when the finding has
/// one. The array is empty (`[]`) when nothing was found.
public struct LintJSONWriter: Sendable {
  public init() {}

  public func write(_ files: [LintedFile]) -> String {
    var items: [JSONValue] = []
    for file in files {
      // Every edit of the file located in one pass over it, not one count from its line's start per edit.
      let edits = file.findings.flatMap { $0.fix?.edits ?? [] }
      var located = file.source.ranges(edits.map(\.range))[...]
      for finding in file.findings {
        var members: [(String, JSONValue)] = [("file", .string(file.source.path))]
        members += Self.position(finding.range)
        members += [
          ("severity", .string(finding.severity.rawValue)), ("rule", .string(finding.ruleID)),
          ("message", .string(finding.message)),
        ]
        if let fix = finding.fix {
          let edits: [JSONValue] = fix.edits.map { edit in
            .object(Self.position(located.removeFirst()) + [("replacement", .string(edit.replacement))])
          }
          members.append(("fix", .object([("summary", .string(fix.summary)), ("edits", .array(edits))])))
        }
        items.append(.object(members))
      }
    }
    return JSONValue.array(items).serialized() + "\n"
  }

  static func position(_ range: TextRange) -> [(String, JSONValue)] {
    [
      ("line", .int(range.lowerBound.line)), ("column", .int(range.lowerBound.column)),
      ("endLine", .int(range.upperBound.line)), ("endColumn", .int(range.upperBound.column)),
    ]
  }
}

import ReportText

/// Findings as a minimal SARIF 2.1.0 log, for code-review tools.
///
/// One run whose driver is `baogao` with the rules that ran; each result names its rule, level (`error`,
/// `warning`, `note`: SARIF has no `info`, so info becomes `note`), message and one physical location (the
/// file as given, 1-based lines and columns counted in Unicode scalars, so the run says `columnKind`
/// `unicodeCodePoints`; SARIF's default would be UTF-16 code units).
public struct LintSARIFWriter: Sendable {
  public var toolVersion: String
  public var rules: [RuleDescription]

  public init(toolVersion: String, rules: [RuleDescription] = LintRules.all.map { $0.description }) {
    self.toolVersion = toolVersion
    self.rules = rules
  }

  public func write(_ files: [LintedFile]) -> String {
    var described = rules
    let known = Set(rules.map(\.id))
    var extra: Set<String> = []
    for file in files {
      for finding in file.findings where !known.contains(finding.ruleID) && !extra.contains(finding.ruleID) {
        extra.insert(finding.ruleID)
        described.append(
          RuleDescription(
            id: finding.ruleID, summary: finding.ruleID, defaultSeverity: finding.severity, triggering: [],
            nonTriggering: []))
      }
    }
    let ruleObjects: [JSONValue] = described.map { rule in
      .object([
        ("id", .string(rule.id)), ("shortDescription", .object([("text", .string(rule.summary))])),
        ("defaultConfiguration", .object([("level", .string(Self.level(rule.defaultSeverity)))])),
      ])
    }
    var results: [JSONValue] = []
    for file in files {
      for finding in file.findings {
        let range = finding.range
        let region: JSONValue = .object([
          ("startLine", .int(range.lowerBound.line)), ("startColumn", .int(range.lowerBound.column)),
          ("endLine", .int(range.upperBound.line)), ("endColumn", .int(range.upperBound.column)),
        ])
        let location: JSONValue = .object([
          (
            "physicalLocation",
            .object([("artifactLocation", .object([("uri", .string(file.source.path))])), ("region", region)])
          )
        ])
        results.append(
          .object([
            ("ruleId", .string(finding.ruleID)), ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])), ("locations", .array([location])),
          ]))
      }
    }
    let driver: JSONValue = .object([
      ("name", .string("baogao")), ("version", .string(toolVersion)), ("rules", .array(ruleObjects)),
    ])
    let log: JSONValue = .object([
      ("version", .string("2.1.0")), ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      (
        "runs",
        .array([
          .object([
            ("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
    return log.serialized() + "\n"
  }

  static func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .note: "note"
    }
  }
}

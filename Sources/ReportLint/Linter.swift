import ReportModel
import ReportOutline
import ReportText

/// Runs rules over a text and returns the findings in text order, with configured severities.
public struct Linter: Sendable {
  public var rules: [any LintRule.Type]
  public var model: StructureModel
  /// Severity per rule id that overrides the default; a rule mapped to nil is off.
  public var levels: [String: Diagnostic.Severity?]
  public var localTerms: [String]
  /// Formulations from the config, added to the built-in ones.
  public var formulations: [WordingFormulationRule.Formulation]
  /// Outdated terms from the config, added to the built-in ones.
  public var outdatedTerms: [WordingOutdatedRule.Term]
  /// Congresses from the config, added to the built-in calendar.
  public var congresses: [WordingOutdatedRule.Congress]

  public init(
    rules: [any LintRule.Type] = LintRules.all, model: StructureModel, levels: [String: Diagnostic.Severity?] = [:],
    localTerms: [String] = [], formulations: [WordingFormulationRule.Formulation] = [],
    outdatedTerms: [WordingOutdatedRule.Term] = [], congresses: [WordingOutdatedRule.Congress] = []
  ) {
    self.rules = rules
    self.model = model
    self.levels = levels
    self.localTerms = localTerms
    self.formulations = formulations
    self.outdatedTerms = outdatedTerms
    self.congresses = congresses
  }

  /// A linter set up as `config` says.
  public init(rules: [any LintRule.Type] = LintRules.all, model: StructureModel, config: LintConfig) {
    self.init(
      rules: rules, model: model, levels: config.levels, localTerms: config.localTerms,
      formulations: config.formulations, outdatedTerms: config.outdatedTerms, congresses: config.congresses)
  }

  /// Lints a text: parses its outline, runs every rule that is on, applies levels.
  public func lint(_ source: SourceText) -> [Finding] {
    lint(Outline(parsing: source))
  }

  public func lint(_ outline: Outline) -> [Finding] {
    let context = LintContext(
      source: outline.source, outline: outline, model: model, localTerms: localTerms, formulations: formulations,
      outdatedTerms: outdatedTerms, congresses: congresses)
    var findings: [Finding] = []
    for rule in rules {
      let id = rule.description.id
      if let level = levels[id], level == nil { continue }
      var found: [Finding] = []
      rule.init().check(context, into: &found)
      if let level = levels[id], let severity = level {
        for k in found.indices { found[k].severity = severity }
      }
      findings += found
    }
    return findings.sorted {
      ($0.range.lowerBound.offset, $0.ruleID, $0.range.upperBound.offset) < (
        $1.range.lowerBound.offset, $1.ruleID, $1.range.upperBound.offset
      )
    }
  }

  /// The text with every fix applied that does not overlap an earlier one (in text order).
  public static func applying(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
    var edits = fixes.flatMap(\.edits).sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    var kept: [TextEdit] = []
    var end = 0
    for edit in edits where edit.range.lowerBound >= end && edit.range.upperBound <= bytes.count {
      kept.append(edit)
      end = max(end, edit.range.upperBound)
    }
    edits = kept
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    for edit in edits {
      out += bytes[i..<edit.range.lowerBound]
      out += Array(edit.replacement.utf8)
      i = edit.range.upperBound
    }
    out += bytes[i...]
    return out
  }
}

import Foundation
import ReportModel
import ReportOutline
import ReportText

/// What a rule is, for users and for the registry: stable id, summary, default severity, examples.
///
/// `triggering` examples are texts (a line, or a whole short report) on which the rule reports at
/// least one finding; `nonTriggering` are texts on which it reports none. The registry test runs both.
public struct RuleDescription: Sendable, Hashable {
  /// `family.name`, stable: users write it in configs and inline comments.
  public let id: String
  /// One Chinese sentence: what the rule checks.
  public let summary: String
  public let defaultSeverity: Diagnostic.Severity
  public let triggering: [String]
  public let nonTriggering: [String]
  /// Whether the rule offers a fix that `--fix` may apply.
  public let hasFix: Bool

  public init(
    id: String, summary: String, defaultSeverity: Diagnostic.Severity, triggering: [String], nonTriggering: [String],
    hasFix: Bool = false
  ) {
    self.id = id
    self.summary = summary
    self.defaultSeverity = defaultSeverity
    self.triggering = triggering
    self.nonTriggering = nonTriggering
    self.hasFix = hasFix
  }

  /// The family: `numbering` for `numbering.sequence`.
  public var family: String { String(id.prefix { $0 != "." }) }
}

/// A lint rule: one struct per rule in `Rules/<Family>/<Name>Rule.swift`, listed in `LintRules.all`.
///
/// A rule reads the context (text, outline, model) and appends findings. It never throws and runs in
/// time linear in the text.
public protocol LintRule: Sendable {
  static var description: RuleDescription { get }
  init()
  func check(_ context: LintContext, into findings: inout [Finding])
}

extension LintRule {
  /// A finding of this rule at a byte range, with its default severity (the linter applies the
  /// configured level afterwards).
  public func finding(_ context: LintContext, _ bytes: Range<Int>, _ message: String, fix: Fix? = nil) -> Finding {
    Finding(
      ruleID: Self.description.id, severity: Self.description.defaultSeverity, message: message,
      range: context.range(bytes), fix: fix)
  }
}

/// Everything a rule may look at.
public struct LintContext: Sendable {
  public let source: SourceText
  public let outline: Outline
  public let model: StructureModel
  public let genre: ReportGenre
  /// Local terms (place and company names) from the config: never reported by wording rules.
  public let localTerms: [String]
  /// Formulations from the config, checked by `wording.formulation` besides the built-in ones.
  public let formulations: [WordingFormulationRule.Formulation]
  /// Outdated terms from the config, checked by `wording.outdated` besides the built-in ones.
  public let outdatedTerms: [WordingOutdatedRule.Term]
  /// Congresses from the config (a meeting held after this version), added to `wording.outdated`'s calendar.
  public let congresses: [WordingOutdatedRule.Congress]

  public init(
    source: SourceText, outline: Outline, model: StructureModel, localTerms: [String] = [],
    formulations: [WordingFormulationRule.Formulation] = [], outdatedTerms: [WordingOutdatedRule.Term] = [],
    congresses: [WordingOutdatedRule.Congress] = []
  ) {
    self.source = source
    self.outline = outline
    self.model = model
    self.genre = ReportGenre(detecting: outline)
    self.localTerms = localTerms
    self.formulations = formulations
    self.outdatedTerms = outdatedTerms
    self.congresses = congresses
  }

  /// Every quantity in the text, scanned once for all the number rules.
  public var quantities: [Quantity] { shared.value("quantities") { QuantityScanner.scan(source) } }

  /// The offset of every character that is not a CJK ideograph of U+4000–U+9FFF (every ASCII byte and every lead
  /// byte other than E4–E9), in order, found once. Rules that look for punctuation, Latin letters, digits or
  /// symbols walk these instead of every byte: in Chinese prose they are about a twentieth of the bytes.
  public var nonIdeographs: [Int] { shared.value("nonIdeographs") { Self.nonIdeographs(source.bytes) } }

  /// A value several rules derive from the context, made by the first rule that asks under `key` and kept for
  /// the others (the linter runs the rules of one text one after another).
  func shared<T>(_ key: String, _ make: () -> T) -> T { shared.value(key, make) }

  private let shared = SharedValues()
  private let locations = LocationCache()

  /// The text range of `bytes`. Counted on from the last range asked for when it lies further on the same line,
  /// so a rule reporting many findings along one long line costs the line's length once, not once per finding.
  public func range(_ bytes: Range<Int>) -> TextRange { locations.range(bytes, in: source) }

  private static func nonIdeographs(_ bytes: [UInt8]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(bytes.count / 8)
    bytes.withUnsafeBufferPointer { bytes in
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        // Ideographs (leads E4–E9) are stepped over whole; continuation bytes (80–BF) one by one.
        if b >= 0xE4 && b <= 0xE9 {
          i += 3
          continue
        }
        if b < 0x80 || b >= 0xC0 { result.append(i) }
        i += 1
      }
    }
    return result
  }

  /// The byte ranges the outline set aside as not the report's own (web-page lines, advertising, page numbers), in
  /// text order, found once: rules that report within a line leave them to artifact.noise, which removes them whole.
  public var setAsideLines: [Range<Int>] {
    shared.value("setAsideLines") {
      outline.recoveries.filter { [.webFurniture, .advertisement, .pageNumber].contains($0.kind) }
        .map { $0.range.lowerBound.offset..<max($0.range.lowerBound.offset, $0.range.upperBound.offset) }
        .sorted { $0.lowerBound < $1.lowerBound }
    }
  }

  /// The byte range of line `line` (1-based), without its newline.
  public func lineBytes(_ line: Int) -> Range<Int> { source.byteRange(ofLine: line) }
}

/// The last location computed, to count columns on from it.
private final class LocationCache: @unchecked Sendable {
  private let lock = NSLock()
  private var last: TextLocation?

  func range(_ bytes: Range<Int>, in source: SourceText) -> TextRange {
    lock.lock()
    defer { lock.unlock() }
    let lower = location(bytes.lowerBound, in: source)
    let upper = bytes.upperBound == bytes.lowerBound ? lower : location(bytes.upperBound, in: source)
    last = lower
    return lower..<upper
  }

  private func location(_ offset: Int, in source: SourceText) -> TextLocation {
    let clamped = max(0, min(offset, source.bytes.count))
    if let last, last.offset <= clamped {
      let nextLine = last.line < source.lineStarts.count ? source.lineStarts[last.line] : source.bytes.count + 1
      if clamped < nextLine {
        return TextLocation(
          line: last.line, column: last.column + source.scalarCount(in: last.offset..<clamped), offset: clamped)
      }
    }
    return source.location(of: clamped)
  }
}

/// Values derived once per context, by key.
private final class SharedValues: @unchecked Sendable {
  /// Recursive: making one value may ask for another.
  private let lock = NSRecursiveLock()
  private var values: [String: Any] = [:]

  func value<T>(_ key: String, _ make: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    // Unwrapped first: an absent value cast to an optional `T` would pass as nil.
    if let stored = values[key], let value = stored as? T { return value }
    let value = make()
    values[key] = value
    return value
  }
}

/// One finding: where, what, which rule, and a fix when one is safe.
public struct Finding: Sendable, Hashable {
  public var ruleID: String
  public var severity: Diagnostic.Severity
  /// Chinese: what is wrong and what to write instead.
  public var message: String
  public var range: TextRange
  public var fix: Fix?

  public init(ruleID: String, severity: Diagnostic.Severity, message: String, range: TextRange, fix: Fix? = nil) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.range = range
    self.fix = fix
  }
}

/// A safe fix: byte-range replacements in the source, none overlapping.
public struct Fix: Sendable, Hashable {
  public var edits: [TextEdit]
  /// What the fix does, in Chinese ("把“，”改为全角").
  public var summary: String

  public init(edits: [TextEdit], summary: String) {
    self.edits = edits
    self.summary = summary
  }

  /// One replacement.
  public init(replacing bytes: Range<Int>, with replacement: String, summary: String) {
    self.init(edits: [TextEdit(range: bytes, replacement: replacement)], summary: summary)
  }
}

/// Replace `range` (UTF-8 byte offsets into the source) with `replacement`.
public struct TextEdit: Sendable, Hashable {
  public var range: Range<Int>
  public var replacement: String

  public init(range: Range<Int>, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

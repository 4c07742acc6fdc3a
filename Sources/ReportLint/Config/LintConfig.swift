import ReportData
import ReportText

/// What `.baogao.yml` says: a level per rule and the local terms that wording rules never report.
///
/// ```yaml
/// rules:
///   wording.outdated: off
///   numbering.sequence: warning
/// terms:
///   - 青石镇
///   - 青石矿业
/// formulations:
///   - 正确: 千万工程
///     错误: [千村万户工程]
///     说明: 简称“千万工程”
///     起用日期: 2003-06-05
/// outdated:
///   - 旧: 扶贫办
///     新: 乡村振兴局
///     停用日期: 2021-02-25
///     修正: 否
/// meetings:
///   - 届: 二十
///     代表大会: 2022-10-16
///     全会: [2022-10-23, 2023-02-26, 2024-07-15, 2025-10-20]
/// ```
///
/// `formulations` adds entries to the built-in list of `wording.formulation`, in the same form as its
/// resource file; an entry with the same correct form replaces the built-in one. `outdated` adds terms to
/// `wording.outdated` (an entry with the same old form replaces the built-in one), and `meetings` adds or replaces
/// (by 届) the congresses and plenums it judges by. Levels are `error`, `warning`, `info` and `off`. An unknown rule
/// id or level is a `LintConfigError` located at the key or value, with the nearest known id suggested.
public struct LintConfig: Sendable, Hashable {
  /// The level per rule id; `nil` means off.
  public var levels: [String: Diagnostic.Severity?]
  public var localTerms: [String]
  public var formulations: [WordingFormulationRule.Formulation]
  public var outdatedTerms: [WordingOutdatedRule.Term]
  public var congresses: [WordingOutdatedRule.Congress]

  public init(
    levels: [String: Diagnostic.Severity?] = [:], localTerms: [String] = [],
    formulations: [WordingFormulationRule.Formulation] = [], outdatedTerms: [WordingOutdatedRule.Term] = [],
    congresses: [WordingOutdatedRule.Congress] = []
  ) {
    self.levels = levels
    self.localTerms = localTerms
    self.formulations = formulations
    self.outdatedTerms = outdatedTerms
    self.congresses = congresses
  }

  /// The file name looked for in the current directory.
  public static let fileName = ".baogao.yml"

  /// Reads a config file's text; `knownRules` are the ids a config may name.
  public init(parsing source: SourceText, knownRules: [String] = LintRules.all.map { $0.description.id })
    throws(LintConfigError)
  {
    let document: DataDocument
    do {
      document = try DataDocument(parsing: source)
    } catch {
      throw LintConfigError(message: error.message, path: source.path, range: error.range)
    }
    self.init()
    let root = document.root
    if case .null = root.value { return }
    guard let entries = root.entries else {
      throw LintConfigError(
        message: "配置文件的顶层应是键值对（rules:、terms:、formulations:、outdated: 和 meetings:）。", path: source.path,
        range: root.range)
    }
    for entry in entries {
      switch entry.key {
      case "rules":
        try readRules(entry.value, source: source, knownRules: knownRules)
      case "terms":
        try readTerms(entry.value, source: source)
      case "formulations":
        try readFormulations(entry.value, source: source)
      case "outdated":
        outdatedTerms += try Self.list(entry.value, source: source, key: "outdated", example: "- 旧: …") {
          (item) throws(LintConfigError) in try WordingOutdatedRule.Term(reading: item, path: source.path)
        }
      case "meetings":
        congresses += try Self.list(entry.value, source: source, key: "meetings", example: "- 届: …") {
          (item) throws(LintConfigError) in try WordingOutdatedRule.Congress(reading: item, path: source.path)
        }
      default:
        let near = Self.nearest(entry.key, among: ["rules", "terms", "formulations", "outdated", "meetings"])
        throw LintConfigError(
          message: "未知的配置项“\(entry.key)”" + (near.map { "，是不是“\($0)”？" } ?? "。")
            + "可用的配置项是 rules、terms、formulations、outdated 和 meetings。",
          path: source.path, range: entry.keyRange)
      }
    }
  }

  private mutating func readRules(_ node: DataNode, source: SourceText, knownRules: [String]) throws(LintConfigError) {
    if case .null = node.value { return }
    guard let entries = node.entries else {
      throw LintConfigError(
        message: "rules 应是“规则编号: 级别”的键值对，例如 numbering.sequence: warning。", path: source.path, range: node.range)
    }
    for entry in entries {
      guard knownRules.contains(entry.key) else {
        let near = Self.nearest(entry.key, among: knownRules)
        throw LintConfigError(
          message: "没有编号为“\(entry.key)”的规则" + (near.map { "，是不是“\($0)”？" } ?? "。")
            + "用 baogao lint --list-rules 查看全部规则。",
          path: source.path, range: entry.keyRange)
      }
      let level: Diagnostic.Severity?
      switch entry.value.text {
      case "error": level = .error
      case "warning": level = .warning
      case "info": level = .info
      case "off": level = nil
      default:
        let written = entry.value.text.map { "“\($0)”" } ?? "这个值"
        throw LintConfigError(
          message: "规则级别不能是\(written)；应是 error、warning、info 或 off。", path: source.path, range: entry.value.range)
      }
      levels[entry.key] = .some(level)
    }
  }

  private mutating func readTerms(_ node: DataNode, source: SourceText) throws(LintConfigError) {
    if case .null = node.value { return }
    guard let items = node.items else {
      throw LintConfigError(message: "terms 应是一个列表，每行“- 词语”。", path: source.path, range: node.range)
    }
    for item in items {
      guard let text = item.text else {
        throw LintConfigError(message: "terms 的每一项应是一个词语。", path: source.path, range: item.range)
      }
      localTerms.append(text)
    }
  }

  /// Reads a list of formulations: each a mapping with 正确 (text), 错误 (a text or a list of texts), and
  /// optionally 说明 and 起用日期 (YYYY-MM-DD).
  private mutating func readFormulations(_ node: DataNode, source: SourceText) throws(LintConfigError) {
    if case .null = node.value { return }
    guard let items = node.items else {
      throw LintConfigError(
        message: "formulations 应是一个列表，每项写“- 正确: …”和“错误: […]”。", path: source.path, range: node.range)
    }
    for item in items {
      guard let entries = item.entries else {
        throw LintConfigError(message: "formulations 的每一项应是含“正确”和“错误”的键值对。", path: source.path, range: item.range)
      }
      for entry in entries where !["正确", "错误", "说明", "起用日期"].contains(entry.key) {
        throw LintConfigError(
          message: "提法条目中没有“\(entry.key)”这一项；可用的是 正确、错误、说明 和 起用日期。", path: source.path,
          range: entry.keyRange)
      }
      guard let correct = item["正确"]?.text, !correct.isEmpty else {
        throw LintConfigError(message: "提法条目缺少“正确”：请写出规范的提法。", path: source.path, range: item.range)
      }
      let wrongNode = item["错误"]
      let wrong = (wrongNode?.items?.compactMap(\.text) ?? wrongNode?.text.map { [$0] } ?? []).filter { !$0.isEmpty }
      guard let wrongNode, !wrong.isEmpty else {
        throw LintConfigError(
          message: "提法“\(correct)”缺少“错误”：请列出要查找的错误写法，例如 错误: [写法一, 写法二]。", path: source.path,
          range: wrongNode?.range ?? item.range)
      }
      let date = item["起用日期"]
      let dateText = date?.text ?? ""
      if let date, !Self.isDate(dateText) {
        throw LintConfigError(
          message: "起用日期应写成“年-月-日”，例如 2022-10-16。", path: source.path, range: date.range)
      }
      formulations.append(
        WordingFormulationRule.Formulation(
          correct: correct, wrong: wrong, note: item["说明"]?.text ?? "", effectiveDate: dateText))
    }
  }

  /// The items of a list under `key`, each read by `read`; an empty value is an empty list.
  private static func list<T>(
    _ node: DataNode, source: SourceText, key: String, example: String,
    _ read: (DataNode) throws(LintConfigError) -> T
  ) throws(LintConfigError) -> [T] {
    if case .null = node.value { return [] }
    guard let items = node.items else {
      throw LintConfigError(message: "\(key) 应是一个列表，每项以“\(example)”开头。", path: source.path, range: node.range)
    }
    var out: [T] = []
    for item in items { out.append(try read(item)) }
    return out
  }

  /// `YYYY-MM-DD`.
  private static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  static func nearest(_ word: String, among candidates: [String]) -> String? {
    let limit = EditDistance.limit(forLength: word.unicodeScalars.count)
    var best: (String, Int)?
    for candidate in candidates {
      if let d = EditDistance.distance(word, candidate, limit: limit), d < (best?.1 ?? Int.max) {
        best = (candidate, d)
      }
    }
    return best?.0
  }
}

/// A config file that cannot be used: what is wrong and where.
public struct LintConfigError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Chinese: what is wrong and what to write instead.
  public var message: String
  public var path: String
  public var range: TextRange

  public init(message: String, path: String, range: TextRange) {
    self.message = message
    self.path = path
    self.range = range
  }

  public var diagnostic: Diagnostic {
    Diagnostic(severity: .error, message: message, path: path, range: range)
  }

  /// `path:line:column: error: message`.
  public var description: String {
    DiagnosticRenderer().renderHeader(severity: .error, path: path, location: range.lowerBound, message: message)
  }
}

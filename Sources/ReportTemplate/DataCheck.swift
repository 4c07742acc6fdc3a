import Foundation
import ReportData
import ReportText

/// What a data file gets wrong for a template, each placed in the data file: required values left empty, keys the
/// template needs and the data lacks (with the key the clerk probably meant), and keys the template never reads.
///
/// A clerk writes the data file, not the template: every finding names a line of the data file and says what to
/// do there; where the template uses the value follows as a note. Each path is reported once, wherever and however
/// often the template reads it.
public struct DataCheck: Sendable {
  /// One finding.
  public struct Finding: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      /// Required values left empty: all of them, in data order, as one finding.
      case blank([(path: String, line: Int)])
      /// A required value the data lacks, or the key the clerk wrote instead (`suggestion`).
      case missing(path: String, suggestion: String?)
      /// A key the template never reads; `suggestion` is the key it reads at that place.
      case unused(path: String, suggestion: String?)
      /// A figure that does not go with the one it is compared with: the message says why.
      case figure(String)

      public static func == (a: Kind, b: Kind) -> Bool { a.description == b.description }
      public func hash(into hasher: inout Hasher) { hasher.combine(description) }

      var description: String {
        switch self {
        case .blank(let items): "blank " + items.map { "\($0.path)@\($0.line)" }.joined(separator: ",")
        case .missing(let path, let suggestion): "missing \(path) \(suggestion ?? "")"
        case .unused(let path, let suggestion): "unused \(path) \(suggestion ?? "")"
        case .figure(let message): "figure \(message)"
        }
      }
    }

    public var kind: Kind
    /// Where in the data file.
    public var range: TextRange
    /// Where the template reads the value (for `.missing` and `.blank`), first place first.
    public var uses: [MissingPath]

    /// An error (blank, missing) or a warning (unused, figure).
    public var isError: Bool {
      switch kind {
      case .blank, .missing: true
      case .unused, .figure: false
      }
    }

    /// The message, in the clerk's terms.
    public var message: String {
      switch kind {
      case .blank(let items):
        return "数据文件里还有 \(items.count) 项必填的内容空着（\"\"），请逐项填上："
      case .missing(let path, let suggestion?):
        return "数据里的“\(suggestion)”是不是“\(Self.lastKey(path))”？模板要用“\(path)”，数据里没有这一项。"
      case .missing(let path, nil):
        let parent = Self.parent(path)
        return parent.isEmpty
          ? "数据里缺少“\(path)”，模板要用它：请在数据文件中加上这一项。"
          : "数据里缺少“\(path)”，模板要用它：请在“\(parent)”下加上“\(Self.lastKey(path))”。"
      case .unused(let path, let suggestion?):
        return "数据里的“\(Self.lastKey(path))”模板没有用到，是不是“\(suggestion)”？写错的键不会写进初稿。"
      case .unused(let path, nil):
        return "数据里的“\(path)”模板没有用到，不会写进初稿：如是写错了键名，请改正；不需要的可以删去。"
      case .figure(let message):
        return message
      }
    }

    /// Lines listed under the message: the empty keys, one per line.
    public var details: [String] {
      guard case .blank(let items) = kind else { return [] }
      let width = items.map { String($0.line).count }.max() ?? 1
      return items.map { item in
        let line = String(item.line)
        return "  第\(String(repeating: " ", count: width - line.count))\(line)行  \(item.path)"
      }
    }

    static func lastKey(_ path: String) -> String {
      let parts = DataCheck.segments(path)
      return parts.last.map { $0.hasPrefix("[") ? path : $0 } ?? path
    }

    static func parent(_ path: String) -> String {
      var parts = DataCheck.segments(path)
      guard parts.count > 1 else { return "" }
      parts.removeLast()
      return DataCheck.join(parts)
    }
  }

  /// Keys every data file may hold that no template reads: the genre, read by generate to choose the template.
  public static let keysForTheProgram: Set<String> = ["类别"]

  public let findings: [Finding]

  /// Checks `data` against what `template` reads (`slots`) and what rendering found missing (`missing`).
  public init(data: DataDocument, slots: [Slot], missing: [MissingPath]) {
    var findings: [Finding] = []
    let root = data.root
    // What the template reads, with every shorter path on the way.
    let read = Set(slots.map(\.path))
    var readPrefixes = Set<String>()
    for path in read {
      var parts = Self.segments(Self.generic(path))
      while !parts.isEmpty {
        readPrefixes.insert(Self.join(parts))
        parts.removeLast()
      }
    }
    // Missing and blank paths, once per path.
    var seen = Set<String>()
    var blanks: [(path: String, line: Int, range: TextRange, use: MissingPath)] = []
    var suggested = Set<String>()
    for item in missing where seen.insert(item.path).inserted {
      let uses = missing.filter { $0.path == item.path }
      let located = Self.locate(item.path, in: root)
      if item.isBlank, let range = located.range {
        blanks.append((item.path, range.lowerBound.line, range, item))
        continue
      }
      var range = located.range ?? Self.start
      var suggestion: String?
      // A key at the place where the path broke off that the template does not read there: written for this one?
      let parent = Self.join(located.parentSegments.map { $0.hasPrefix("[") ? "[]" : $0 })
      let wanted = Self.segments(item.path).dropFirst(located.parentSegments.count).first ?? ""
      let candidates = (located.entries ?? []).filter { entry in
        !readPrefixes.contains(parent.isEmpty ? entry.key : parent + "." + entry.key)
          && !(located.parentSegments.isEmpty && Self.keysForTheProgram.contains(entry.key))
      }
      if let near = Self.nearestKey(to: wanted, among: candidates.map(\.key)),
        let entry = candidates.first(where: { $0.key == near })
      {
        suggestion = near
        range = entry.keyRange
        suggested.insert(Self.join(located.parentSegments + [near]))
      }
      findings.append(Finding(kind: .missing(path: item.path, suggestion: suggestion), range: range, uses: uses))
    }
    if !blanks.isEmpty {
      let sorted = blanks.sorted { $0.line < $1.line }
      findings.insert(
        Finding(
          kind: .blank(sorted.map { ($0.path, $0.line) }), range: sorted[0].range, uses: sorted.map(\.use)),
        at: 0)
    }
    var unused: [Finding] = []
    Self.walk(root, segments: []) { segments, entry in
      let generic = Self.join(segments.map { $0.hasPrefix("[") ? "[]" : $0 })
      if segments.count == 1, Self.keysForTheProgram.contains(segments[0]) { return false }
      if readPrefixes.contains(generic) { return true }
      let path = Self.join(segments)
      guard !suggested.contains(path) else { return false }
      // The key the template reads at this place, nearest in writing.
      let parent = Self.join(Array(segments.dropLast()).map { $0.hasPrefix("[") ? "[]" : $0 })
      let siblings = readPrefixes.compactMap { candidate -> String? in
        var parts = Self.segments(candidate)
        guard parts.count == segments.count, let last = parts.popLast(), Self.join(parts) == parent,
          !last.hasPrefix("[")
        else { return nil }
        return last
      }.sorted()
      let near = Self.nearestKey(to: segments.last ?? "", among: siblings)
      unused.append(Finding(kind: .unused(path: path, suggestion: near), range: entry.keyRange, uses: []))
      return false
    }
    findings += unused
    findings += Self.figureFindings(root)
    self.findings = findings
  }

  /// The keys of an indicator's figures compared in a draft: this period against the last, and against the year's
  /// target.
  static let currentKey = "本期"
  static let comparedKeys = ["上期", "全年目标"]

  /// Figures a clerk should look at again, in every mapping that has `本期` and `上期` (or `全年目标`): units a
  /// 万 or 亿 apart, a figure without the unit its counterpart has, growth beyond ±50%.
  static func figureFindings(_ root: DataNode) -> [Finding] {
    var found: [Finding] = []
    func visit(_ node: DataNode) {
      switch node.value {
      case .mapping(let entries):
        if let current = entries.first(where: { $0.key == currentKey }), case .text(let currentText, _) = current.value.value {
          let name = entries.first(where: { $0.key == "名称" }).flatMap { entry -> String? in
            if case .text(let text, _) = entry.value.value { return text }
            return nil
          } ?? "这一项"
          for key in comparedKeys {
            guard let other = entries.first(where: { $0.key == key }), case .text(let otherText, _) = other.value.value,
              let message = figureMessage(name, currentText, key, otherText)
            else { continue }
            found.append(Finding(kind: .figure(message), range: current.keyRange, uses: []))
          }
        }
        for entry in entries { visit(entry.value) }
      case .sequence(let items):
        for item in items { visit(item) }
      default: break
      }
    }
    visit(root)
    return found
  }

  /// What is wrong between an indicator's figure this period and its `key` figure, or nil.
  static func figureMessage(_ name: String, _ current: String, _ key: String, _ other: String) -> String? {
    let a = Quantity.parse(current.trimmingCharacters(in: .whitespaces))
    let b = Quantity.parse(other.trimmingCharacters(in: .whitespaces))
    guard let a, let b else { return nil }
    let shown = "“\(name)”本期是“\(current)”，\(key)是“\(other)”"
    switch (a.unit, b.unit) {
    case (nil, .some), (.some, nil):
      return "\(shown)：一个有单位，一个没有，请写上单位。"
    case (let x?, let y?):
      guard x.text == y.text else { return nil }
      if a.magnitude != b.magnitude, a.magnitude.multiplier != 0, b.magnitude.multiplier != 0 {
        let ratio = a.magnitude.multiplier > b.magnitude.multiplier
          ? a.magnitude.multiplier / b.magnitude.multiplier : b.magnitude.multiplier / a.magnitude.multiplier
        if ratio >= 10_000 { return "\(shown)：单位一个是“\(a.unitText)”、一个是“\(b.unitText)”，相差一万倍以上，请核对单位。" }
      }
      guard !x.isProportion, key == "上期", b.scaledValue != 0 else { return nil }
      let change = (a.scaledValue - b.scaledValue) / b.scaledValue.magnitude * 100
      if change > 50 || change < -50 {
        let shownRate = NSDecimalNumber(decimal: change).rounding(accordingToBehavior: nil).intValue
        return "\(shown)，算出来\(change > 0 ? "增长" : "下降")约\(abs(shownRate))%：变化超过一半，请核对数字和单位。"
      }
      return nil
    default:
      return nil
    }
  }

  /// The key of `candidates` a clerk most likely meant for `word`: the nearest in spelling (see `Suggestion`), or the
  /// one sharing most of its characters — at least half of the longer one's ("综述" for "总述", "年度目标" for
  /// "全年目标").
  static func nearestKey(to word: String, among candidates: [String]) -> String? {
    if let near = Suggestion.nearest(to: word, among: candidates) { return near }
    var best: (String, Double)?
    for candidate in candidates {
      var pool = Array(candidate)
      var common = 0
      for character in word {
        if let k = pool.firstIndex(of: character) {
          pool.remove(at: k)
          common += 1
        }
      }
      let score = Double(common) / Double(max(word.count, candidate.count))
      if common > 0, score >= 0.5, score > (best?.1 ?? 0) { best = (candidate, score) }
    }
    return best?.0
  }

  /// The start of a file, for a finding with no better place.
  static let start: TextRange =
    TextLocation(line: 1, column: 1, offset: 0)..<TextLocation(line: 1, column: 1, offset: 0)

  /// Calls `visit` with the path and entry of every mapping key, depth first; descends into a key's value when
  /// `visit` returns true.
  static func walk(_ node: DataNode, segments: [String], _ visit: ([String], DataEntry) -> Bool) {
    switch node.value {
    case .mapping(let entries):
      for entry in entries where visit(segments + [entry.key], entry) {
        walk(entry.value, segments: segments + [entry.key], visit)
      }
    case .sequence(let items):
      for (k, item) in items.enumerated() { walk(item, segments: segments + ["[\(k)]"], visit) }
    default: break
    }
  }

  /// Where a path reaches in the data: the range of the last key found on it, the entries of the mapping where it
  /// broke off (nil when it broke off at a list or a text), and the path of that mapping.
  static func locate(_ path: String, in root: DataNode) -> (
    range: TextRange?, entries: [DataEntry]?, parentSegments: [String]
  ) {
    var node = root
    var range: TextRange?
    var walked: [String] = []
    for segment in segments(path) {
      switch node.value {
      case .mapping(let entries):
        guard let entry = entries.first(where: { $0.key == segment }) else { return (range, entries, walked) }
        range = entry.keyRange
        node = entry.value
      case .sequence(let items):
        guard segment.hasPrefix("["), let k = Int(segment.dropFirst().dropLast()), k >= 0, k < items.count else {
          return (range, nil, walked)
        }
        node = items[k]
        if range == nil || node.range.lowerBound.line > 0 { range = node.range.lowerBound..<node.range.lowerBound }
      default:
        return (range, nil, walked)
      }
      walked.append(segment)
    }
    return (range, nil, walked)
  }

  /// `回顾.成绩[2].标题` → ["回顾", "成绩", "[2]", "标题"].
  static func segments(_ path: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in path {
      switch character {
      case ".":
        if !current.isEmpty { result.append(current) }
        current = ""
      case "[":
        if !current.isEmpty { result.append(current) }
        current = "["
      case "]":
        current.append("]")
        result.append(current)
        current = ""
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// The inverse of `segments`.
  static func join(_ segments: [String]) -> String {
    var out = ""
    for segment in segments {
      if segment.hasPrefix("[") {
        out += segment
      } else {
        out += out.isEmpty ? segment : "." + segment
      }
    }
    return out
  }

  /// A path with every list index as `[]`.
  static func generic(_ path: String) -> String {
    join(segments(path).map { $0.hasPrefix("[") ? "[]" : $0 })
  }
}

import ReportData
import ReportText

extension WordingOutdatedRule {
  /// A term that has been replaced: from `since` on, `current` is written where `outdated` was.
  ///
  /// ```yaml
  /// - 旧: 法制政府
  ///   新: 法治政府
  ///   说明: 建设目标是“法治政府”
  ///   停用日期: 2004-03-22
  ///   修正: 是
  ///   前字除外: 立学执司
  /// ```
  public struct Term: Sendable, Hashable {
    public var outdated: String
    public var current: String
    public var note: String
    /// The first day on which `outdated` is wrong; nil when it always is.
    public var since: CalendarDay?
    /// Whether `current` can replace `outdated` without a reader's judgement.
    public var fixes: Bool
    /// Characters that, written just before `outdated`, make it part of another word ("立" in 立法制度化).
    public var excludedPreceding: String

    public init(
      outdated: String, current: String, note: String = "", since: CalendarDay? = nil, fixes: Bool = false,
      excludedPreceding: String = ""
    ) {
      self.outdated = outdated
      self.current = current
      self.note = note
      self.since = since
      self.fixes = fixes
      self.excludedPreceding = excludedPreceding
    }

    /// Reads one entry of a 过时词语 list (the resource's or a config's `outdated:`).
    public init(reading item: DataNode, path: String) throws(LintConfigError) {
      let keys = ["旧", "新", "说明", "停用日期", "修正", "前字除外"]
      _ = try Self.entries(of: item, path: path, keys: keys, list: "outdated")
      guard let outdated = item["旧"]?.text, !outdated.isEmpty else {
        throw LintConfigError(message: "过时词语条目缺少“旧”：请写出已不再用的写法。", path: path, range: item.range)
      }
      guard let current = item["新"]?.text, !current.isEmpty else {
        throw LintConfigError(
          message: "过时词语“\(outdated)”缺少“新”：请写出现在应写的词语。", path: path, range: item.range)
      }
      var since: CalendarDay?
      if let node = item["停用日期"] {
        guard let day = node.text.flatMap(CalendarDay.init(parsing:)) else {
          throw LintConfigError(message: "停用日期应写成“年-月-日”，例如 2014-10-23。", path: path, range: node.range)
        }
        since = day
      }
      var fixes = false
      if let node = item["修正"] {
        switch node.text {
        case "是": fixes = true
        case "否": fixes = false
        default:
          throw LintConfigError(message: "“修正”应写“是”或“否”。", path: path, range: node.range)
        }
      }
      self.init(
        outdated: outdated, current: current, note: item["说明"]?.text ?? "", since: since, fixes: fixes,
        excludedPreceding: item["前字除外"]?.text ?? "")
    }

    /// The entries of a mapping item, every key one of `keys`.
    static func entries(of item: DataNode, path: String, keys: [String], list: String) throws(LintConfigError)
      -> [DataEntry]
    {
      guard let entries = item.entries else {
        throw LintConfigError(
          message: "\(list) 的每一项应是键值对（\(keys.joined(separator: "、"))）。", path: path, range: item.range)
      }
      for entry in entries where !keys.contains(entry.key) {
        throw LintConfigError(
          message: "条目中没有“\(entry.key)”这一项；可用的是 \(keys.joined(separator: "、"))。", path: path,
          range: entry.keyRange)
      }
      return entries
    }
  }

  /// One National Congress of the Party and the plenary sessions of the Central Committee it elected, by the day
  /// each opened.
  ///
  /// ```yaml
  /// - 届: 二十
  ///   代表大会: 2022-10-16
  ///   全会: [2022-10-23, 2023-02-26, 2024-07-15, 2025-10-20]
  /// ```
  public struct Congress: Sendable, Hashable {
    /// 20 for the 二十大.
    public var term: Int
    public var opening: CalendarDay
    /// The 一中全会 first.
    public var plenums: [CalendarDay]

    public init(term: Int, opening: CalendarDay, plenums: [CalendarDay]) {
      self.term = term
      self.opening = opening
      self.plenums = plenums
    }

    /// Reads one entry of a 党的会议 list (the resource's or a config's `meetings:`).
    public init(reading item: DataNode, path: String) throws(LintConfigError) {
      _ = try Term.entries(of: item, path: path, keys: ["届", "代表大会", "全会"], list: "meetings")
      guard let node = item["届"], let text = node.text,
        let term = ChineseNumeral.value(of: text) ?? Int(text), (1...99).contains(term)
      else {
        throw LintConfigError(
          message: "“届”应是届次，如“二十”或 20。", path: path, range: item["届"]?.range ?? item.range)
      }
      guard let openingNode = item["代表大会"], let opening = openingNode.text.flatMap(CalendarDay.init(parsing:)) else {
        throw LintConfigError(
          message: "“代表大会”应是开幕日期，写成“年-月-日”，例如 2022-10-16。", path: path,
          range: item["代表大会"]?.range ?? item.range)
      }
      var plenums: [CalendarDay] = []
      if let list = item["全会"] {
        guard let items = list.items else {
          throw LintConfigError(
            message: "“全会”应是一中全会起各次全会开幕日期的列表，例如 [2022-10-23, 2023-02-26]。", path: path,
            range: list.range)
        }
        for date in items {
          guard let day = date.text.flatMap(CalendarDay.init(parsing:)), day >= (plenums.last ?? opening) else {
            throw LintConfigError(
              message: "全会日期应写成“年-月-日”，并按先后排列，都在代表大会之后。", path: path, range: date.range)
          }
          plenums.append(day)
        }
      }
      self.init(term: term, opening: opening, plenums: plenums)
    }
  }
}

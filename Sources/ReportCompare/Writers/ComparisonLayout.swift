import ReportModel
import ReportOutline
import ReportText

/// What the text and Markdown writers both show, worked out once: the side-by-side outline, the topic lines,
/// the numbering lines and the summary cells, all as Chinese strings.
///
/// The outline lists the draft's parts in the draft's order, each followed by its sections; a part the
/// references usually have and the draft lacks is listed where the references' usual order puts it (before
/// the first draft part that comes after it in that order), marked “草稿没有” (and “缺少” when most references have it).
struct ComparisonLayout {
  /// One row of the side-by-side outline.
  struct OutlineRow {
    var isPart: Bool
    /// The part's name and line, or the section's title.
    var label: String
    /// The section's topic; empty for a part.
    var topic: String
    /// Parts: references that have the part, "k/n"; sections: references with a section of that topic there.
    var presence: String
    /// The references' section count range ("3～7"); empty for a section.
    var sectionRange: String
    /// The references' share range ("40%～60%"); empty for a section.
    var shareRange: String
    var draftSections: String
    var draftShare: String
    /// Statuses of a part ("缺少", "篇幅偏多"), or the closest reference section of a section.
    var note: String
  }

  static let outlineHeader = ["草稿的部分和小节", "主题", "参考有", "参考小节数", "参考占比", "草稿小节数", "草稿占比", "提示"]

  static let summaryHeader = ["草稿", "类型", "相似度", "最接近的参考报告", "缺少的部分", "回顾/问题/安排 占比", "差异数", "最主要的差异"]

  let comparison: Comparison

  /// The widest a section title is shown in the outline, in terminal cells.
  static let titleWidth = 30

  // MARK: - Header

  var title: String { "\(comparison.draft.name)（\(comparison.draft.genre.chineseName)）" }

  var scoreText: String { "\(comparison.score)（满分 100）" }

  var nearestText: String {
    guard let nearest = comparison.nearest else { return "—（与结构模型比较时没有）" }
    return "\(nearest.report)（相似度 \(nearest.score)）"
  }

  // MARK: - Outline

  /// The parts in the draft's order with their sections; missing parts where the usual order puts them.
  var outlineRows: [OutlineRow] {
    let c = comparison
    let present = c.parts.filter { $0.draftPosition != nil }.sorted { $0.draftPosition! < $1.draftPosition! }
    var missing = c.parts.filter { $0.draftPosition == nil && $0.referencePresence > 0 }
    var rows: [OutlineRow] = []
    for part in present {
      let rank = part.usualPosition ?? Int.max
      while let next = missing.first, (next.usualPosition ?? Int.max) < rank {
        rows.append(partRow(next))
        missing.removeFirst()
      }
      rows.append(partRow(part))
      for section in c.sections where section.role == part.role { rows.append(sectionRow(section)) }
    }
    rows += missing.map(partRow)
    return rows
  }

  private func partRow(_ part: Comparison.PartRow) -> OutlineRow {
    let n = comparison.referenceCount
    let label =
      part.draftPosition == nil
      ? "（草稿没有）\(part.role.chineseName)"
      : "\(part.role.chineseName)（第 \(part.draftLine ?? 1) 行）"
    return OutlineRow(
      isPart: true, label: label, topic: "", presence: "\(part.referencePresence)/\(n)",
      sectionRange: part.sectionRange.map { Self.range($0, Comparison.number) } ?? "—",
      shareRange: part.shareRange.map { Self.range($0, Comparison.percent) } ?? "—",
      draftSections: part.draftSections.map(String.init) ?? "—",
      draftShare: part.draftShare.map(Comparison.percent) ?? "—",
      note: part.status.map(Self.statusName).joined(separator: "，"))
  }

  private func sectionRow(_ section: Comparison.SectionMatch) -> OutlineRow {
    let closest = section.closest.first.map { "近似：\($0.report)《\(Self.truncated($0.title, to: 24))》" } ?? ""
    return OutlineRow(
      isPart: false, label: Self.truncated(section.title, to: Self.titleWidth), topic: section.topic.chineseName,
      presence: section.topic == .other ? "" : "\(section.referenceCount)/\(comparison.referenceCount)",
      sectionRange: "", shareRange: "", draftSections: "", draftShare: "", note: closest)
  }

  /// The statuses of a part in Chinese, short.
  static func statusName(_ status: Comparison.PartRow.Status) -> String {
    switch status {
    case .missing: "缺少"
    case .extra: "参考报告少有"
    case .outOfOrder: "位置与通常顺序不同"
    case .fewSections: "小节偏少"
    case .manySections: "小节偏多"
    case .shareLow: "篇幅偏少"
    case .shareHigh: "篇幅偏多"
    }
  }

  /// "3～7", or "4" when the range is one value.
  static func range(_ spread: StructureModel.Spread, _ format: (Double) -> String) -> String {
    let low = format(spread.min)
    let high = format(spread.max)
    return low == high ? low : "\(low)～\(high)"
  }

  /// `text` cut to at most `width` terminal cells, ending in "…" when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    var out = ""
    var used = 0
    for scalar in text.unicodeScalars {
      let w = displayWidth(scalar)
      if used + w > width - 1 { break }
      out.unicodeScalars.append(scalar)
      used += w
    }
    return out + "…"
  }

  // MARK: - Topics and numbering

  /// One line per role that has topic rows: "工作回顾：经济发展与项目 2（10/11）、乡村振兴 0（9/11）".
  var topicLines: [(role: String, items: String)] {
    var lines: [(String, String)] = []
    var seen: [PartRole] = []
    for row in comparison.topics where !seen.contains(row.role) { seen.append(row.role) }
    for role in seen {
      let items = comparison.topics.filter { $0.role == role }.map { row in
        "\(row.topic.chineseName) \(row.draftSections)（\(row.referenceCount)/\(comparison.referenceCount)）"
      }
      lines.append((role.chineseName, items.joined(separator: "、")))
    }
    return lines
  }

  /// One line per depth: the level's name, the draft's styles, the references' styles with their counts.
  var numberingLines: [(level: String, draft: String, references: String)] {
    comparison.numbering.map { row in
      let level = row.depth == 0 ? "部分标题" : "第\(row.depth)级小标题"
      let draft = row.draftStyles.isEmpty ? "—" : row.draftStyles.map(Comparison.styleName).joined(separator: "、")
      let references =
        row.referenceStyles.isEmpty
        ? "—" : row.referenceStyles.map { "\(Comparison.styleName($0.style))（\($0.count)）" }.joined(separator: "、")
      return (level, draft, references)
    }
  }

  // MARK: - Summary

  /// The cells of the one-row-per-draft table, in `summaryHeader` order.
  static func summaryCells(_ row: Comparison.SummaryRow) -> [String] {
    let shares = [row.reviewShare, row.problemsShare, row.planShare].map { $0.map(Comparison.percent) ?? "—" }
    return [
      row.draft, row.genre.chineseName, String(row.score), row.nearest.map { "\($0.report)（\($0.score)）" } ?? "—",
      row.missing.isEmpty ? "—" : row.missing.map(\.chineseName).joined(separator: "、"), shares.joined(separator: "/"),
      String(row.differenceCount), row.firstDifference ?? "—",
    ]
  }
}

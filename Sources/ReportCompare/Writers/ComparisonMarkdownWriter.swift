import Foundation

/// Comparisons as a Markdown document: the content of `ComparisonTextWriter` as headings, lists and tables.
///
/// One comparison: a `#` heading with the draft's name, a list (genre, what it was compared with, score,
/// nearest reference), then `## 结构对照` (the side-by-side outline table, part rows in bold), `## 差异` (a
/// numbered list), `## 主题覆盖` and `## 编号` (tables).
///
/// Several comparisons: `# 结构比较：共 N 份草稿`, the one-row-per-draft summary table (in the order given), then
/// each draft in full under its own `##` heading (the sections one level lower), since a Markdown file is read
/// by scrolling and its headings make each draft easy to reach.
///
/// Every table has a header row and a `|---|` row and the same number of cells in each row; `|` in cell text is
/// written `\|`, line breaks as spaces. The output depends on the comparisons alone.
public enum ComparisonMarkdownWriter {
  public static func render(_ comparisons: [Comparison]) -> String {
    switch comparisons.count {
    case 0: return ""
    case 1: return single(comparisons[0], level: 1)
    default:
      var out = "# 结构比较：共 \(comparisons.count) 份草稿\n\n"
      out += table(ComparisonLayout.summaryHeader, comparisons.map { ComparisonLayout.summaryCells($0.summaryRow) })
      for c in comparisons { out += "\n" + single(c, level: 2) }
      return out
    }
  }

  /// One comparison, its title at heading `level` and its sections one level lower.
  static func single(_ c: Comparison, level: Int) -> String {
    let layout = ComparisonLayout(comparison: c)
    let h = String(repeating: "#", count: level)
    let sub = h + "#"
    var out = "\(h) 结构比较：\(inline(c.draft.name))\n\n"
    out += "- 类型：\(c.draft.genre.chineseName)\n"
    out += "- 比较对象：\(inline(c.referenceDescription))\n"
    out += "- 相似度：\(layout.scoreText)\n"
    out += "- 最接近的参考报告：\(inline(layout.nearestText))\n"

    out += "\n\(sub) 结构对照\n\n"
    let rows = layout.outlineRows.map { row in
      [
        row.isPart ? "**\(cell(row.label))**" : "　" + cell(row.label), cell(row.topic), row.presence,
        row.sectionRange, row.shareRange, row.draftSections, row.draftShare, cell(row.note),
      ]
    }
    out += table(ComparisonLayout.outlineHeader, rows, escaped: true)

    out += "\n\(sub) 差异\n\n"
    if c.differences.isEmpty {
      out += "没有发现明显差异。\n"
    } else {
      for (k, difference) in c.differences.enumerated() { out += "\(k + 1). \(inline(difference.message))\n" }
    }

    let topics = c.topics
    if !topics.isEmpty {
      out += "\n\(sub) 主题覆盖\n\n"
      out += table(
        ["部分", "主题", "草稿小节数", "写了这一主题的参考报告"],
        topics.map { row in
          [
            row.role.chineseName, row.topic.chineseName, String(row.draftSections),
            "\(row.referenceCount)/\(c.referenceCount)",
          ]
        })
    }
    let numbering = layout.numberingLines
    if !numbering.isEmpty {
      out += "\n\(sub) 编号\n\n"
      out += table(["层级", "草稿", "参考（用这种写法的数目）"], numbering.map { [$0.level, $0.draft, $0.references] })
    }
    return out
  }

  /// A table; cells are escaped unless `escaped` says the caller did it.
  static func table(_ header: [String], _ rows: [[String]], escaped: Bool = false) -> String {
    let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |\n" }
    var out = line(header.map(cell))
    out += "|" + String(repeating: "---|", count: header.count) + "\n"
    for row in rows { out += line(escaped ? row : row.map(cell)) }
    return out
  }

  /// Cell text: `|` escaped, line breaks as spaces.
  static func cell(_ text: String) -> String {
    inline(text).replacingOccurrences(of: "|", with: "\\|")
  }

  /// Text on one line.
  static func inline(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\r", with: " ")
  }
}

import ReportText

/// Comparisons as plain text for a terminal, columns aligned by display width (a Chinese character is two
/// cells).
///
/// One comparison gives, in this order:
/// - a header: the draft and its genre, what it was compared with, the score and the nearest reference;
/// - 结构对照: the draft's parts in the draft's order, each followed by its sections (title and topic), set
///   beside the references: how many have the part (k/n), their section count and share ranges, the draft's
///   section count and share, and notes (“缺少”, “篇幅偏多”; for a section, the closest reference section).
///   A part the references usually have and the draft lacks is listed where their usual order puts it;
/// - 差异: the differences, numbered, most important first;
/// - 主题覆盖: per part, each topic with the draft's sections on it and the references that cover it;
/// - 编号: per depth, the draft's heading styles and the references' (with how many use each).
///
/// Several comparisons give the table a county reviewer scans first — one row per draft, in the order given
/// (草稿, 类型, 相似度, 最接近的参考报告, 缺少的部分, 回顾/问题/安排 占比, 差异数, 最主要的差异) — followed by
/// each draft's numbered differences, so that every draft's problems are listed without twenty full outlines;
/// the full outline of one draft is what `compare` with that draft alone (or the Markdown, JSON or HTML
/// output) shows.
///
/// The output depends on the comparisons alone (no dates, no paths beyond the names they hold).
public enum ComparisonTextWriter {
  public static func render(_ comparisons: [Comparison]) -> String {
    switch comparisons.count {
    case 0: return ""
    case 1: return single(comparisons[0])
    default: return several(comparisons)
    }
  }

  static func single(_ c: Comparison) -> String {
    let layout = ComparisonLayout(comparison: c)
    var out = "结构比较：\(layout.title)\n"
    out += TextTable(
      indent: 2,
      rows: [
        ["比较对象", c.referenceDescription], ["相似度", layout.scoreText], ["最接近的参考报告", layout.nearestText],
      ]
    ).render()

    out += "\n结构对照（左：草稿；右：参考报告）\n"
    var table = TextTable(indent: 2, header: ComparisonLayout.outlineHeader)
    for row in layout.outlineRows {
      table.append([
        row.isPart ? row.label : "  " + row.label, row.topic, row.presence, row.sectionRange, row.shareRange,
        row.draftSections, row.draftShare, row.note,
      ])
    }
    out += table.render()

    out += "\n" + differences(c)

    let topics = layout.topicLines
    if !topics.isEmpty {
      out += "\n主题覆盖（草稿中写这一主题的小节数；括号里是写了它的参考报告数）\n"
      out += TextTable(indent: 2, rows: topics.map { [$0.role, $0.items] }).render()
    }
    let numbering = layout.numberingLines
    if !numbering.isEmpty {
      out += "\n编号（括号里是参考中用这种写法的数目）\n"
      out += TextTable(
        indent: 2, rows: [["层级", "草稿", "参考报告"]] + numbering.map { [$0.level, $0.draft, $0.references] }
      )
      .render()
    }
    return out
  }

  /// "差异（共 3 项，最主要的在前）" and the numbered differences, or a line saying there are none.
  static func differences(_ c: Comparison) -> String {
    guard !c.differences.isEmpty else { return "差异：没有发现明显差异。\n" }
    var out = "差异（共 \(c.differences.count) 项，最主要的在前）\n"
    let width = String(c.differences.count).count
    for (k, difference) in c.differences.enumerated() {
      let number = String(k + 1)
      out += "  " + String(repeating: " ", count: width - number.count) + number + ". " + difference.message + "\n"
    }
    return out
  }

  static func several(_ comparisons: [Comparison]) -> String {
    var out = "结构比较：共 \(comparisons.count) 份草稿\n"
    var table = TextTable(indent: 2, header: ComparisonLayout.summaryHeader)
    for c in comparisons { table.append(ComparisonLayout.summaryCells(c.summaryRow)) }
    out += table.render()
    for c in comparisons {
      out += "\n\(c.draft.name)（相似度 \(c.score)，比较对象：\(c.referenceDescription)）\n"
      out += differences(c)
    }
    out += "\n单独比较一份草稿（baogao compare 草稿.txt …）可看到它的结构对照、主题覆盖和编号。\n"
    return out
  }
}

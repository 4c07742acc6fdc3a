import Foundation
import ReportModel
import ReportOutline

/// Writes comparisons as one self-contained HTML page: an inline style sheet, no scripts, fonts or links to
/// anything outside the file, and printable.
///
/// One comparison gives a page with the score, the differences, the outline of the draft beside its
/// references, a chart of the share of text per part, a chart of topic coverage, the heading styles and the
/// sections matched with the references' closest sections. Several comparisons give one page that starts
/// with a table for a county reviewer, one row per draft linked to that draft's full section.
///
/// The markup is well-formed XML (every element closed, attribute values quoted, only the five XML entities),
/// so it can be checked by a parser, and deterministic: the same comparisons give the same bytes.
///
///     let page = ComparisonHTMLWriter.render([comparison])
public enum ComparisonHTMLWriter {
  /// The page for `comparisons`: one draft's page, or a summary table followed by each draft's section.
  public static func render(_ comparisons: [Comparison]) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\" xml:lang=\"zh-CN\">\n<head>\n"
    out += "<meta charset=\"utf-8\" />\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    out += "<meta name=\"generator\" content=\"baogao compare\" />\n"
    out += "<title>\(HTMLText.escape(title(comparisons)))</title>\n"
    out += "<style>\n\(styleSheet)</style>\n</head>\n<body>\n"
    if comparisons.count == 1 {
      out += "<main>\n"
      draft(comparisons[0], anchor: "draft-1", level: 1, into: &out)
      out += "</main>\n"
    } else {
      out += "<main>\n<header class=\"page\">\n<h1>\(HTMLText.escape(title(comparisons)))</h1>\n"
      if comparisons.isEmpty {
        out += "<p class=\"meta\">没有要对比的草稿。</p>\n</header>\n"
      } else {
        var described: [String] = []
        for c in comparisons where !described.contains(c.referenceDescription) {
          described.append(c.referenceDescription)
        }
        out += "<p class=\"meta\">对比对象：\(HTMLText.escape(described.joined(separator: "；")))。"
        out += "相似度 0–100，越高越接近参考报告的结构。点击草稿名称查看详情。</p>\n</header>\n"
        summary(comparisons, into: &out)
      }
      for (k, c) in comparisons.enumerated() {
        draft(c, anchor: "draft-\(k + 1)", level: 2, into: &out)
      }
      out += "</main>\n"
    }
    out += "</body>\n</html>\n"
    return out
  }

  static func title(_ comparisons: [Comparison]) -> String {
    comparisons.count == 1
      ? "结构对比：\(comparisons[0].draft.name)" : "结构对比：\(comparisons.count) 篇草稿"
  }

  // MARK: - Summary

  static func summary(_ comparisons: [Comparison], into out: inout String) {
    out += "<section class=\"summary\">\n<h2>汇总</h2>\n<table class=\"summary\">\n<thead>\n<tr>"
    for head in ["草稿", "体裁", "相似度", "最接近的参考", "缺少的部分", "回顾", "问题", "安排", "差异", "主要差异"] {
      out += "<th scope=\"col\">\(head)</th>"
    }
    out += "</tr>\n</thead>\n<tbody>\n"
    for (k, c) in comparisons.enumerated() {
      let row = c.summaryRow
      out += "<tr>"
      out += "<th scope=\"row\"><a href=\"#draft-\(k + 1)\">\(HTMLText.escape(row.draft))</a></th>"
      out += "<td>\(HTMLText.escape(row.genre.chineseName))</td>"
      out += "<td class=\"num score\">\(row.score)</td>"
      out += "<td>\(row.nearest.map { "\(HTMLText.escape($0.report))（\($0.score)）" } ?? "—")</td>"
      let missing = row.missing.map(\.chineseName).joined(separator: "、")
      out += missing.isEmpty ? "<td>—</td>" : "<td class=\"missing\">缺少 \(HTMLText.escape(missing))</td>"
      for share in [row.reviewShare, row.problemsShare, row.planShare] {
        out += "<td class=\"num\">\(share.map(HTMLText.percent) ?? "—")</td>"
      }
      out += "<td class=\"num\">\(row.differenceCount)</td>"
      out += "<td>\(HTMLText.escape(row.firstDifference ?? "—"))</td>"
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n</section>\n"
  }

  // MARK: - One draft

  /// One draft's section; `level` is the level of its heading (1 on its own page, 2 under a summary).
  static func draft(_ c: Comparison, anchor: String, level: Int, into out: inout String) {
    let h = "h\(level)"
    let sub = "h\(level + 1)"
    out += "<section class=\"draft\" id=\"\(anchor)\">\n<header>\n"
    out += "<\(h)>结构对比：\(HTMLText.escape(c.draft.name))</\(h)>\n"
    out += "<p class=\"meta\">体裁：\(HTMLText.escape(c.draft.genre.chineseName))；对比对象："
    out += "\(HTMLText.escape(c.referenceDescription))。</p>\n</header>\n"
    scoreBox(c, into: &out)

    out += "<section class=\"differences\">\n<\(sub)>主要差异</\(sub)>\n"
    if c.differences.isEmpty {
      out += "<p>没有明显差异：草稿的结构在参考报告的范围之内。</p>\n"
    } else {
      out += "<ol class=\"differences\">\n"
      for d in c.differences {
        out += "<li class=\"\(d.kind.rawValue)\">\(HTMLText.escape(d.message))</li>\n"
      }
      out += "</ol>\n"
    }
    out += "</section>\n"

    out += "<section class=\"outline\">\n<\(sub)>结构对照</\(sub)>\n"
    outlineTable(c, into: &out)
    out += "</section>\n"

    out += "<section class=\"chart\">\n<\(sub)>各部分篇幅占比</\(sub)>\n"
    out += "<p class=\"note\">每行是一个部分：浅色带为参考报告的最小值至最大值，竖线为中位数，圆点为草稿。</p>\n"
    out += SVGChart.shares(c, rows: outlineOrder(c))
    out += "</section>\n"

    out += "<section class=\"chart\">\n<\(sub)>主题覆盖</\(sub)>\n"
    out += "<p class=\"note\">条形为写了该主题的参考报告所占比例；右侧为草稿中讲这一主题的小标题数。</p>\n"
    out += SVGChart.topics(c, roles: topicRoles(c))
    out += "</section>\n"

    out += "<section class=\"numbering\">\n<\(sub)>标题序号</\(sub)>\n"
    numberingTable(c, into: &out)
    out += "</section>\n"

    out += "<section class=\"matches\">\n<\(sub)>小标题与参考报告</\(sub)>\n"
    matchTable(c, into: &out)
    out += "</section>\n</section>\n"
  }

  static func scoreBox(_ c: Comparison, into out: inout String) {
    out += "<div class=\"scorebox\">\n<p class=\"score\"><span class=\"value\">\(c.score)</span>"
    out += "<span class=\"unit\"> / 100</span><span class=\"label\">结构相似度</span></p>\n"
    out += "<div class=\"nearest\">\n"
    if let nearest = c.nearest {
      out += "<p>最接近的参考报告：<strong>\(HTMLText.escape(nearest.report))</strong>（\(nearest.score)）</p>\n"
    } else {
      out += "<p>与结构模型对比：分数为草稿与该体裁典型结构的相似度。</p>\n"
    }
    if c.hasReferenceReports && !c.similarities.isEmpty {
      out += "<ol class=\"refs\">\n"
      for s in c.similarities {
        out +=
          "<li><span class=\"name\">\(HTMLText.escape(s.report))</span> <span class=\"num\">\(s.score)</span></li>\n"
      }
      out += "</ol>\n"
    }
    out += "</div>\n</div>\n"
  }

  // MARK: - Order of the rows

  /// The parts in the draft's order, each part the draft lacks put before the first later part of the usual
  /// order (or last).
  static func outlineOrder(_ c: Comparison) -> [Comparison.PartRow] {
    var rows = c.parts.filter { $0.draftPosition != nil }.sorted { $0.draftPosition! < $1.draftPosition! }
    for row in c.parts where row.draftPosition == nil {
      let position = row.usualPosition ?? Int.max
      let index = rows.firstIndex { ($0.usualPosition ?? Int.max) > position } ?? rows.endIndex
      rows.insert(row, at: index)
    }
    return rows
  }

  /// The review, the plan and every other role with topic rows, in the outline's order.
  static func topicRoles(_ c: Comparison) -> [PartRole] {
    outlineOrder(c).map(\.role).filter { role in
      role == .review || role == .plan || c.topics.contains { $0.role == role }
    }
  }

  /// Chinese labels of a row's flags.
  static func label(_ status: Comparison.PartRow.Status) -> String {
    switch status {
    case .missing: "缺少"
    case .extra: "参考中少见"
    case .outOfOrder: "顺序不同"
    case .fewSections: "小标题偏少"
    case .manySections: "小标题偏多"
    case .shareLow: "篇幅偏少"
    case .shareHigh: "篇幅偏多"
    }
  }
}

import Foundation
import ReportModel
import ReportOutline

/// The two inline SVG charts of the HTML page, drawn in user units of a fixed-width view box and scaled by the
/// page.
///
/// Every mark has a `<title>` and every value is written as text too, so the charts read without colour and
/// on paper. Coordinates have one decimal, so the same comparison gives the same bytes.
enum SVGChart {
  static let width = 760.0

  // MARK: - Share of text per part

  /// For each part, a track 0–100%, the references' range as a band, their median as a tick and the draft's
  /// share as a dot, with the values written beside it.
  static func shares(_ c: Comparison, rows: [Comparison.PartRow]) -> String {
    let label = 122.0
    let x0 = 132.0
    let trackWidth = 400.0
    let valueX = x0 + trackWidth + 14
    let top = 30.0
    let rowHeight = 36.0
    let height = top + Double(rows.count) * rowHeight + 40
    func x(_ share: Double) -> Double { x0 + trackWidth * min(1, max(0, share)) }

    var out = open(height: height, title: "各部分篇幅占全文的比例：草稿与参考报告的范围")
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      out += line(x(tick), top - 6, x(tick), top + Double(rows.count) * rowHeight, "grid")
      out += text(x(tick), top - 10, "\(Int(tick * 100))%", anchor: "middle", size: 11, cls: "muted")
    }
    for (k, row) in rows.enumerated() {
      let y = top + Double(k) * rowHeight
      let mid = y + rowHeight / 2
      let name = row.role.chineseName
      var summary = "\(name)：" + (row.draftShare.map { "草稿 \(HTMLText.percent($0))" } ?? "草稿没有这一部分")
      summary += row.shareRange.map { "；参考 \(HTMLText.percentRange($0))" } ?? "；参考报告中没有"
      out += "<g class=\"row\">\n<title>\(HTMLText.escape(summary))</title>\n"
      out += text(label, mid + 4, name, anchor: "end", size: 13, cls: row.draftPosition == nil ? "muted" : nil)
      out += rect(x0, mid - 7, trackWidth, 14, "track")
      if let range = row.shareRange, row.referencePresence > 0 {
        let band = max(2, x(range.max) - x(range.min))
        out += rect((x(range.min) + x(range.max) - band) / 2, mid - 7, band, 14, "band")
        out += line(x(range.median), mid - 11, x(range.median), mid + 11, "median")
      }
      let flagged = row.status.contains(.shareLow) || row.status.contains(.shareHigh)
      if let share = row.draftShare {
        out += "<circle class=\"dot\(flagged ? " out" : "")\" cx=\"\(f(x(share)))\" cy=\"\(f(mid))\" r=\"6\" />\n"
        let side = row.status.contains(.shareLow) ? "（偏少）" : row.status.contains(.shareHigh) ? "（偏多）" : ""
        out += text(valueX, mid - 2, "草稿 \(HTMLText.percent(share))\(side)", size: 13, cls: flagged ? "bad" : nil)
      } else {
        let missing = row.status.contains(.missing)
        out += text(valueX, mid - 2, missing ? "缺少" : "草稿无此部分", size: 13, cls: missing ? "bad" : "muted")
      }
      let reference = row.shareRange.map { "参考 \(HTMLText.percentRange($0))" } ?? "参考中没有"
      out += text(valueX, mid + 13, reference, size: 11, cls: "muted")
      out += "</g>\n"
    }
    // Legend.
    let ly = top + Double(rows.count) * rowHeight + 22
    out += "<g class=\"legend\">\n<title>图例</title>\n"
    out += rect(x0, ly - 7, 28, 12, "band")
    out += text(x0 + 34, ly + 3, "参考报告的范围（最小–最大）", size: 11)
    out += line(x0 + 222, ly - 9, x0 + 222, ly + 7, "median")
    out += text(x0 + 230, ly + 3, "中位数", size: 11)
    out += "<circle class=\"dot\" cx=\"\(f(x0 + 292))\" cy=\"\(f(ly - 1))\" r=\"6\" />\n"
    out += text(x0 + 302, ly + 3, "草稿", size: 11)
    out += "<circle class=\"dot out\" cx=\"\(f(x0 + 346))\" cy=\"\(f(ly - 1))\" r=\"6\" />\n"
    out += text(x0 + 356, ly + 3, "草稿超出范围", size: 11)
    out += "</g>\n</svg>\n"
    return out
  }

  // MARK: - Topic coverage

  /// For each role, the six topics: the share of references that cover the topic as a bar, and how many of
  /// the draft's sections of that role speak to it.
  static func topics(_ c: Comparison, roles: [PartRole]) -> String {
    let n = max(1, c.referenceCount)
    let labelX = 168.0
    let x0 = 178.0
    let barWidth = 300.0
    let countX = x0 + barWidth + 12
    let markX = 600.0
    let top = 34.0
    let groupHeight = 26.0
    let rowHeight = 22.0
    let height = top + Double(roles.count) * (groupHeight + rowHeight * Double(ReportTopic.assignable.count)) + 12
    func x(_ share: Double) -> Double { x0 + barWidth * min(1, max(0, share)) }

    var out = open(height: height, title: "主题覆盖：写了各主题的参考报告比例与草稿的小标题数")
    out += text(x0, top - 14, "写了该主题的参考报告（共 \(c.referenceCount) 篇）", size: 11, cls: "muted")
    out += text(markX - 28, top - 14, "草稿小标题", size: 11, cls: "muted")
    var y = top
    let bottom = height - 12
    for tick in [0.0, 0.5, 1.0] {
      out += line(x(tick), top - 6, x(tick), bottom, "grid")
      out += text(x(tick), top - 1, "\(Int(tick * 100))%", anchor: "middle", size: 10, cls: "muted")
    }
    for role in roles {
      let present = c.draft.role(role) != nil
      out += "<g class=\"role\">\n<title>\(HTMLText.escape(role.chineseName))</title>\n"
      out += text(8, y + 18, role.chineseName + (present ? "" : "（草稿缺少）"), size: 13, cls: present ? "group" : "bad")
      out += "</g>\n"
      y += groupHeight
      for topic in ReportTopic.assignable {
        let row = c.topics.first { $0.role == role && $0.topic == topic }
        let refs = row?.referenceCount ?? 0
        let mine = row?.draftSections ?? 0
        let mid = y + rowHeight / 2
        let expected = refs * 2 > n
        let summary =
          "\(role.chineseName) · \(topic.chineseName)：参考 \(refs)/\(n) 篇，草稿 \(mine == 0 ? "没有" : "\(mine) 节")"
        out += "<g class=\"row\">\n<title>\(HTMLText.escape(summary))</title>\n"
        out += text(labelX, mid + 4, topic.chineseName, anchor: "end", size: 12)
        out += rect(x0, mid - 6, barWidth, 12, "track")
        if refs > 0 { out += rect(x0, mid - 6, x(Double(refs) / Double(n)) - x0, 12, "bar") }
        out += text(countX, mid + 4, "\(refs)/\(n)", size: 11, cls: "muted")
        if mine > 0 {
          out += "<circle class=\"yes\" cx=\"\(f(markX - 22))\" cy=\"\(f(mid))\" r=\"5\" />\n"
          out += text(markX - 12, mid + 4, "\(mine) 节", size: 12)
        } else if present {
          out += "<circle class=\"no\" cx=\"\(f(markX - 22))\" cy=\"\(f(mid))\" r=\"5\" />\n"
          out += text(markX - 12, mid + 4, expected ? "无（多数参考有）" : "无", size: 12, cls: expected ? "bad" : "muted")
        } else {
          out += text(markX - 12, mid + 4, "—", size: 12, cls: "muted")
        }
        out += "</g>\n"
        y += rowHeight
      }
    }
    out += "</svg>\n"
    return out
  }

  // MARK: - Drawing

  static func open(height: Double, title: String) -> String {
    let h = f(height)
    return "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(f(width)) \(h)\" width=\"\(f(width))\" height=\"\(h)\""
      + " preserveAspectRatio=\"xMinYMin meet\">\n<title>\(HTMLText.escape(title))</title>\n"
  }

  static func text(
    _ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Int, cls: String? = nil
  ) -> String {
    let c = cls.map { " class=\"\($0)\"" } ?? ""
    let a = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
    return "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\"\(a)\(c)>\(HTMLText.escape(content))</text>\n"
  }

  static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ cls: String) -> String {
    "<rect class=\"\(cls)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(height))\" />\n"
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ cls: String) -> String {
    "<line class=\"\(cls)\" x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" />\n"
  }

  static func f(_ value: Double) -> String { HTMLText.fixed(value, 1) }
}

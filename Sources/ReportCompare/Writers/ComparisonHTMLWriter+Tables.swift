import Foundation
import ReportModel
import ReportOutline

extension ComparisonHTMLWriter {
  // MARK: - Outline beside the references

  /// The draft's parts (with their sections and topics) on the left, the references for each part on the
  /// right; parts the draft lacks stand where the usual order puts them.
  static func outlineTable(_ c: Comparison, into out: inout String) {
    let n = max(1, c.referenceCount)
    out += "<table class=\"outline\">\n<thead>\n"
    out += "<tr><th scope=\"colgroup\" colspan=\"2\">草稿</th>"
    out += "<th scope=\"colgroup\" colspan=\"3\" class=\"ref\">参考报告（\(c.referenceCount) 篇）</th>"
    out += "<th scope=\"col\" rowspan=\"2\">提示</th></tr>\n"
    out += "<tr><th scope=\"col\">部分与小标题（主题）</th><th scope=\"col\">小标题 · 占比</th>"
    out += "<th scope=\"col\" class=\"ref\">出现</th><th scope=\"col\" class=\"ref\">小标题数</th>"
    out += "<th scope=\"col\" class=\"ref\">篇幅占比</th></tr>\n</thead>\n<tbody>\n"
    for row in outlineOrder(c) {
      let classes = row.status.map(\.rawValue) + (row.draftPosition == nil ? ["absent"] : [])
      out += "<tr\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>"
      out += "<td class=\"part\">"
      if let position = row.draftPosition, let shape = c.draft.role(row.role) {
        out += "<p class=\"part-name\"><span class=\"pos\">\(position)</span> \(HTMLText.escape(row.role.chineseName))"
        out += " <span class=\"line\">第 \(shape.line) 行</span></p>\n"
        if !shape.sections.isEmpty {
          out += "<ol class=\"sections\">\n"
          for s in shape.sections {
            out +=
              "<li>\(HTMLText.escape(s.title)) <span class=\"topic\">\(HTMLText.escape(s.topic.chineseName))</span></li>\n"
          }
          out += "</ol>\n"
        }
      } else if row.status.contains(.missing) {
        out +=
          "<p class=\"part-name\"><span class=\"mark-missing\">缺少</span> \(HTMLText.escape(row.role.chineseName))</p>"
      } else {
        out += "<p class=\"part-name absent\">（无）\(HTMLText.escape(row.role.chineseName))</p>"
      }
      out += "</td>"
      if let sections = row.draftSections, let share = row.draftShare {
        out += "<td class=\"num\">\(sections) 节 · \(HTMLText.percent(share))</td>"
      } else {
        out += "<td class=\"num\">—</td>"
      }
      out += "<td class=\"num ref\">\(row.referencePresence)/\(n)</td>"
      out += "<td class=\"num ref\">\(row.sectionRange.map(HTMLText.countRange) ?? "—")</td>"
      out += "<td class=\"num ref\">\(row.shareRange.map(HTMLText.percentRange) ?? "—")</td>"
      let flags = row.status.map { "<span class=\"flag \($0.rawValue)\">\(label($0))</span>" }
      out += "<td class=\"flags\">\(flags.isEmpty ? "—" : flags.joined(separator: " "))</td>"
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
  }

  // MARK: - Numbering

  static func numberingTable(_ c: Comparison, into out: inout String) {
    guard !c.numbering.isEmpty else {
      out += "<p>没有标题序号可比。</p>\n"
      return
    }
    out += "<table class=\"numbering\">\n<thead>\n<tr><th scope=\"col\">层级</th><th scope=\"col\">草稿</th>"
    out += "<th scope=\"col\" class=\"ref\">参考报告（写法与使用数）</th></tr>\n</thead>\n<tbody>\n"
    for row in c.numbering {
      let level = row.depth == 0 ? "部分标题" : "第 \(row.depth) 级小标题"
      let used = Set(row.referenceStyles.map(\.style))
      let mine = row.draftStyles.map { style in
        let name = HTMLText.escape(Comparison.styleName(style))
        return used.contains(style) || used.isEmpty ? name : "<span class=\"flag\">\(name)（参考中未见）</span>"
      }
      let refs = row.referenceStyles.map { "\(HTMLText.escape(Comparison.styleName($0.style))) ×\($0.count)" }
      out += "<tr><th scope=\"row\">\(level)</th><td>\(mine.isEmpty ? "—" : mine.joined(separator: "、"))</td>"
      out += "<td class=\"ref\">\(refs.isEmpty ? "—" : refs.joined(separator: "、"))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
  }

  // MARK: - Section matches

  static func matchTable(_ c: Comparison, into out: inout String) {
    guard !c.sections.isEmpty else {
      out += "<p>草稿没有小标题。</p>\n"
      return
    }
    let n = max(1, c.referenceCount)
    out += "<table class=\"matches\">\n<thead>\n<tr><th scope=\"col\">部分</th><th scope=\"col\">草稿小标题</th>"
    out += "<th scope=\"col\">主题</th><th scope=\"col\" class=\"ref\">参考覆盖</th>"
    out += "<th scope=\"col\" class=\"ref\">最接近的参考小标题</th></tr>\n</thead>\n<tbody>\n"
    for m in c.sections {
      out += "<tr><td>\(HTMLText.escape(m.role.chineseName))</td>"
      out += "<td>\(HTMLText.escape(m.title)) <span class=\"line\">第 \(m.line) 行</span></td>"
      out += "<td>\(HTMLText.escape(m.topic.chineseName))</td>"
      out += "<td class=\"num ref\">\(m.topic == .other ? "—" : "\(m.referenceCount)/\(n)")</td>"
      if m.closest.isEmpty {
        out += "<td class=\"ref\">\(c.hasReferenceReports ? "—" : "—（结构模型不含参考小标题）")</td>"
      } else {
        out += "<td class=\"ref\"><ul class=\"closest\">"
        for r in m.closest {
          out += "<li>\(HTMLText.escape(r.title)) <span class=\"source\">\(HTMLText.escape(r.report))</span></li>"
        }
        out += "</ul></td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
  }
}

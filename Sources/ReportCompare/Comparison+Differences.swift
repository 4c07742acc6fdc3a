import ReportModel
import ReportOutline

extension Comparison {
  /// The differences, most important first: missing parts, order, share and sections out of the references'
  /// range, topics most references cover, extra parts, numbering. The weight of each grows with the role's
  /// weight and with how many references stand behind it; ties keep this order.
  static func differences(_ c: Comparison, _ references: ReferenceSet) -> [Difference] {
    let n = max(1, c.referenceCount)
    let refs = c.referenceDescription
    var out: [Difference] = []
    let usual = references.usualOrder
    for row in c.parts {
      let role = row.role
      let name = "“\(role.chineseName)”"
      let w = Similarity.weight(role)
      let presence = Double(row.referencePresence) / Double(n)
      for status in row.status {
        switch status {
        case .missing:
          out.append(
            Difference(
              kind: .missingPart, role: role,
              message: "缺少\(name)部分：\(refs)中有 \(row.referencePresence) 篇有这一部分。", weight: 100 * w * presence))
        case .outOfOrder:
          let chain = usual.filter { r in c.parts.contains { $0.role == r && $0.draftPosition != nil } }
            .map(\.chineseName).joined(separator: " → ")
          out.append(
            Difference(
              kind: .partOrder, role: role,
              message: "\(name)的位置与参考报告的通常顺序不同：参考报告一般按 \(chain) 排列。", weight: 60 * w))
        case .shareLow, .shareHigh:
          guard let share = row.draftShare, let range = row.shareRange else { continue }
          let side = status == .shareHigh ? "偏多" : "偏少"
          let distance = status == .shareHigh ? share - range.max : range.min - share
          out.append(
            Difference(
              kind: .share, role: role,
              message:
                "\(name)占全文 \(percent(share))，参考报告为 \(percent(range.min))～\(percent(range.max))（中位数 \(percent(range.median))）：篇幅\(side)。",
              weight: 40 * w * (1 + distance)))
        case .fewSections, .manySections:
          guard let count = row.draftSections, let range = row.sectionRange else { continue }
          let side = status == .manySections ? "偏多" : "偏少"
          out.append(
            Difference(
              kind: .sections, role: role,
              message:
                "\(name)有 \(count) 节，参考报告为 \(number(range.min))～\(number(range.max)) 节（中位数 \(number(range.median))）：小标题\(side)。",
              weight: 30 * w))
        case .extra:
          out.append(
            Difference(
              kind: .extraPart, role: role,
              message: "多了\(name)部分：\(refs)中只有 \(row.referencePresence) 篇有这一部分，可考虑并入相邻部分。",
              weight: 10 * w))
        }
      }
    }
    // Topics most references give a section to, in a role the draft has.
    for row in c.topics where row.draftSections == 0 && row.referenceCount * 2 > n {
      guard let part = c.parts.first(where: { $0.role == row.role }), part.draftPosition != nil else { continue }
      out.append(
        Difference(
          kind: .topic, role: row.role,
          message:
            "“\(row.role.chineseName)”中没有写“\(row.topic.chineseName)”方面的内容：\(refs)中有 \(row.referenceCount) 篇写了。",
          weight: 20 * Similarity.weight(row.role) * Double(row.referenceCount) / Double(n)))
    }
    for row in c.numbering {
      guard let top = row.referenceStyles.first else { continue }
      let used = Set(row.referenceStyles.map(\.style))
      for style in row.draftStyles where !used.contains(style) {
        let level = row.depth == 0 ? "部分标题" : "第\(row.depth)级小标题"
        out.append(
          Difference(
            kind: .numbering, role: nil,
            message: "\(level)用了“\(styleName(style))”，参考报告在这一级没有这种写法，多用“\(styleName(top.style))”。",
            weight: 5))
      }
    }
    return out.enumerated().sorted { a, b in
      a.element.weight != b.element.weight ? a.element.weight > b.element.weight : a.offset < b.offset
    }.map(\.element)
  }

  /// "78%".
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// "4" or "4.5".
  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }

  /// A heading style's name for users: markers stay as they are; the others in Chinese.
  public static func styleName(_ style: String) -> String {
    switch style {
    case "lead": "段首领句"
    case "dash": "破折号标题"
    case "plain": "无序号短标题"
    case "runIn": "段首小标题"
    default:
      style.hasPrefix("markdown") ? "Markdown \(style.dropFirst("markdown".count)) 级标题" : style
    }
  }
}

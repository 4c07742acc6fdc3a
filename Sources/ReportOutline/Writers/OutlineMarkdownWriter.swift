import ReportText

/// Writes the outline as a nested Markdown list: the title, then each part with its sections.
///
/// ```
/// # 政府工作报告
///
/// - **工作回顾**（review，第 12 行）一、2021年工作回顾
///   - 过去一年，我们…（第 14 行）
/// ```
public struct OutlineMarkdownWriter: Sendable {
  /// Whether run-in headings are listed under their sections.
  public var includesRunIns: Bool

  public init(includesRunIns: Bool = true) {
    self.includesRunIns = includesRunIns
  }

  public func write(_ outline: Outline) -> String {
    var out = ""
    if let title = outline.titleBlock?.title {
      out += "# \(escaped(title.text))\n\n"
      if let subtitle = outline.titleBlock?.subtitle { out += "\(escaped(subtitle.text))\n\n" }
      if let speaker = outline.titleBlock?.speaker { out += "\(escaped(speaker.text))\n\n" }
    }
    for part in outline.parts {
      let roles = ([part.role] + part.alsoRoles)
      let names = roles.map(\.chineseName).joined(separator: "、")
      let ids = roles.map(\.rawValue).joined(separator: ", ")
      var line = "- **\(names)**（\(ids)，第 \(part.range.lowerBound.line) 行\(part.continuesPrevious ? "，续" : "")）"
      if let heading = part.heading { line += " " + escaped(headingText(heading)) }
      out += line + "\n"
      walk(part.blocks, level: 1, into: &out)
    }
    return out
  }

  private func walk(_ blocks: [Block], level: Int, into out: inout String) {
    let indent = String(repeating: "  ", count: level)
    for block in blocks {
      switch block {
      case .section(let section):
        out += "\(indent)- \(escaped(headingText(section.heading)))（第 \(section.heading.range.lowerBound.line) 行）\n"
        walk(section.blocks, level: level + 1, into: &out)
      case .paragraph(let paragraph):
        for role in paragraph.roles {
          out += "\(indent)- *\(role.chineseName)*（\(role.rawValue)，第 \(paragraph.range.lowerBound.line) 行）\n"
        }
        if includesRunIns, let runIn = paragraph.runIn {
          out += "\(indent)- \(escaped(runIn.text))（第 \(runIn.range.lowerBound.line) 行，段首标题）\n"
        }
      }
    }
  }

  private func headingText(_ heading: Heading) -> String {
    (heading.marker?.text ?? (heading.style == .dash ? "——" : "")) + heading.title
  }

  /// Escapes the characters that would start Markdown markup inside a list item.
  private func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if "\\`*_[]<>#|".unicodeScalars.contains(scalar) { out += "\\" }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}

import ReportText

/// A deterministic tree dump of an outline with ranges, for golden tests and debugging.
///
/// ```
/// outline a.txt
/// ├─ title @1:1-1:7 "政府工作报告"
/// ├─ part review @12:1-28:40 heading "一、2021年工作回顾"
/// │  ├─ section h1 lead @14:1-14:48 "过去一年，我们…"
/// │  │  └─ paragraph @15:1-15:300 runin "环境治理有效推进"
/// ```
public struct OutlineDumper: Sendable {
  /// Scalars of text shown per node.
  public var textLength: Int

  public init(textLength: Int = 24) {
    self.textLength = textLength
  }

  public func dump(_ outline: Outline) -> String {
    var lines: [String] = ["outline \(outline.source.path)"]
    var nodes: [(String, [Block])] = []
    if let block = outline.titleBlock {
      for (name, span) in [("title", block.title), ("subtitle", block.subtitle), ("speaker", block.speaker)] {
        if let span { nodes.append(("\(name) @\(span.range.compactDescription) \(quoted(span.text))", [])) }
      }
    }
    for part in outline.parts {
      var label = "part \(([part.role] + part.alsoRoles).map(\.rawValue).joined(separator: "+"))"
      if part.continuesPrevious { label += " continued" }
      label += " @\(part.range.compactDescription)"
      if let heading = part.heading { label += " heading \(heading.marker?.text ?? heading.style.name) \(quoted(heading.title))" }
      nodes.append((label, part.blocks))
    }
    for recovery in outline.recoveries {
      nodes.append(("recovery \(recovery.kind.rawValue) @\(recovery.range.compactDescription) \(recovery.message)", []))
    }
    emit(nodes, prefix: "", into: &lines, outline: outline)
    return lines.joined(separator: "\n") + "\n"
  }

  private func emit(_ nodes: [(String, [Block])], prefix: String, into lines: inout [String], outline: Outline) {
    for (k, node) in nodes.enumerated() {
      let last = k == nodes.count - 1
      lines.append(prefix + (last ? "└─ " : "├─ ") + node.0)
      let children = node.1.map { describe($0, outline) }
      emit(children, prefix: prefix + (last ? "   " : "│  "), into: &lines, outline: outline)
    }
  }

  private func describe(_ block: Block, _ outline: Outline) -> (String, [Block]) {
    switch block {
    case .section(let section):
      let h = section.heading
      var label = "section h\(h.depth) \(h.marker?.text ?? h.style.name)"
      if let marker = h.marker, !marker.isCanonical { label += " noncanonical" }
      if let marker = h.marker, case .numbered(let style) = h.style, style != marker.style {
        label += " read-as \(style.rawValue)"
      }
      label += " @\(section.range.compactDescription) \(quoted(h.title))"
      if h.isRunOn { label += " runon" }
      return (label, section.blocks)
    case .paragraph(let paragraph):
      var label = "paragraph @\(paragraph.range.compactDescription)"
      if !paragraph.roles.isEmpty { label += " role \(paragraph.roles.map(\.rawValue).joined(separator: "+"))" }
      if let enumeration = paragraph.enumeration { label += " enum \(enumeration.text)" }
      if let runIn = paragraph.runIn { label += " runin \(quoted(runIn.text))" }
      label += " " + quoted(outline.text(of: paragraph.range))
      return (label, [])
    }
  }

  private func quoted(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var head = String(String.UnicodeScalarView(scalars.prefix(textLength)))
    if scalars.count > textLength { head += "…" }
    head = String(String.UnicodeScalarView(head.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    return "\"\(head)\""
  }
}

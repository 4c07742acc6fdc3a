import ReportText

/// Writes the whole outline tree as JSON, keys in a fixed order, every node with its range.
///
/// Schema: `{"path", "title": {"title","subtitle","speaker","range"} | null, "parts": [Part],
/// "recoveries": [{"kind","message","range"}]}`; a part is `{"role","alsoRoles","continuesPrevious","range","heading",
/// "blocks"}`; a block is `{"type": "section", "heading", "range", "blocks"}` or `{"type":
/// "paragraph", "range", "text", "role"?, "alsoRoles"?, "runIn"?, "enumeration"?}`; a heading is `{"depth",
/// "style", "marker"?, "title", "runOn", "range"}`. Ranges are `{"start": {"line","column",
/// "offset"}, "end": …}` with 1-based lines and columns (Unicode scalars) and UTF-8 byte offsets.
public struct OutlineJSONWriter: Sendable {
  /// Whether paragraphs carry their full text.
  public var includesText: Bool

  public init(includesText: Bool = true) {
    self.includesText = includesText
  }

  public func write(_ outline: Outline) -> String {
    json(outline).serialized() + "\n"
  }

  public func json(_ outline: Outline) -> JSONValue {
    var title: JSONValue = .null
    if let block = outline.titleBlock {
      title = .object([
        ("title", span(block.title)), ("subtitle", span(block.subtitle)), ("speaker", span(block.speaker)),
        ("range", block.range.json),
      ])
    }
    return .object([
      ("path", .string(outline.source.path)),
      ("title", title),
      ("parts", .array(outline.parts.map { part($0, outline) })),
      (
        "recoveries",
        .array(
          outline.recoveries.map {
            .object([("kind", .string($0.kind.rawValue)), ("message", .string($0.message)), ("range", $0.range.json)])
          })
      ),
    ])
  }

  private func span(_ span: TextSpan?) -> JSONValue {
    guard let span else { return .null }
    return .object([("text", .string(span.text)), ("range", span.range.json)])
  }

  private func part(_ part: Part, _ outline: Outline) -> JSONValue {
    .object([
      ("role", .string(part.role.rawValue)),
      ("alsoRoles", .array(part.alsoRoles.map { .string($0.rawValue) })),
      ("continuesPrevious", .bool(part.continuesPrevious)),
      ("range", part.range.json),
      ("heading", part.heading.map(heading) ?? .null),
      ("blocks", .array(part.blocks.map { block($0, outline) })),
    ])
  }

  private func heading(_ heading: Heading) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("depth", .int(heading.depth)), ("style", .string(heading.style.name)),
    ]
    if let marker = heading.marker {
      members.append(
        (
          "marker",
          .object([
            ("text", .string(marker.text)), ("style", .string(marker.style.rawValue)), ("value", .int(marker.value)),
            ("canonical", .bool(marker.isCanonical)), ("range", marker.range.json),
          ])
        ))
    }
    members += [("title", .string(heading.title)), ("runOn", .bool(heading.isRunOn)), ("range", heading.range.json)]
    return .object(members)
  }

  private func block(_ block: Block, _ outline: Outline) -> JSONValue {
    switch block {
    case .section(let section):
      return .object([
        ("type", .string("section")), ("heading", heading(section.heading)), ("range", section.range.json),
        ("blocks", .array(section.blocks.map { self.block($0, outline) })),
      ])
    case .paragraph(let paragraph):
      var members: [(String, JSONValue)] = [("type", .string("paragraph")), ("range", paragraph.range.json)]
      if let role = paragraph.role { members.append(("role", .string(role.rawValue))) }
      if !paragraph.alsoRoles.isEmpty {
        members.append(("alsoRoles", .array(paragraph.alsoRoles.map { .string($0.rawValue) })))
      }
      if let runIn = paragraph.runIn { members.append(("runIn", span(runIn))) }
      if let enumeration = paragraph.enumeration {
        members.append(
          (
            "enumeration",
            .object([
              ("text", .string(enumeration.text)), ("ordinal", .int(enumeration.ordinal)),
              ("range", enumeration.range.json),
            ])
          ))
      }
      if includesText { members.append(("text", .string(outline.text(of: paragraph.range)))) }
      return .object(members)
    }
  }
}

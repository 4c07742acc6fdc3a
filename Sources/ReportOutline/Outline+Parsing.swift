import ReportText

extension Outline {
  /// How to read the input: plain text, Markdown, or decide from the text.
  public enum InputFormat: String, Sendable, CaseIterable {
    case automatic, plain, markdown
  }

  /// Reads the structure of a report. Never fails: what it has to work around becomes `recoveries`.
  ///
  /// In `.automatic` mode a text is read as Markdown when its path ends in `.md` or `.markdown`, or
  /// when a line starts with `#` and a space.
  public init(parsing source: SourceText, format: InputFormat = .automatic) {
    let markdown: Bool
    switch format {
    case .plain: markdown = false
    case .markdown: markdown = true
    case .automatic: markdown = Outline.looksLikeMarkdown(source)
    }
    self = source.bytes.withUnsafeBufferPointer { buffer in
      var parser = OutlineParser(source: source, buffer: buffer, isMarkdown: markdown)
      return parser.parse()
    }
  }

  static func looksLikeMarkdown(_ source: SourceText) -> Bool {
    let lower = source.path.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return true }
    let bytes = source.bytes
    for start in source.lineStarts where start < bytes.count && bytes[start] == 0x23 {
      var i = start
      while i < bytes.count, bytes[i] == 0x23, i - start < 7 { i += 1 }
      if i - start <= 6, i < bytes.count, bytes[i] == 0x20 { return true }
    }
    return false
  }
}

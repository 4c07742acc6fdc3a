import ReportText

/// Reading a report argument into a `SourceText`: a path or `-`, decoded from UTF-8, UTF-16 or GB18030.
enum ReportInput {
  /// Reads and decodes one report. An empty (or blank) report is an error at 1:1, since there is
  /// nothing to outline, lint or compare.
  static func read(_ argument: String, io: CommandIO) throws -> SourceText {
    let input = try io.readInput(argument)
    let decoded = try SourceText.decode(input.bytes, path: input.path)
    let text = decoded.text
    if text.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
      throw CommandError(
        "文件是空的，没有可读取的报告内容。请检查是否给错了文件。", path: input.path,
        location: TextLocation(line: 1, column: 1, offset: 0), exitCode: .usage)
    }
    return text
  }
}

extension ReportInput {
  /// What a file given to lint is when it is not a report lint can read: a data file, a template, a web page, a
  /// Word or PDF document. Judged by the file's extension, then by its first bytes (for standard input and files
  /// named otherwise).
  enum Refused {
    case data, template, html, word, pdf

    /// Why lint does not take it and what to run instead.
    var message: String {
      switch self {
      case .data:
        "这是数据文件（YAML 或 JSON），不是报告初稿：lint 检查的是报告。要用它生成初稿，请运行 baogao generate 数据文件 -o 初稿.txt，再检查生成的初稿。"
      case .template:
        "这是模板文件，不是报告初稿：lint 检查的是报告。请先用 baogao generate 数据文件 --template 模板文件夹 生成初稿，再检查初稿。"
      case .html:
        "这是网页（HTML）文件：lint 暂不读取网页。请把报告正文复制或另存为纯文本（.txt）后再检查。"
      case .word:
        "这是 Word 文档：lint 暂不读取 Word 文件。请在 Word 或 WPS 中另存为纯文本（.txt，UTF-8 编码）后再检查。"
      case .pdf:
        "这是 PDF 文件：lint 不读取 PDF。请把报告正文复制或另存为纯文本（.txt）后再检查。"
      }
    }
  }

  /// The kind of `path` with `bytes` when lint refuses it, or nil for a text lint reads.
  static func refused(path: String, bytes: [UInt8]) -> Refused? {
    let name = path.lowercased()
    let byExtension: [(String, Refused)] = [
      (".yaml", .data), (".yml", .data), (".json", .data), (".tpl", .template), (".html", .html), (".htm", .html),
      (".docx", .word), (".doc", .word), (".wps", .word), (".pdf", .pdf),
    ]
    if let found = byExtension.first(where: { name.hasSuffix($0.0) }) { return found.1 }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .word }
    if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
    let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
    let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.lowercased()
    if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
    if trimmed.hasPrefix("{"), head.contains("\":") { return .data }
    // A template: several {{ … }} or {% … %} tags early on.
    let tags = head.components(separatedBy: "{{").count + head.components(separatedBy: "{%").count - 2
    if tags >= 3 { return .template }
    return nil
  }
}

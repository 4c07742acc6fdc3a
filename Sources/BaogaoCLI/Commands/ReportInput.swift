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

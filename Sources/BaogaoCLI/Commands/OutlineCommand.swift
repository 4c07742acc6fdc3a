import ReportOutline
import ReportText

/// `baogao outline FILE [--format tsv|json|markdown|tree]`: print the structure the parser sees.
enum OutlineCommand: Command {
  static let spec = CommandSpec(
    name: "outline",
    summary: "打印解析器看到的报告结构：标题、各部分、各级标题及其位置",
    discussion: """
      读取一份报告（纯文本或 Markdown；UTF-8、UTF-16 或 GB18030 编码），列出标题、开头、工作回顾、致谢、\
      问题与不足、工作安排、结束语等部分，以及各级标题和段首标题，每项都带行号。
      tsv 格式每行为“行号<TAB>类别<TAB>原文开头”，与参考语料的标注格式相同；json 输出整棵结构树及每个节点的\
      位置（行、列、字节偏移）；markdown 输出嵌套列表；tree 输出带位置的树形图，便于排查。
      采集文本中的噪声（如 ##paidbegin##、[bookmark: …]、广告行）和编号错误会被跳过，并在 json 的 \
      recoveries 中列出。
      """,
    examples: [
      "baogao outline Examples/reports/qingshi-2025-annual.txt",
      "baogao outline --format json - < 报告.md",
      "baogao outline --format markdown 报告.txt -o 结构.md",
    ],
    options: [
      .value(
        "format", placeholder: "FORMAT", allowed: ["tsv", "json", "markdown", "tree"], default: "tsv",
        help: "输出格式：tsv、json、markdown 或 tree"),
      .value(
        "input-format", placeholder: "KIND", allowed: ["auto", "plain", "markdown"], default: "auto",
        help: "输入按什么读：auto（.md 文件或有 # 标题时按 Markdown）、plain 或 markdown"),
      .output, .force,
    ],
    positionals: [.one("FILE", help: "要读取的报告；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let source = try ReportInput.read(invocation.positionals[0], io: io)
    let format: Outline.InputFormat
    switch invocation.value("input-format") {
    case "plain": format = .plain
    case "markdown": format = .markdown
    default: format = .automatic
    }
    let outline = Outline(parsing: source, format: format)
    let text: String
    switch invocation.value("format") {
    case "json": text = OutlineJSONWriter().write(outline)
    case "markdown": text = OutlineMarkdownWriter().write(outline)
    case "tree": text = OutlineDumper().dump(outline)
    default: text = OutlineTSVWriter().write(outline)
    }
    try io.writeOutput(text, for: invocation)
    return .success
  }
}

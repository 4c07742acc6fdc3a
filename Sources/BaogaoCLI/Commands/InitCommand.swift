import ReportTemplate
import ReportText

/// `baogao init TEMPLATE -o DATA`: write a commented data skeleton for a template.
enum InitCommand: Command {
  static let spec = CommandSpec(
    name: "init",
    summary: "为模板生成带注释的数据文件骨架",
    discussion: """
      列出模板读取的每一个键，按模板读取的层次嵌套，模板循环处写成列表，并注明必填或可选。\
      “类别”一行取自模板的 manifest.yaml，generate 据此选用模板。填好后运行 baogao generate 数据.yaml。
      """,
    examples: ["baogao init annual -o 松岭镇2024.yaml", "baogao init Templates/summary-plan"],
    options: [.output, .force],
    positionals: [.one("TEMPLATE", isInputFile: false, help: "模板文件夹或内置模板名")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let source = try TemplateLocator(io: io).source(for: invocation.positionals[0])
    let manifest = try TemplateInput.manifest(source, io: io)
    let slots = try TemplateInput.load(source, io: io).slots()
    let header = [
      "\(manifest.name)的数据文件（由 baogao init 生成）。",
      "把每个 \"\" 换成实际内容；标“可选”的键可以删去。数值照原样写，如 23.6亿元、10.6%。",
      "长段落可以写成 > 开头的多行块。填好后运行：baogao generate 本文件",
    ]
    let yaml = DataSkeleton(slots: slots).yaml(header: header, values: [("类别", manifest.name)])
    try io.writeOutput(yaml, for: invocation)
    return .success
  }
}

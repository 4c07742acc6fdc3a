import ReportTemplate
import ReportText

/// `baogao templates`: the templates there are, built in and the user's, with their genre and what they are for.
enum TemplatesCommand: Command {
  static let spec = CommandSpec(
    name: "templates",
    summary: "列出可用的模板：内置模板和自己的模板，以及各自的类别和说明",
    discussion: """
      内置模板编译在程序里，复制 baogao 到别处也能用。自己的模板放在当前目录的 Templates/ 下（或环境变量 \
      BAOGAO_TEMPLATES 指定的文件夹中），每个模板一个文件夹，内有 manifest.yaml；与内置模板同名时用自己的。\
      generate 的 --template 也可以直接给出模板文件夹。
      """,
    examples: ["baogao templates", "baogao templates --format json"],
    options: [
      .value("format", placeholder: "FORMAT", allowed: ["text", "json"], default: "text", help: "输出格式：text 或 json"),
      .output, .force,
    ],
    positionals: [])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let locator = TemplateLocator(io: io)
    var rows: [(name: String, kind: String, genre: String, title: String, summary: String, place: String)] = []
    for (name, source) in locator.all() {
      let manifest = try TemplateInput.manifest(source, io: io)
      let genre = manifest.genre.flatMap(TemplateLocator.genre(named:))?.chineseName ?? (manifest.genre ?? "")
      switch source {
      case .folder(let url):
        rows.append((name, "自己的", genre, manifest.name, manifest.summary ?? "", url.relativePath))
      case .builtIn:
        rows.append((name, "内置", genre, manifest.name, manifest.summary ?? "", ""))
      }
    }
    let text: String
    if invocation.value("format") == "json" {
      text =
        JSONValue.array(
          rows.map { row in
            .object([
              ("name", .string(row.name)), ("builtIn", .bool(row.kind == "内置")), ("genre", .string(row.genre)),
              ("title", .string(row.title)), ("description", .string(row.summary)), ("folder", .string(row.place)),
            ])
          }
        ).serialized() + "\n"
    } else {
      var table: [[String]] = [["模板", "来源", "类别", "说明"]]
      for row in rows {
        let from = row.place.isEmpty ? row.kind : "\(row.kind)（\(row.place)）"
        table.append([row.name, from, row.genre, row.summary])
      }
      text = TextTable(rows: table).render()
    }
    try io.writeOutput(text, for: invocation)
    return .success
  }
}

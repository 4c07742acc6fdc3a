import ReportTemplate
import ReportText

/// `baogao slots TEMPLATE`: every data path a template reads, with where.
enum SlotsCommand: Command {
  static let spec = CommandSpec(
    name: "slots",
    summary: "列出模板读取的全部数据路径，以及在模板中的位置",
    discussion: """
      TEMPLATE 是模板文件夹或内置模板名（annual、half-year、summary-plan，或中文类别名）。
      每行一个数据路径：路径、必填或可选（模板用 default、is defined 或 if 处理了缺项的为可选）、用法（输出、条件、\
      循环、过滤器参数）、在模板中的位置。列表里每一项的键写成 成绩[].标题。
      """,
    examples: ["baogao slots annual", "baogao slots Templates/half-year --format json"],
    options: [
      .value("format", placeholder: "FORMAT", allowed: ["text", "json"], default: "text", help: "输出格式：text 或 json"),
      .output, .force,
    ],
    positionals: [.one("TEMPLATE", isInputFile: false, help: "模板文件夹或内置模板名")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let source = try TemplateLocator(io: io).source(for: invocation.positionals[0])
    let slots = try TemplateInput.load(source, io: io).slots()
    let text: String
    if invocation.value("format") == "json" {
      text =
        JSONValue.array(
          slots.map { slot in
            .object([
              ("path", .string(slot.path)), ("optional", .bool(slot.isOptional)), ("list", .bool(slot.isIterated)),
              (
                "uses",
                .array(
                  slot.uses.map { use in
                    .object([
                      ("template", .string(use.templatePath)), ("line", .int(use.location.line)),
                      ("column", .int(use.location.column)), ("role", .string(use.role.rawValue)),
                      ("guarded", .bool(use.isGuarded)),
                    ])
                  })
              ),
            ])
          }
        ).serialized() + "\n"
    } else {
      let roles: [Slot.Role: String] = [
        .output: "输出", .condition: "条件", .loop: "循环", .argument: "参数", .assignment: "赋值",
      ]
      var rows: [[String]] = [["路径", "必填", "用法", "位置"]]
      for slot in slots {
        var seen: [String] = []
        for use in slot.uses where !seen.contains(roles[use.role] ?? "") { seen.append(roles[use.role] ?? "") }
        let places = slot.uses.map { "\($0.templatePath):\($0.location.line):\($0.location.column)" }
        rows.append([slot.path, slot.isOptional ? "可选" : "必填", seen.joined(separator: "、"), places.joined(separator: " ")])
      }
      text = TextTable(rows: rows).render()
    }
    try io.writeOutput(text, for: invocation)
    return .success
  }
}

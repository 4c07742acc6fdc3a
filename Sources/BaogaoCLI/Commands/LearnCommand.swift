import Foundation
import ReportModel
import ReportOutline
import ReportText

/// `baogao learn FILE... -o MODEL.json [--summary]`: learn a structure model from reference reports.
enum LearnCommand: Command {
  static let spec = CommandSpec(
    name: "learn",
    summary: "从参考报告学习结构模型（各类报告有哪些部分、顺序、小节数、篇幅、编号和主题）",
    discussion: """
      读取若干份参考报告（文件或文件夹；文件夹中的 .txt 和 .md 按文件名排序读取，README 除外），识别每份报告的类别\
      （政府工作报告、上半年政府工作报告、工作总结和工作计划），按类别统计各部分出现的比例和通常顺序、\
      每部分的小节数、篇幅占比、各层编号样式、小节主题及各部分的开头用语，写成 JSON 模型。
      同样的输入总是得到同样的字节；模型里只记文件名，不记路径。
      --summary 把模型打印成表格；不给报告时打印内置的默认模型（或 --model 指定的模型）。
      """,
    examples: [
      "baogao learn ../shared/corpus -o model.json",
      "baogao learn 参考/*.txt -o model.json --summary",
      "baogao learn --summary",
    ],
    options: [
      .flag("summary", help: "把模型打印成便于阅读的表格"),
      .value("model", placeholder: "FILE", isInputFile: true, help: "与 --summary 同用且不给报告时：要打印的模型文件"),
      .output, .force,
    ],
    positionals: [.zeroOrMore("FILE", help: "参考报告或存放报告的文件夹；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let arguments = invocation.positionals
    if arguments.isEmpty {
      guard invocation.flag("summary") else {
        throw UsageError.invalid("请给出至少一份参考报告（或一个文件夹），例如：baogao learn ../shared/corpus -o model.json", in: invocation)
      }
      let model = try ModelInput.load(invocation.value("model"), io: io)
      io.standardOutput.write(model.summary())
      return .success
    }
    var outlines: [Outline] = []
    for path in try expand(arguments, io: io) {
      outlines.append(Outline(parsing: try ReportInput.read(path, io: io)))
    }
    let model = StructureModel.learn(from: outlines)
    let json = String(decoding: try model.jsonData(), as: UTF8.self)
    if invocation.flag("summary") {
      if invocation.value("output") != nil { try io.writeOutput(json, for: invocation) }
      io.standardOutput.write(model.summary())
    } else {
      try io.writeOutput(json, for: invocation)
    }
    return .success
  }

  /// Files as given, folders replaced by their `.txt` and `.md` files sorted by name.
  static func expand(_ arguments: [String], io: CommandIO) throws -> [String] {
    var paths: [String] = []
    for argument in arguments {
      let url = io.url(for: argument)
      var isDirectory: ObjCBool = false
      guard argument != "-", FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        paths.append(argument)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      // A folder's README describes the folder; it is not a report.
      let reports = names.filter {
        ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && !$0.hasPrefix(".") && !$0.uppercased().hasPrefix("README")
      }.sorted()
      if reports.isEmpty {
        throw CommandError("文件夹 '\(argument)' 里没有 .txt 或 .md 报告。", path: argument, exitCode: .usage)
      }
      paths += reports.map { (argument as NSString).appendingPathComponent($0) }
    }
    return paths
  }
}

/// Reading a structure model: the shipped default, or a JSON file written by `baogao learn`.
enum ModelInput {
  static func load(_ path: String?, io: CommandIO) throws -> StructureModel {
    guard let path else {
      do {
        return try StructureModel.loadDefault()
      } catch {
        throw CommandError("内置的默认结构模型无法读取：\(error)。请重新安装 baogao。", exitCode: .usage)
      }
    }
    let input = try io.readInput(path)
    do {
      return try StructureModel(jsonData: Data(input.bytes))
    } catch {
      throw CommandError(
        "不是 baogao 的结构模型（\(error)）。请用 baogao learn 生成模型文件。", path: input.path, exitCode: .usage)
    }
  }
}

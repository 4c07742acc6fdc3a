import Foundation
import ReportCompare
import ReportModel
import ReportOutline
import ReportText

/// `baogao compare DRAFT... [--ref FILE...|--model FILE] [--format text|markdown|json|html] [-o FILE]`: set
/// drafts' structure beside reference reports or a structure model.
enum CompareCommand: Command {
  static let spec = CommandSpec(
    name: "compare",
    summary: "把初稿的结构与参考报告或结构模型对照：部分、小节、篇幅、主题、编号、相似度和主要差异",
    discussion: """
      读取一份或几份初稿，与参考报告（--ref，文件或文件夹；文件夹中的 .txt 和 .md 按文件名排序读取，README 除外；\
      与初稿是同一个文件的参考报告会被跳过）或结构模型（--model，baogao learn 生成；都不给时用内置模型）对照。\
      参考报告中有同类报告时只与同类比较。
      输出：相似度（0～100）、最接近的参考报告、左右对照的结构（草稿的各部分和小节；参考报告中有这一部分的篇数、\
      小节数和篇幅占比的范围）、按重要程度排列的差异、主题覆盖和各级编号。
      给出几份初稿时，先列一张每份初稿一行的汇总表，再列每份初稿的差异（json、markdown、html 含每份的全部内容）。
      --ref 与 --model 不能同用。同样的输入总是得到同样的字节。退出码：0 完成；2 用法错误或文件无法读取。
      """,
    examples: [
      "baogao compare 初稿.txt",
      "baogao compare 初稿.txt --ref ../shared/corpus",
      "baogao compare 初稿/*.txt --ref 参考/ --format markdown -o 对照.md",
      "baogao compare 初稿.txt --model model.json --format json",
      "baogao compare 初稿.txt --ref 参考/ --format html -o 对照.html",
    ],
    options: [
      .repeated(
        "ref", placeholder: "FILE", isInputFile: true, help: "参考报告或存放参考报告的文件夹；不能与 --model 同用"),
      .value("model", placeholder: "FILE", isInputFile: true, help: "结构模型文件（baogao learn 生成）；不给 --ref 也不给它时用内置模型"),
      .value(
        "format", placeholder: "FORMAT", allowed: ["text", "markdown", "json", "html"], default: "text",
        help: "输出格式：text、markdown、json 或 html"),
      .output, .force,
    ],
    positionals: [.oneOrMore("DRAFT", help: "要比较的初稿；用 - 表示标准输入")])

  static func run(_ invocation: Invocation, io: CommandIO) throws -> ExitCode {
    let references = invocation.values("ref")
    if !references.isEmpty && invocation.isGiven("model") {
      throw UsageError.invalid("--ref 和 --model 不能同用：请给出参考报告，或给出结构模型。", in: invocation)
    }
    let draftPaths = invocation.positionals(named: "DRAFT")
    if draftPaths.filter({ $0 == "-" }).count > 1 {
      throw UsageError.invalid("标准输入（-）只能给一次。", in: invocation)
    }
    let model = try ModelInput.load(invocation.value("model"), io: io)
    let classifier = model.topicClassifier

    // Every input is read before anything is compared or written.
    let drafts = try draftPaths.map { Outline(parsing: try ReportInput.read($0, io: io)) }
    let referencePaths = try LearnCommand.expand(references, io: io)
    if referencePaths.contains("-") && draftPaths.contains("-") {
      throw UsageError.invalid("初稿和参考报告不能都从标准输入（-）读取。", in: invocation)
    }
    let referenceOutlines = try referencePaths.map { Outline(parsing: try ReportInput.read($0, io: io)) }

    var comparisons: [Comparison] = []
    var sets: [String: ReferenceSet] = [:]
    for (path, draft) in zip(draftPaths, drafts) {
      let shape = ReportShape(outline: draft, classifier: classifier)
      let set: ReferenceSet
      if references.isEmpty {
        set = ReferenceSet(model: model, genre: shape.genre)
        if set.reportCount == 0 {
          throw CommandError(
            "结构模型中没有\(shape.genre.chineseName)，无法与初稿比较。请用含有这类报告的模型（--model），或用 --ref 给出参考报告。",
            path: invocation.value("model"))
        }
      } else {
        // A reference that is the draft itself is left out.
        let kept = referencePaths.indices.filter { !sameFile(path, referencePaths[$0], io: io) }
        if kept.isEmpty {
          throw CommandError(
            "除初稿本身外没有参考报告可比较。请用 --ref 给出其他报告，或不给 --ref 而与结构模型比较。", path: path == "-" ? "<stdin>" : path)
        }
        let key =
          "\(shape.genre.rawValue) \(kept.count == referencePaths.count ? "all" : kept.map(String.init).joined(separator: ","))"
        if let cached = sets[key] {
          set = cached
        } else {
          set = ReferenceSet(references: kept.map { referenceOutlines[$0] }, for: shape.genre, classifier: classifier)
          sets[key] = set
        }
      }
      comparisons.append(Comparison(draft: shape, references: set))
    }

    let text: String
    switch invocation.value("format") {
    case "markdown": text = ComparisonMarkdownWriter.render(comparisons)
    case "json": text = ComparisonJSONWriter.render(comparisons)
    case "html": text = ComparisonHTMLWriter.render(comparisons)
    default: text = ComparisonTextWriter.render(comparisons)
    }
    // The files of a --ref folder are inputs too: -o never replaces one of them.
    if let output = invocation.value("output"), output != "-" {
      try io.writeFile(
        Array(text.utf8), to: output, replacingExisting: invocation.flag("force"),
        protecting: invocation.inputPaths + referencePaths)
    } else {
      io.standardOutput.write(text)
    }
    return .success
  }

  /// Whether two arguments name the same file (never for standard input).
  static func sameFile(_ a: String, _ b: String, io: CommandIO) -> Bool {
    a != "-" && b != "-" && FileIdentity.same(io.url(for: a), io.url(for: b))
  }
}

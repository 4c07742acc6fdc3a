import Foundation
import ReportModel

/// Finds a template folder: a path given on the command line, or a name (`annual`, `half-year`,
/// `summary-plan`, or the genre's Chinese name) looked up in the template roots.
///
/// Roots, in order: `$BAOGAO_TEMPLATES`; `Templates/` in the current directory; `Templates/` one to
/// three folders above the executable's folder (a `swift build` tree); `share/baogao/Templates`
/// beside the executable's folder (an installed copy); `Templates/` beside the executable.
struct TemplateLocator {
  let io: CommandIO

  /// Every folder that may hold the shipped templates, existing or not.
  var roots: [URL] {
    var roots: [URL] = []
    if let env = io.environment["BAOGAO_TEMPLATES"], !env.isEmpty { roots.append(io.url(for: env)) }
    roots.append(io.currentDirectory.appendingPathComponent("Templates"))
    let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ""))
      .resolvingSymlinksInPath()
    let folder = executable.deletingLastPathComponent()
    // A build tree: .build/<triple>/debug/baogao, or .build/debug/baogao.
    var up = folder
    for _ in 0..<3 {
      up = up.deletingLastPathComponent()
      roots.append(up.appendingPathComponent("Templates"))
    }
    roots.append(folder.deletingLastPathComponent().appendingPathComponent("share/baogao/Templates"))
    roots.append(folder.appendingPathComponent("Templates"))
    return roots
  }

  /// The folder name of the template for a genre.
  static func folderName(for genre: ReportGenre) -> String { genre.rawValue }

  /// The genre a `类别` value or a template name names: `annual`, `政府工作报告`, `half-year`, …
  static func genre(named name: String) -> ReportGenre? {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    return ReportGenre.allCases.first { $0.rawValue == trimmed || $0.chineseName == trimmed }
      ?? ReportGenre.allCases.first { trimmed.contains($0.chineseName) }
  }

  /// A folder under the current directory as a URL relative to it, so that messages name
  /// `Templates/annual/report.tpl` rather than an absolute path.
  func shown(_ folder: URL) -> URL {
    let base = io.currentDirectory.standardizedFileURL.path
    let path = folder.standardizedFileURL.path
    guard path.hasPrefix(base + "/") else { return folder }
    return URL(fileURLWithPath: String(path.dropFirst(base.count + 1)), relativeTo: io.currentDirectory)
  }

  /// The template folder for `argument`: an existing folder, else a name in the roots.
  func folder(for argument: String) throws -> URL {
    let direct = io.url(for: argument)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: direct.path, isDirectory: &isDirectory), isDirectory.boolValue {
      return shown(direct)
    }
    let name = TemplateLocator.genre(named: argument).map(TemplateLocator.folderName) ?? argument
    for root in roots {
      let candidate = root.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("manifest.yaml").path) {
        return shown(candidate)
      }
    }
    let names = ReportGenre.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
    throw CommandError(
      "找不到模板 '\(argument)'。请给出模板文件夹的路径，或使用内置模板名：\(names)。"
        + "内置模板在 Templates/ 下；也可用环境变量 BAOGAO_TEMPLATES 指定模板所在的文件夹。",
      exitCode: .usage)
  }
}

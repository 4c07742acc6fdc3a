import Foundation
import ReportModel
import ReportTemplate

/// Where a template comes from: a folder on disk, or one of the templates compiled into the program.
enum TemplateSource {
  case folder(URL)
  case builtIn(String)

  /// The name shown to users: the folder's path, or the built-in template's name.
  var shownName: String {
    switch self {
    case .folder(let url): url.relativePath
    case .builtIn(let name): "内置模板 \(name)"
    }
  }
}

/// Finds a template: a folder given on the command line, or a name (`annual`, `half-year`, `summary-plan`, or the
/// genre's Chinese name) looked up first in the user's template folders, then among the templates built into the
/// program.
///
/// User folders, in order: `$BAOGAO_TEMPLATES`, then `Templates/` in the current directory. A template found there
/// replaces the built-in one of the same name, so that a clerk's office can keep its own wording.
struct TemplateLocator {
  let io: CommandIO

  /// The folders that may hold the user's templates, existing or not.
  var roots: [URL] {
    var roots: [URL] = []
    if let env = io.environment["BAOGAO_TEMPLATES"], !env.isEmpty { roots.append(io.url(for: env)) }
    roots.append(io.currentDirectory.appendingPathComponent("Templates"))
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

  /// The template for `argument`: an existing folder, else a name in the user's folders, else a built-in one.
  func source(for argument: String) throws -> TemplateSource {
    let direct = io.url(for: argument)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: direct.path, isDirectory: &isDirectory), isDirectory.boolValue {
      return .folder(shown(direct))
    }
    let name = TemplateLocator.genre(named: argument).map(TemplateLocator.folderName) ?? argument
    for root in roots {
      let candidate = root.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("manifest.yaml").path) {
        return .folder(shown(candidate))
      }
    }
    if BuiltInTemplates.files[name] != nil { return .builtIn(name) }
    let names = ReportGenre.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
    throw CommandError(
      "找不到模板 '\(argument)'。请给出模板文件夹的路径，或使用内置模板名：\(names)。"
        + "运行 baogao templates 可以列出全部模板。",
      exitCode: .usage)
  }

  /// Every template there is: the user's (each folder with a manifest.yaml under a root) and the built-in ones that
  /// no user template of the same name replaces, by name.
  func all() -> [(name: String, source: TemplateSource)] {
    var found: [(String, TemplateSource)] = []
    var names = Set<String>()
    for root in roots {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
      for entry in entries.sorted() where !names.contains(entry) {
        let candidate = root.appendingPathComponent(entry)
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("manifest.yaml").path) {
          found.append((entry, .folder(shown(candidate))))
          names.insert(entry)
        }
      }
    }
    for name in BuiltInTemplates.files.keys.sorted() where !names.contains(name) {
      found.append((name, .builtIn(name)))
    }
    return found
  }
}

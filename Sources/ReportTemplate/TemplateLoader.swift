import Foundation
import ReportText

/// Finds, reads and parses the templates that `{% include "name" %}` names, and keeps them parsed.
///
/// Names are resolved in one folder only: a name may lead into a subfolder (`parts/review`) but may not contain
/// `..`, start with `/` or `~`, contain a backslash, or reach outside the folder through a symbolic link. A name
/// without an extension finds `name.tpl` when there is no file called `name`. All names are relative to the
/// loader's folder, also those written in an included template in a subfolder.
///
/// The loader can also serve templates from memory (`init(sources:)`), for tests and for templates shipped
/// inside the program. Parsed templates are cached, so a part included many times is parsed once; the loader
/// is safe to share between threads.
public final class TemplateLoader: @unchecked Sendable {
  /// The template folder, or `nil` for templates in memory.
  public let folder: URL?
  private let sources: [String: String]
  private let lock = NSLock()
  private var cache: [String: TemplateUnit] = [:]

  /// A loader for the templates in `folder`.
  public init(folder: URL) {
    self.folder = folder
    self.sources = [:]
  }

  /// A loader for templates given as text, by name (`"review.tpl": "…"`); names are matched as for a folder.
  public init(sources: [String: String]) {
    self.folder = nil
    self.sources = sources
  }

  /// The file extension tried after a name without one.
  public static let fileExtension = "tpl"

  /// The parsed template named `name`: from the cache, or found, read and parsed now.
  ///
  /// - Throws: `TemplateError` of kind `.includeOutsideFolder`, `.includeNotFound` or `.includeUnreadable`, located
  ///   at `site` (the include tag) in `context`; or the syntax errors of the template read.
  func unit(named name: String, site: Range<Int>, context: SyntaxContext) throws(TemplateError) -> TemplateUnit {
    guard Self.isAcceptable(name) else { throw context.error(.includeOutsideFolder(name: name), at: site) }
    lock.lock()
    let cached = cache[name]
    lock.unlock()
    if let cached { return cached }
    let (path, source) = try read(name, site: site, context: context)
    let unit = TemplateUnit(
      path: path, name: name, source: source, nodes: try TemplateParser.parse(source, path: path))
    lock.lock()
    defer { lock.unlock() }
    if let raced = cache[name] { return raced }
    cache[name] = unit
    return unit
  }

  /// Whether a name stays inside the folder as written.
  static func isAcceptable(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.hasPrefix("~"), !name.contains("\\"), !name.contains("\0")
    else { return false }
    return !name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
  }

  private func read(_ name: String, site: Range<Int>, context: SyntaxContext) throws(TemplateError)
    -> (String, SourceText)
  {
    let hasExtension = name.split(separator: "/").last?.contains(".") ?? false
    let candidates = hasExtension ? [name] : [name, name + "." + Self.fileExtension]
    guard let folder else {
      guard let found = candidates.first(where: { sources[$0] != nil }), let text = sources[found] else {
        throw context.error(.includeNotFound(name: name), at: site)
      }
      return (found, SourceText(path: found, string: text))
    }
    let root = folder.standardizedFileURL.resolvingSymlinksInPath()
    for candidate in candidates {
      let url = folder.appendingPathComponent(candidate)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
      guard resolved.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
        throw context.error(.includeOutsideFolder(name: name), at: site)
      }
      let shown = folder.relativePath == "." ? candidate : folder.relativePath + "/" + candidate
      do {
        return (shown, try SourceText.read(path: url.path).text.renamed(shown))
      } catch {
        throw context.error(.includeUnreadable(name: name, reason: error.message), at: site)
      }
    }
    throw context.error(.includeNotFound(name: name), at: site)
  }
}

extension SourceText {
  /// The same text under another path.
  func renamed(_ path: String) -> SourceText {
    path == self.path ? self : SourceText(path: path, utf8: bytes)
  }
}

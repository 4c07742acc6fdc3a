import Foundation
import Testing

@testable import ReportTemplate

/// The templates compiled into the program are the ones in `Templates/`, byte for byte.
///
/// `Sources/ReportTemplate/BuiltInTemplates.swift` is written from the folder: after changing a template, run
/// `RECORD_TEMPLATES=1 swift test --filter BuiltInTemplatesTests` (the test then fails once to say it wrote it).
@Suite struct BuiltInTemplatesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let folder = root.appendingPathComponent("Templates")
  static let source = root.appendingPathComponent("Sources/ReportTemplate/BuiltInTemplates.swift")

  /// Every template folder's manifest and templates, by folder name and file name.
  static func filesOnDisk() throws -> [String: [String: String]] {
    let fm = FileManager.default
    var result: [String: [String: String]] = [:]
    for name in try fm.contentsOfDirectory(atPath: folder.path).sorted() {
      let dir = folder.appendingPathComponent(name)
      guard fm.fileExists(atPath: dir.appendingPathComponent("manifest.yaml").path) else { continue }
      var files: [String: String] = [:]
      let enumerator = fm.enumerator(atPath: dir.path)
      while let relative = enumerator?.nextObject() as? String {
        guard relative.hasSuffix(".tpl") || relative == "manifest.yaml" else { continue }
        files[relative] = try String(contentsOf: dir.appendingPathComponent(relative), encoding: .utf8)
      }
      result[name] = files
    }
    return result
  }

  /// The Swift source that holds `files`.
  static func swiftSource(_ files: [String: [String: String]]) -> String {
    var out = """
      // Written by BuiltInTemplatesTests from Templates/ (RECORD_TEMPLATES=1 swift test --filter BuiltInTemplatesTests).
      // Do not edit: change the files in Templates/ and record again.

      /// The templates shipped inside the program, so that a copied binary generates without its folder: by template
      /// name (`annual`, `half-year`, `summary-plan`), each file's text by its name in the folder.
      public enum BuiltInTemplates {
        public static let files: [String: [String: String]] = [

      """
    for name in files.keys.sorted() {
      out += "    \"\(name)\": [\n"
      for file in files[name]!.keys.sorted() {
        out += "      \"\(file)\": #\"\"\"\n"
        for line in files[name]![file]!.split(separator: "\n", omittingEmptySubsequences: false) {
          out += line.isEmpty ? "\n" : "        \(line)\n"
        }
        out += "        \"\"\"#,\n"
      }
      out += "    ],\n"
    }
    out += "  ]\n}\n"
    return out
  }

  @Test func compiledTemplatesAreTheFolders() throws {
    let files = try Self.filesOnDisk()
    #expect(files.count >= 3)
    let expected = Self.swiftSource(files)
    let current = try? String(contentsOf: Self.source, encoding: .utf8)
    if ProcessInfo.processInfo.environment["RECORD_TEMPLATES"] == "1", current != expected {
      try expected.write(to: Self.source, atomically: true, encoding: .utf8)
      Issue.record("BuiltInTemplates.swift rewritten")
      return
    }
    #expect(current == expected, "run RECORD_TEMPLATES=1 swift test --filter BuiltInTemplatesTests")
    #expect(BuiltInTemplates.files == files)
  }
}

import Foundation
import ReportTemplate
import ReportText
import Testing

/// Includes: found in the template's folder only, parsed once, checked for cycles and depth before rendering.
@Suite struct TemplateLoaderTests {
  static let data: TestData = ["镇名": "青禾镇", "成绩": ["产业", "生态"]]

  @Test func includeSeesTheVariablesAndItsSetsStayInside() {
    let parts = ["item.tpl": "{% set 内部 = \"内\" %}{{ loop.index }}.{{ 项 }}{{ 内部 }}\n", "head": "# {{ 镇名 }}\n"]
    let template =
      "{% include \"head\" %}\n{% for 项 in 成绩 %}\n{% include \"item.tpl\" %}\n{% endfor %}\n{{ 内部 | default(\"外\") }}"
    #expect(text(template, Self.data, parts: parts) == "# 青禾镇\n1.产业内\n2.生态内\n外")
  }

  @Test func namesWithoutExtensionFindTpl() {
    #expect(text("{% include \"part\" %}", Self.data, parts: ["part.tpl": "甲"]) == "甲")
    #expect(text("{% include \"part.tpl\" %}", Self.data, parts: ["part.tpl": "甲"]) == "甲")
  }

  @Test func sharedPartsAreParsedOnceAndWalkedOnce() throws {
    // Each level includes the next twice: 2^15 includes when rendered, one parse per file.
    var parts: [String: String] = [:]
    for level in 0..<15 { parts["p\(level)"] = "{% include \"p\(level + 1)\" %}{% include \"p\(level + 1)\" %}" }
    parts["p15"] = "x"
    let template = try Template(path: "报告.tpl", string: "{% include \"p0\" %}", loader: TemplateLoader(sources: parts))
    #expect(template.templatePaths.count == 17)
    #expect(template.slots().isEmpty)
    #expect(try template.render(data: TestData.map([]).node).text.count == 32768)
  }

  @Test func includeErrors() {
    let parts = ["a": "{% include \"b\" %}", "b": "{% include \"a\" %}", "self": "{% include \"self\" %}"]
    let notFound = templateError("甲\n{% include \"无此文件\" %}", parts: parts)
    #expect(notFound?.kind == .includeNotFound(name: "无此文件"))
    #expect(notFound?.range.compactDescription == "2:1-2:21")
    #expect(templateError("{% include \"../secret\" %}")?.kind == .includeOutsideFolder(name: "../secret"))
    #expect(templateError("{% include \"/etc/passwd\" %}")?.kind == .includeOutsideFolder(name: "/etc/passwd"))
    #expect(templateError("{% include \"parts/../../x\" %}")?.kind == .includeOutsideFolder(name: "parts/../../x"))
    #expect(templateError("{% include \"a\\\\b\" %}")?.kind == .includeOutsideFolder(name: "a\\b"))
    let cycle = templateError("{% include \"a\" %}", parts: parts)
    #expect(cycle?.kind == .includeCycle(chain: ["a", "b", "a"]))
    #expect(cycle?.templatePath == "b")
    #expect(cycle?.includeStack.map(\.description) == ["报告.tpl:1:1", "a:1:1"])
    #expect(templateError("{% include \"self\" %}", parts: parts)?.kind == .includeCycle(chain: ["self", "self"]))
    #expect(cycle?.kind.message == "模板互相包含：a → b → a")
  }

  @Test func includeDepthIsLimitedTo16() {
    var parts: [String: String] = [:]
    for level in 1...17 { parts["p\(level)"] = level == 17 ? "底" : "{% include \"p\(level + 1)\" %}" }
    let error = templateError("{% include \"p1\" %}", parts: parts)
    guard case .includeTooDeep(let chain, 16)? = error?.kind else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(chain == ["报告.tpl"] + (1...16).map { "p\($0)" })
    #expect(error?.templatePath == "p16")
    #expect(error?.includeStack.count == 16)
    // Sixteen levels are fine.
    parts["p16"] = "底"
    #expect(text("{% include \"p1\" %}", parts: parts) == "底")
  }

  @Test func errorsInsideIncludesCarryTheIncludeStack() throws {
    let parts = ["review.tpl": "# 回顾\n{% include \"figures.tpl\" %}\n", "figures.tpl": "全年{{ 收入 / 0 }}\n{{ 村 }}"]
    let error = try #require(templateError("前言\n{% include \"review.tpl\" %}", ["收入": "5"], parts: parts))
    #expect(error.kind == .divisionByZero)
    #expect(error.templatePath == "figures.tpl")
    #expect(error.includeStack.map(\.description) == ["报告.tpl:2:1", "review.tpl:2:1"])
    #expect(
      error.rendered() == """
        figures.tpl:1:11: error: 除数为零
        全年{{ 收入 / 0 }}
                      ^
          = 帮助：检查除数的数据，或先用 {% if 除数 != 0 %} 判断。
        review.tpl:2:1: note: 由这里的 include 包含
        报告.tpl:2:1: note: 由这里的 include 包含

        """)
    let syntax = try #require(templateError("{% include \"bad\" %}", parts: ["bad": "\n{% if %}"]))
    #expect(syntax.templatePath == "bad")
    #expect(syntax.includeStack.map(\.description) == ["报告.tpl:1:1"])
  }

  @Test func missingDataInsideIncludesCarriesTheIncludeStack() {
    let missing = missingPaths("{% include \"part\" %}", parts: ["part": "{{ 镇长 }}"])
    #expect(missing.map(\.templatePath) == ["part"])
    #expect(missing.first?.includeStack.map(\.description) == ["报告.tpl:1:1"])
  }

  // MARK: - Files

  @Test func loadsFromAFolderAndStaysInside() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("baogao-tpl-\(UUID().uuidString)")
    let folder = root.appendingPathComponent("annual")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "# {{ 镇名 }}政府工作报告\n{% include \"parts/review\" %}".write(
      to: folder.appendingPathComponent("main.tpl"), atomically: true, encoding: .utf8)
    try "　　{{ 成绩 | join_cn }}。\n".write(
      to: folder.appendingPathComponent("parts/review.tpl"), atomically: true, encoding: .utf8)
    try "秘密".write(to: root.appendingPathComponent("secret.tpl"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("link.tpl"), withDestinationURL: root.appendingPathComponent("secret.tpl"))
    try Data([0x00, 0x01, 0x02, 0x00]).write(to: folder.appendingPathComponent("binary.tpl"))

    let loader = TemplateLoader(folder: folder)
    let template = try Template(named: "main", loader: loader)
    #expect(try template.render(data: Self.data.document()).text == "# 青禾镇政府工作报告\n　　产业和生态。\n")
    #expect(template.templatePaths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["main.tpl", "review.tpl"])

    let errors = ["link", "binary", "无", "../secret"].map { templateKind($0, loader) }
    #expect(errors[0] == .includeOutsideFolder(name: "link"))
    guard case .includeUnreadable(name: "binary", _)? = errors[1] else {
      Issue.record("binary file: \(String(describing: errors[1]))")
      return
    }
    #expect(errors[2] == .includeNotFound(name: "无"))
    #expect(errors[3] == .includeOutsideFolder(name: "../secret"))
    #expect(throws: TemplateError.self) { try Template(named: "没有", loader: loader) }
  }
}

/// The kind of error including `name` raises.
private func templateKind(_ name: String, _ loader: TemplateLoader) -> TemplateError.Kind? {
  do {
    _ = try Template(path: "t", string: "{% include \"\(name)\" %}", loader: loader)
    return nil
  } catch {
    return error.kind
  }
}

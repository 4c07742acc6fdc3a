import Foundation
import ReportModel
import Testing

@testable import ReportLint
@testable import ReportText

/// Every output format, as golden strings on a small text with the test-only rules.
@Suite struct LintOutputTests {
  static let text = "标题\n　　全镇完成XX亿元，坏词。\n"

  static func files() throws -> [LintedFile] {
    let source = SourceText(path: "r,1:x.txt", string: text)
    let linter = Linter(
      rules: [TestPlaceholderRule.self, TestBadWordRule.self], model: try StructureModel.loadDefault())
    return [LintedFile(source: source, findings: linter.lint(source))]
  }

  @Test func text() throws {
    let out = LintTextWriter().write(try Self.files())
    #expect(
      out == """
        r,1:x.txt:2:7: warning: 发现未填写的占位符“XX” [placeholder.testxx]
        　　全镇完成XX亿元，坏词。
                    ^~
          = 帮助：可自动修复（--fix）：把“XX”改为“某”
        r,1:x.txt:2:12: error: 不要用“坏词” [wording.testbad]
        　　全镇完成XX亿元，坏词。
                            ^~~~
        共 2 个问题：1 个错误，1 个警告

        """)
  }

  @Test func textWithoutFindings() {
    #expect(LintTextWriter().write([]) == "没有发现问题\n")
  }

  @Test func colourOnlyWhenAsked() throws {
    #expect(!LintTextWriter().write(try Self.files()).contains("\u{1B}["))
    #expect(LintTextWriter(usesColor: true).write(try Self.files()).contains("\u{1B}["))
  }

  @Test func json() throws {
    let out = LintJSONWriter().write(try Self.files())
    let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]
    #expect(parsed?.count == 2)
    #expect(parsed?[0]["rule"] as? String == "placeholder.testxx")
    #expect(parsed?[0]["column"] as? Int == 7)
    #expect(parsed?[0]["endColumn"] as? Int == 9)
    let fix = parsed?[0]["fix"] as? [String: Any]
    let edits = fix?["edits"] as? [[String: Any]]
    #expect(edits?.first?["replacement"] as? String == "某")
    #expect(parsed?[1]["fix"] == nil)
    let keys = [
      "\"file\"", "\"line\"", "\"column\"", "\"endLine\"", "\"endColumn\"", "\"severity\"", "\"rule\"", "\"message\"",
    ]
    let positions = keys.map { out.range(of: $0)!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(LintJSONWriter().write([]) == "[]\n")
  }

  @Test func sarif() throws {
    let writer = LintSARIFWriter(
      toolVersion: "9.9", rules: [TestPlaceholderRule.description, TestBadWordRule.description])
    let out = writer.write(try Self.files())
    let log = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String != nil)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "baogao")
    #expect(driver["version"] as? String == "9.9")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["placeholder.testxx", "wording.testbad"])
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["level"] as? String } == ["warning", "error"])
    let location = try #require(
      (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "r,1:x.txt")
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 2)
    #expect(region["startColumn"] as? Int == 12)
    #expect(region["endColumn"] as? Int == 14)
  }

  @Test func github() throws {
    let out = LintGitHubWriter().write(try Self.files())
    #expect(
      out == """
        ::warning file=r%2C1%3Ax.txt,line=2,col=7,endLine=2,endColumn=9,title=placeholder.testxx::发现未填写的占位符“XX”
        ::error file=r%2C1%3Ax.txt,line=2,col=12,endLine=2,endColumn=14,title=wording.testbad::不要用“坏词”

        """)
    #expect(LintGitHubWriter.escapeData("50%\r\n") == "50%25%0D%0A")
  }

  @Test func summaryCounts() {
    #expect(LintTextWriter.summary([.error: 1, .warning: 2]) == "共 3 个问题：1 个错误，2 个警告")
    #expect(LintTextWriter.summary([.info: 1]) == "共 1 个问题：0 个错误，0 个警告，1 个提示")
  }
}

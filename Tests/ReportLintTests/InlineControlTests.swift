import ReportModel
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct InlineControlTests {
  func lint(_ text: String) throws -> [String] {
    let linter = Linter(
      rules: [TestPlaceholderRule.self, TestBadWordRule.self], model: try StructureModel.loadDefault())
    return linter.lintHonoringComments(SourceText(path: "r", string: text)).map {
      "\($0.range.lowerBound.line) \($0.ruleID)"
    }
  }

  @Test func disableAndEnableOneRule() throws {
    let text = """
      XX坏词
      <!-- baogao-disable placeholder.testxx -->
      XX坏词
      <!-- baogao-enable placeholder.testxx -->
      XX坏词

      """
    #expect(
      try lint(text) == [
        "1 placeholder.testxx", "1 wording.testbad", "3 wording.testbad", "5 placeholder.testxx", "5 wording.testbad",
      ])
  }

  @Test func disableAllThenEnableOne() throws {
    let text = "中文在前。<!-- baogao-disable -->\nXX坏词\n<!-- baogao-enable wording.testbad -->\nXX坏词\n"
    #expect(try lint(text) == ["4 wording.testbad"])
  }

  @Test func nextLineWithSeveralIds() throws {
    let text = "<!-- baogao-disable-next-line placeholder.testxx, wording.testbad -->\nXX坏词\nXX\n"
    #expect(try lint(text) == ["3 placeholder.testxx"])
    let all = "<!-- baogao-disable-next-line -->\nXX坏词\n坏词\n"
    #expect(try lint(all) == ["3 wording.testbad"])
  }

  @Test func otherCommentsAreIgnored() throws {
    #expect(try lint("<!-- 备注 -->XX\n").count == 1)
    #expect(InlineControl(source: SourceText(path: "r", string: "没有注释\n")).isEmpty)
  }
}

import ReportModel
import Testing

@testable import ReportLint
@testable import ReportText

@Suite struct FixingTests {
  @Test func fixesUntilStableAndTwiceChangesNothing() throws {
    let linter = Linter(
      rules: [TestPlaceholderRule.self, TestBadWordRule.self], model: try StructureModel.loadDefault())
    let source = SourceText(path: "r", string: "中文XX，XXXX坏词\n")
    let (fixed, findings) = linter.fixing(source)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == "中文某，某某坏词\n")
    #expect(findings.map(\.ruleID) == ["wording.testbad"])
    let (again, _) = linter.fixing(fixed)
    #expect(again.bytes == fixed.bytes)
  }

  @Test func overlappingFixesWaitForTheNextRound() {
    let whole = Fix(
      edits: [TextEdit(range: 0..<1, replacement: "a"), TextEdit(range: 4..<5, replacement: "b")], summary: "")
    let inside = Fix(replacing: 2..<3, with: "c", summary: "")
    let after = Fix(replacing: 5..<6, with: "d", summary: "")
    #expect(Linter.nonOverlapping([after, inside, whole]) == [whole, after])
  }

  @Test func diffHasContextAndHunks() {
    let old = (1...12).map { "第\($0)行" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "第2行", with: "第二行").replacingOccurrences(of: "第11行", with: "第十一行")
    #expect(
      UnifiedDiff().diff(old, new, path: "r.txt") == """
        --- a/r.txt
        +++ b/r.txt
        @@ -1,5 +1,5 @@
         第1行
        -第2行
        +第二行
         第3行
         第4行
         第5行
        @@ -8,5 +8,5 @@
         第8行
         第9行
         第10行
        -第11行
        +第十一行
         第12行

        """)
    #expect(UnifiedDiff().diff(old, old, path: "r.txt") == "")
  }

  @Test func diffInsertionsAndDeletions() {
    let diff = UnifiedDiff().diff("a\nb\nc\n", "a\nc\nd\n", path: "f")
    #expect(diff == "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n")
    #expect(UnifiedDiff().diff("", "x\n", path: "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n")
  }

  @Test func diffOfLongTextsIsFast() {
    let old = (1...20000).map { "第\($0)行" }.joined(separator: "\n")
    let new = old.replacingOccurrences(of: "第5000行", with: "改")
    #expect(UnifiedDiff().diff(old, new, path: "f").contains("+改"))
  }
}

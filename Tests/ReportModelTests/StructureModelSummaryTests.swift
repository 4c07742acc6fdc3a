import ReportText
import Testing

@testable import ReportModel

@Suite struct StructureModelSummaryTests {
  @Test func countsWideCharactersAsTwoCells() {
    #expect(displayWidth("abc") == 3)
    #expect(displayWidth("工作回顾") == 8)
    #expect(displayWidth("（一）") == 6)
    #expect(displayWidth("1/2（50%）") == 10)
  }

  @Test func alignsColumnsByDisplayWidth() {
    var table = TextTable(indent: 2, header: ["部分", "出现"])
    table.append(["开头", "1"])
    table.append(["问题与不足", "2"])
    table.append(["x", "3"])
    let lines = table.render().split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    let lastCells = ["出现", "1", "2", "3"]
    let columns = zip(lines, lastCells).map { displayWidth($0) - displayWidth($1) }
    #expect(Set(columns).count == 1, "\(lines)")
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func summarisesEveryGenreWithReports() {
    let summary = StructureModel.learn(from: StructureModelTests.outlines).summary()
    #expect(summary.contains("政府工作报告（annual）：1 篇"))
    #expect(summary.contains("上半年政府工作报告（half-year）：2 篇"))
    #expect(summary.contains("工作总结和工作计划（summary-plan）：1 篇"))
    #expect(summary.contains("问题与不足"))
    #expect(summary.contains("“在肯定成绩的同时” 2"))
    #expect(summary.contains("主题提示词"))
  }

  @Test func formatsNumbersTheSameEverywhere() {
    #expect(StructureModel.number(3) == "3")
    #expect(StructureModel.number(4.5) == "4.5")
    #expect(StructureModel.percent(0.8333, digits: 0) == "83%")
    #expect(StructureModel.percent(0.0077, digits: 1) == "0.8%")
  }
}

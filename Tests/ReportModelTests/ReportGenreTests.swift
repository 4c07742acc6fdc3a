import Foundation
import ReportModel
import ReportOutline
import ReportText
import Testing

@Suite struct ReportGenreTests {
  @Test func namesAreStable() {
    #expect(ReportGenre.allCases.map(\.rawValue) == ["annual", "half-year", "summary-plan"])
    #expect(ReportGenre.allCases.map(\.chineseName) == ["政府工作报告", "上半年政府工作报告", "工作总结和工作计划"])
  }

  @Test(.enabled(if: Corpus.isPresent, Comment(rawValue: Corpus.absentMessage)), arguments: Corpus.files)
  func detectsTheGenreOfEveryCorpusReport(_ url: URL) throws {
    let bytes = try [UInt8](Data(contentsOf: url))
    // The detector sees a neutral path, so the file name cannot help it.
    let outline = Outline(parsing: SourceText(path: "report.txt", utf8: bytes))
    let stated = try #require(Corpus.statedGenre(of: url))
    #expect(ReportGenre(detecting: outline) == stated, "\(url.lastPathComponent)")
  }

  @Test func detectsTheFictionalReports() {
    #expect(ReportGenre(detecting: FictionalReports.outline(FictionalReports.annual, path: "a.txt")) == .annual)
    #expect(ReportGenre(detecting: FictionalReports.outline(FictionalReports.halfYear, path: "b.txt")) == .halfYear)
    #expect(
      ReportGenre(detecting: FictionalReports.outline(FictionalReports.summaryPlan, path: "c.txt")) == .summaryPlan)
  }

  @Test(arguments: [
    // A part heading "…年工作总结" without a title.
    ("今年以来，南渡镇各项工作平稳有序。\n2024年工作总结\n一、农业生产平稳\n种下早稻三千亩。\n2025年工作计划\n一、抓好春耕\n备足种子化肥。\n", ReportGenre.summaryPlan),
    // A part heading naming the first half of the year, under a title that says 政府工作报告.
    ("北坪镇政府工作报告\n各位代表：\n现在，我代表镇人民政府报告工作。\n上半年工作回顾\n一、项目推进有力\n开工三个项目。\n", .halfYear),
    // The congress frame and nothing else.
    ("政府工作报告\n——在东岭镇第三届人民代表大会第一次会议上\n各位代表：\n现在，我代表镇人民政府报告工作。\n一、过去一年工作回顾\n各项工作有序开展。\n", .annual),
  ])
  func detectsFromGeneralCues(_ text: String, _ genre: ReportGenre) {
    #expect(ReportGenre(detecting: FictionalReports.outline(text, path: "x.txt")) == genre)
  }

  @Test func fallsBackOnTheOpeningOfThePlan() {
    let text = "各位代表：\n现在，我代表西塘镇人民政府报告工作。\n一、工作回顾\n各项工作有序开展。\n二、工作安排\n下半年，我们将抓好秋收。\n"
    #expect(ReportGenre(detecting: FictionalReports.outline(text, path: "x.txt")) == .halfYear)
  }
}

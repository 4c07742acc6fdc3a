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

  /// The 144 reports of `corpus-annual` are all 政府工作报告, though most have lost their title block.
  @Test(.enabled(if: !Corpus.annualFiles.isEmpty, Comment(rawValue: Corpus.annualAbsentMessage)))
  func detectsEveryAnnualReportOfCorpusAnnual() throws {
    var wrong: [String] = []
    for url in Corpus.annualFiles {
      let decoded = try SourceText.decode([UInt8](Data(contentsOf: url)), path: "report.txt")
      let genre = ReportGenre(detecting: Outline(parsing: decoded.text))
      if genre != .annual { wrong.append("\(url.lastPathComponent): \(genre)") }
    }
    #expect(Corpus.annualFiles.count == 144)
    #expect(wrong.isEmpty, "\(wrong)")
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

@Suite struct GovernmentLevelTests {
  @Test(arguments: [
    ("现在，我代表青禾镇人民政府，向大会报告工作，请予审议。", GovernmentLevel.township),
    ("现在，我代表街道办事处向议政会报告工作。", .township),
    ("现在，我代表深圳市坪山区人民政府，向大会报告工作。", .county),
    ("现在，我代表新区管理委员会向大会作工作报告。", .county),
    ("现在，我代表市人民政府向大会作政府工作报告。", .city),
    ("我代表省人民政府向大会作政府工作报告。", .province),
    ("现在，我代表广西壮族自治区人民政府向大会作政府工作报告。", .province),
    ("现在，我代表国务院，向大会报告政府工作。", .stateCouncil),
  ])
  func readsTheGovernmentTheSpeakerReportsFor(_ formula: String, _ level: GovernmentLevel) {
    let text = "各位代表：\n" + formula + "\n一、2024年工作回顾\n全市经济运行平稳。\n"
    #expect(GovernmentLevel(detecting: Outline(parsing: SourceText(path: "a.txt", string: text))) == level)
  }

  @Test func fallsBackOnThePlaceTheTextSpeaksOfMost() {
    let text = "一、2024年工作回顾\n全镇经济运行平稳，全镇财政收入增长。全市排名第三。\n二、2025年工作安排\n全镇上下共同努力。\n"
    #expect(GovernmentLevel(detecting: Outline(parsing: SourceText(path: "a.txt", string: text))) == .township)
    #expect(GovernmentLevel(detecting: Outline(parsing: SourceText(path: "a.txt", string: "一、工作回顾\n略。\n"))) == nil)
  }

  /// The level of every report of `corpus-annual`, by the government its file name gives.
  @Test(.enabled(if: !Corpus.annualFiles.isEmpty, Comment(rawValue: Corpus.annualAbsentMessage)))
  func readsTheLevelOfEveryAnnualReport() throws {
    var wrong: [String] = []
    for url in Corpus.annualFiles {
      let name = url.lastPathComponent
      let decoded = try SourceText.decode([UInt8](Data(contentsOf: url)), path: "report.txt")
      let found = GovernmentLevel(detecting: Outline(parsing: decoded.text))
      let expected: GovernmentLevel? =
        name.contains("guowuyuan") ? .stateCouncil : name.contains("guangdong") ? .province
        : name.contains("shenzhen") ? .city : name == "annual-2021-sz-pingshan.txt" ? nil : .county
      if found != expected { wrong.append("\(name): \(String(describing: found))") }
    }
    #expect(wrong.isEmpty, "\(wrong)")
  }
}

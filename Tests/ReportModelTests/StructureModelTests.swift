import Foundation
import ReportOutline
import Testing

@testable import ReportModel

@Suite struct StructureModelTests {
  /// A second half-year report of 柳湾镇: no preamble, four review sections, thanks.
  static let secondHalfYear = """
    柳湾镇2024年上半年政府工作报告
    上半年工作回顾
    今年以来，柳湾镇紧盯年度目标，各项工作有序推进。
    一、工业经济稳中有升
    新增规上企业一家。
    二、乡村振兴蹄疾步稳
    建成示范村两个。
    三、生态环境持续向好
    河道水质保持稳定。
    四、民生保障更加有力
    发放救助金一百万元。
    各位代表，成绩来之不易，感谢全镇干部群众的辛勤付出！
    在肯定成绩的同时，我们也要看到，发展后劲仍需增强。
    下半年工作安排
    下半年，我们将紧盯目标不放松。
    一、加快项目落地
    确保新项目年内开工。
    二、抓好安全生产
    开展隐患排查整治。
    三、推进依法行政
    规范行政执法程序。
    """

  static let outlines = [
    FictionalReports.outline(FictionalReports.annual, path: "/tmp/towns/annual-qinghe.txt"),
    FictionalReports.outline(FictionalReports.halfYear, path: "half-xikou.txt"),
    FictionalReports.outline(secondHalfYear, path: "half-liuwan.txt"),
    FictionalReports.outline(FictionalReports.summaryPlan, path: "summary-plan-shiqiao.txt"),
  ]

  static let model = StructureModel.learn(from: outlines)

  @Test func recordsFileNamesSortedWithGenresAndSizes() {
    let model = Self.model
    #expect(model.version == StructureModel.currentVersion)
    #expect(
      model.sources.map(\.file) == [
        "annual-qinghe.txt", "half-liuwan.txt", "half-xikou.txt", "summary-plan-shiqiao.txt",
      ])
    #expect(model.sources.map(\.genre) == [.annual, .halfYear, .halfYear, .summaryPlan])
    #expect(model.sources[0].bytes == FictionalReports.annual.utf8.count)
    #expect(model.genres.map(\.genre) == ReportGenre.allCases)
    #expect(model.genres.map(\.reportCount) == [1, 2, 1])
  }

  @Test func learnsPartsInTheirUsualOrder() throws {
    let annual = Self.model.profile(for: .annual)
    #expect(annual.parts.map(\.role) == [.preamble, .review, .thanks, .problems, .plan, .guidance, .closing])
    #expect(annual.parts.map(\.order) == Array(1...7))
    let halfYear = Self.model.profile(for: .halfYear)
    #expect(halfYear.parts.map(\.role) == [.preamble, .review, .thanks, .problems, .plan, .closing])
    let preamble = try #require(halfYear.part(.preamble))
    #expect(preamble.reportCount == 1)
    #expect(preamble.reportShare == 0.5)
    #expect(try #require(halfYear.part(.problems)).reportCount == 2)
    // 柳湾 has no preamble, so its review comes first; in 溪口 it comes second.
    #expect(try #require(halfYear.part(.review)).medianRank == 1.5)
    // The thanks only 柳湾 has still goes between review and problems.
    #expect(try #require(halfYear.part(.thanks)).medianRank == 2)
  }

  @Test func learnsSectionCountsAndShares() throws {
    let halfYear = Self.model.profile(for: .halfYear)
    let review = try #require(halfYear.part(.review))
    #expect(review.sectionCount == StructureModel.Spread(min: 3, median: 3.5, max: 4))
    let plan = try #require(halfYear.part(.plan))
    #expect(plan.sectionCount == StructureModel.Spread(min: 2, median: 2.5, max: 3))
    for part in halfYear.parts {
      #expect(part.textShare.min > 0 && part.textShare.max < 1)
      #expect(part.textShare.min <= part.textShare.median && part.textShare.median <= part.textShare.max)
    }
    let annual = Self.model.profile(for: .annual)
    let annualReview = try #require(annual.part(.review))
    let shares = [annualReview.textShare.min, annualReview.textShare.median, annualReview.textShare.max]
    #expect(Set(shares).count == 1, "one report: min = median = max")
  }

  @Test func countsNumberingStylesPerDepth() {
    let annual = Self.model.profile(for: .annual)
    #expect(annual.numbering.map(\.depth) == [0, 1])
    #expect(annual.numbering[0].styles == [.init(style: "一、", count: 2)])
    #expect(annual.numbering[1].styles == [.init(style: "（一）", count: 2)])
    let halfYear = Self.model.profile(for: .halfYear)
    #expect(halfYear.numbering[0].styles == [.init(style: "plain", count: 4)])
    #expect(halfYear.numbering[1].styles == [.init(style: "一、", count: 4)])
  }

  @Test func coversTopicsPerPart() throws {
    let annual = Self.model.profile(for: .annual)
    let review = try #require(annual.part(.review))
    #expect(review.topics.map(\.topic) == [.economy, .environment, .livelihood])
    let plan = try #require(annual.part(.plan))
    #expect(plan.reportCount(covering: .safety) == 1)
    #expect(plan.reportCount(covering: .rural) == 0)
    let halfYearReview = try #require(Self.model.profile(for: .halfYear).part(.review))
    #expect(halfYearReview.reportCount(covering: .economy) == 2)
    #expect(Self.model.topics.map(\.topic) == ReportTopic.assignable)
    #expect(Self.model.topics.allSatisfy { $0.seedCues == $0.topic.seedCues })
  }

  @Test func keepsOpeningPhrasesOfTwoReports() throws {
    let halfYear = Self.model.profile(for: .halfYear)
    let problems = try #require(halfYear.part(.problems))
    #expect(problems.openingPhrases == [.init(phrase: "在肯定成绩的同时", reportCount: 2)])
    let plan = try #require(halfYear.part(.plan))
    #expect(plan.openingPhrases == [.init(phrase: "下半年", reportCount: 2)])
    #expect(Self.model.openingPhrases(for: .problems).first == .init(phrase: "在肯定成绩的同时", reportCount: 3))
    let review = Self.model.openingPhrases(for: .review)
    #expect(review.contains(.init(phrase: "今年以来", reportCount: 2)))
    let all =
      Self.model.openingPhrases.flatMap(\.phrases) + Self.model.genres.flatMap(\.parts).flatMap(\.openingPhrases)
    #expect(all.allSatisfy { $0.phrase.unicodeScalars.count <= 12 && $0.reportCount >= 2 })
  }

  @Test func anEmptyModelHasEmptyProfiles() {
    let model = StructureModel.learn(from: [])
    #expect(model.sources.isEmpty)
    #expect(model.genres.map(\.reportCount) == [0, 0, 0])
    #expect(model.genres.allSatisfy { $0.parts.isEmpty && $0.numbering.isEmpty })
    #expect(model.summary().hasPrefix("结构模型"))
  }

  @Test func learnsAThousandReports() {
    let many = (0..<1000).map { Self.outlines[$0 % Self.outlines.count] }
    let clock = ContinuousClock()
    var model: StructureModel?
    let elapsed = clock.measure { model = StructureModel.learn(from: many) }
    #expect(model?.genres.map(\.reportCount).reduce(0, +) == 1000)
    #if !DEBUG
      #expect(elapsed < .seconds(2), "learning 1000 reports took \(elapsed)")
    #endif
    _ = elapsed
  }
}

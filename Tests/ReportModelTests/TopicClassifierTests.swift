import ReportOutline
import Testing

@testable import ReportModel

@Suite struct TopicClassifierTests {
  @Test(arguments: [
    ("招商引资再创新高", ReportTopic.economy),
    ("巩固脱贫成果，推进乡村振兴", .rural),
    ("村级集体经济持续壮大", .rural),
    ("改善人居环境，建设美丽集镇", .environment),
    ("办好民生实事，兜牢保障底线", .livelihood),
    ("化解矛盾纠纷，守护平安稳定", .safety),
    ("转变工作作风，提升行政效能", .government),
    ("项目带动乡村发展", .economy),
    ("坚定信心向前进", .other),
  ])
  func classifiesTitles(_ title: String, _ topic: ReportTopic) {
    #expect(TopicClassifier.seed.topic(of: title) == topic)
  }

  @Test func countsTheLongestCueOnce() {
    #expect(TopicClassifier.seed.hits(in: "发展集体经济") == [.rural: 1])
    #expect(TopicClassifier.seed.hits(in: "项目、项目、产业") == [.economy: 3])
    #expect(TopicClassifier.seed.hits(in: "").isEmpty)
  }

  @Test func readsASectionWithItsRunInHeadings() throws {
    let text = "各位代表：\n现在，我代表南湖镇人民政府报告工作。\n一、工作回顾\n（一）重点工作有序开展\n安全生产形势平稳。全年未发生较大事故。\n矛盾调处及时有效。调解纠纷三十件。\n"
    let outline = FictionalReports.outline(text, path: "x.txt")
    let review = try #require(outline.parts.first { $0.role == .review })
    guard case .section(let section)? = review.blocks.first(where: { if case .section = $0 { true } else { false } })
    else {
      Issue.record("no section in \(review)")
      return
    }
    let words = TopicClassifier.classificationText(of: section)
    #expect(words.hasPrefix("重点工作有序开展"))
    #expect(TopicClassifier.seed.topic(of: section) == .safety)
  }

  @Test func usesExtraCues() {
    let classifier = TopicClassifier(cues: [.safety: ["网格"], .other: ["网格"]])
    #expect(classifier.topic(of: "建好网格队伍") == .safety)
    #expect(TopicClassifier.seed.topic(of: "建好网格队伍") == .other)
  }

  @Test func theModelClassifierAddsLearnedCues() {
    let model = StructureModel(
      sources: [], genres: [],
      topics: [.init(topic: .safety, seedCues: ["平安"], learnedCues: ["网格"], sectionCount: 2)], openingPhrases: [])
    #expect(model.topicClassifier.topic(of: "建好网格队伍") == .safety)
  }
}

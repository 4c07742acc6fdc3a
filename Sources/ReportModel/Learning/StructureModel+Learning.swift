import Foundation
import ReportOutline
import ReportText

extension StructureModel {
  /// Learns a model from the outlines of reference reports.
  ///
  /// Each report's genre is detected from its outline (`ReportGenre(detecting:)`), and only the file
  /// name of its path is recorded. The result does not depend on the order of `outlines`: sources are
  /// sorted and every statistic is a count, a median or a ranking with a fixed tie-break. The work is
  /// linear in the number of parts and sections; paragraphs are not read except the first of a part.
  public static func learn(from outlines: [Outline]) -> StructureModel {
    let facts = outlines.map(ReportFacts.init(outline:)).sorted { $0.source < $1.source }

    var learner = CueLearner()
    let seed = TopicClassifier.seed
    for (number, report) in facts.enumerated() {
      for unit in report.units {
        let topic = seed.topic(ofScalars: unit.scalars)
        learner.add(unit.scalars, covered: seed.coveredPositions(unit.scalars), to: topic, report: number)
      }
    }
    let learned = learner.learnedCues()
    let topics = ReportTopic.assignable.enumerated().map { t, topic in
      TopicCues(
        topic: topic, seedCues: topic.seedCues, learnedCues: learned[t], sectionCount: learner.sectionCounts[t])
    }
    var model = StructureModel(sources: facts.map(\.source), genres: [], topics: topics, openingPhrases: [])
    let classifier = model.topicClassifier
    model.genres = ReportGenre.allCases.map { genre in
      GenreLearner(reports: facts.filter { $0.source.genre == genre }, classifier: classifier).profile(genre)
    }
    model.openingPhrases = PartRole.allCases.compactMap { role in
      let phrases = GenreLearner.phraseCounts(facts, role)
      return phrases.isEmpty ? nil : RolePhrases(role: role, phrases: phrases)
    }
    return model
  }

  /// The profile of `reports` taken together as reports of `genre`, whatever genre each was detected as; topics
  /// are read with `classifier`. This is how a set of reference reports is summarised for comparison.
  public static func profile(
    pooling reports: [ReportFacts], as genre: ReportGenre, classifier: TopicClassifier
  ) -> GenreProfile {
    GenreLearner(reports: reports.sorted { $0.source < $1.source }, classifier: classifier).profile(genre)
  }

  /// Reads UTF-8 report files (with or without byte-order mark), parses them and learns a model.
  ///
  /// Only the files' names are recorded. Throws when a file cannot be read.
  public static func learn(fromFiles urls: [URL]) throws -> StructureModel {
    let outlines = try urls.map { url in
      let data = try Data(contentsOf: url)
      return Outline(parsing: SourceText(path: url.path, utf8: [UInt8](data)))
    }
    return learn(from: outlines)
  }

  /// Rounds to 4 decimals, so shares print short and stay stable in JSON.
  static func rounded(_ value: Double) -> Double {
    (value * 10_000).rounded() / 10_000
  }
}

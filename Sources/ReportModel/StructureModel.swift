import ReportOutline

/// What reference reports have in common, learned from their outlines: per genre, which parts occur
/// and in what order, how many sections they have, how they are numbered, how long they are, which
/// topics their sections cover and how they open.
///
/// A model is a plain value, saved as JSON with sorted keys (see `jsonData()`); learning is
/// deterministic, so the same reports give the same bytes in any order. The default model, learned
/// from the reference corpus, ships with the package:
///
/// ```swift
/// let model = try StructureModel.loadDefault()
/// let halfYear = model.profile(for: .halfYear)
/// ```
public struct StructureModel: Sendable, Hashable, Codable {
  /// The version of the model format this code writes.
  public static let currentVersion = 1

  /// The model format version, `currentVersion` for models this code learned.
  public var version: Int
  /// The reports learned from, sorted by file name.
  public var sources: [Source]
  /// One profile per genre, in `ReportGenre.allCases` order; a genre without reports has an empty
  /// profile.
  public var genres: [GenreProfile]
  /// The cue words of each assignable topic: the seeds and those learned from section titles.
  public var topics: [TopicCues]
  /// Stock phrases that open each part role, counted over all genres.
  public var openingPhrases: [RolePhrases]

  public init(
    version: Int = StructureModel.currentVersion, sources: [Source], genres: [GenreProfile], topics: [TopicCues],
    openingPhrases: [RolePhrases]
  ) {
    self.version = version
    self.sources = sources
    self.genres = genres
    self.topics = topics
    self.openingPhrases = openingPhrases
  }

  /// The profile of a genre; an empty one when the model has none.
  public func profile(for genre: ReportGenre) -> GenreProfile {
    genres.first { $0.genre == genre } ?? GenreProfile(genre: genre)
  }

  /// The stock phrases that open parts of a role, most frequent first.
  public func openingPhrases(for role: PartRole) -> [PhraseCount] {
    openingPhrases.first { $0.role == role }?.phrases ?? []
  }

  /// A classifier that uses the seed and the learned cue words of this model.
  public var topicClassifier: TopicClassifier {
    var cues: [ReportTopic: [String]] = [:]
    for topic in topics { cues[topic.topic] = topic.seedCues + topic.learnedCues }
    return TopicClassifier(cues: cues)
  }
}

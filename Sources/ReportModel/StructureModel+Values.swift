import ReportOutline

extension StructureModel {
  /// A report the model was learned from: its file name only, never a full path.
  public struct Source: Sendable, Hashable, Codable, Comparable {
    public var file: String
    public var genre: ReportGenre
    /// The size of the normalised text in UTF-8 bytes.
    public var bytes: Int
    /// The level of the government that reports, detected from the text (`GovernmentLevel(detecting:)`); nil
    /// when the text gives no sign of one, and in models learned before levels were recorded.
    public var level: GovernmentLevel?

    public init(file: String, genre: ReportGenre, bytes: Int, level: GovernmentLevel? = nil) {
      self.file = file
      self.genre = genre
      self.bytes = bytes
      self.level = level
    }

    public static func < (lhs: Source, rhs: Source) -> Bool {
      (lhs.file, lhs.genre.rank, lhs.bytes) < (rhs.file, rhs.genre.rank, rhs.bytes)
    }
  }

  /// The smallest, median and largest of a set of values; all 0 for an empty set.
  public struct Spread: Sendable, Hashable, Codable {
    public var min: Double
    public var median: Double
    public var max: Double

    public init(min: Double, median: Double, max: Double) {
      self.min = min
      self.median = median
      self.max = max
    }

    /// The spread of `values`; the median of an even count is the mean of the middle two.
    public init(of values: [Double]) {
      let sorted = values.sorted()
      guard let first = sorted.first, let last = sorted.last else {
        self.init(min: 0, median: 0, max: 0)
        return
      }
      let mid = sorted.count / 2
      let median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
      self.init(min: first, median: median, max: last)
    }

    /// True when `value` lies within `min...max`.
    public func contains(_ value: Double) -> Bool { value >= min && value <= max }
  }

  /// The numbering styles used at one heading depth.
  public struct DepthNumbering: Sendable, Hashable, Codable {
    /// 0 for the parts' own headings, 1 for h1, 2 for h2 and so on.
    public var depth: Int
    /// Each style by its `HeadingStyle.name` ("一、", "（一）", "lead", "dash", "plain", "markdown2")
    /// with the number of parts whose headings at this depth use it; most frequent first.
    public var styles: [StyleCount]

    public init(depth: Int, styles: [StyleCount]) {
      self.depth = depth
      self.styles = styles
    }
  }

  /// A heading style name with the number of parts that use it.
  public struct StyleCount: Sendable, Hashable, Codable {
    public var style: String
    public var count: Int

    public init(style: String, count: Int) {
      self.style = style
      self.count = count
    }
  }

  /// A topic with the number of reports that cover it.
  public struct TopicCount: Sendable, Hashable, Codable {
    public var topic: ReportTopic
    public var reportCount: Int

    public init(topic: ReportTopic, reportCount: Int) {
      self.topic = topic
      self.reportCount = reportCount
    }
  }

  /// A short opening phrase (at most 12 characters) with the number of reports that use it.
  public struct PhraseCount: Sendable, Hashable, Codable {
    public var phrase: String
    public var reportCount: Int

    public init(phrase: String, reportCount: Int) {
      self.phrase = phrase
      self.reportCount = reportCount
    }
  }

  /// The stock phrases that open parts of one role.
  public struct RolePhrases: Sendable, Hashable, Codable {
    public var role: PartRole
    /// Most frequent first, then in Unicode order.
    public var phrases: [PhraseCount]

    public init(role: PartRole, phrases: [PhraseCount]) {
      self.role = role
      self.phrases = phrases
    }
  }

  /// The cue words of a topic.
  public struct TopicCues: Sendable, Hashable, Codable {
    public var topic: ReportTopic
    /// The topic's Chinese name, for readers of the JSON.
    public var name: String
    /// The hand-written cue words (`ReportTopic.seedCues`).
    public var seedCues: [String]
    /// Two-character words frequent in the titles of the topic's sections and rarer in others'.
    public var learnedCues: [String]
    /// The number of sections assigned to the topic by the seed cues.
    public var sectionCount: Int

    public init(topic: ReportTopic, seedCues: [String], learnedCues: [String], sectionCount: Int) {
      self.topic = topic
      self.name = topic.chineseName
      self.seedCues = seedCues
      self.learnedCues = learnedCues
      self.sectionCount = sectionCount
    }
  }
}

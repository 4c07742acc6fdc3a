import ReportOutline

extension StructureModel {
  /// What the reports of one genre look like.
  public struct GenreProfile: Sendable, Hashable, Codable {
    public var genre: ReportGenre
    /// The number of reports of the genre learned from.
    public var reportCount: Int
    /// The part roles that occur, in their usual order (`PartProfile.order`).
    public var parts: [PartProfile]
    /// Numbering styles per heading depth, depth 0 being the parts' own headings.
    public var numbering: [DepthNumbering]

    public init(genre: ReportGenre, reportCount: Int = 0, parts: [PartProfile] = [], numbering: [DepthNumbering] = []) {
      self.genre = genre
      self.reportCount = reportCount
      self.parts = parts
      self.numbering = numbering
    }

    /// The profile of a part role, if the role occurs in the genre.
    public func part(_ role: PartRole) -> PartProfile? {
      parts.first { $0.role == role }
    }
  }

  /// How one part role appears in the reports of a genre.
  ///
  /// A role occurs in a report when a part has it, as its role or one of its `alsoRoles`, or when a
  /// paragraph of a part plays it (guidance and targets inside the plan). The statistics other than
  /// `reportCount` are over the reports in which the role occurs.
  public struct PartProfile: Sendable, Hashable, Codable {
    public var role: PartRole
    /// The number of reports in which the role occurs.
    public var reportCount: Int
    /// `reportCount` divided by the genre's report count, rounded to 4 decimals.
    public var reportShare: Double
    /// The median 1-based position of the role among the roles of a report, in order of first
    /// appearance.
    public var medianRank: Double
    /// The position of the role in the usual order, 1-based: roles sorted so that a role comes before
    /// another when it does so in more reports that have both, then by median rank.
    public var order: Int
    /// Sections (h1 headings) of the part.
    public var sectionCount: Spread
    /// Bytes of the text playing the role divided by the bytes of all parts of the report, rounded to
    /// 4 decimals. Text can play two roles, so the shares of a report can add up to more than 1.
    public var textShare: Spread
    /// For each topic, the number of reports in which a section of this part covers it; topics that
    /// no report covers are left out.
    public var topics: [TopicCount]
    /// Opening phrases seen in at least two reports of the genre, most frequent first.
    public var openingPhrases: [PhraseCount]

    public init(
      role: PartRole, reportCount: Int, reportShare: Double, medianRank: Double, order: Int, sectionCount: Spread,
      textShare: Spread, topics: [TopicCount], openingPhrases: [PhraseCount]
    ) {
      self.role = role
      self.reportCount = reportCount
      self.reportShare = reportShare
      self.medianRank = medianRank
      self.order = order
      self.sectionCount = sectionCount
      self.textShare = textShare
      self.topics = topics
      self.openingPhrases = openingPhrases
    }

    /// The number of reports in which a section of the part covers `topic`.
    public func reportCount(covering topic: ReportTopic) -> Int {
      topics.first { $0.topic == topic }?.reportCount ?? 0
    }
  }
}

import ReportOutline

/// Assigns a section of a report to one of the six topics by counting cue words.
///
/// The text is scanned from left to right; at each position the longest cue word that starts there
/// counts one hit for its topic and the scan goes on after it, so "集体经济" counts for 乡村振兴 and not
/// also as "经济". The topic with most hits wins; ties go to the earlier topic in
/// `ReportTopic.assignable`; a text without hits is `.other`.
///
/// ```swift
/// TopicClassifier.seed.topic(of: "抓项目、促招商，经济运行稳中有进")  // .economy
/// ```
public struct TopicClassifier: Sendable {
  /// The cue words per topic, as given; a word listed for two topics counts for the first.
  public let cues: [ReportTopic: [String]]
  /// Cue words by their first scalar, longest first.
  private let index: [UInt32: [Cue]]

  private struct Cue: Sendable {
    var scalars: [UInt32]
    var topic: Int
  }

  /// Makes a classifier from cue words per topic; `.other` and empty words are ignored.
  public init(cues: [ReportTopic: [String]]) {
    self.cues = cues
    var seen = Set<String>()
    var index: [UInt32: [Cue]] = [:]
    for (t, topic) in ReportTopic.assignable.enumerated() {
      for word in cues[topic] ?? [] where !word.isEmpty && seen.insert(word).inserted {
        let scalars = word.unicodeScalars.map(\.value)
        index[scalars[0], default: []].append(Cue(scalars: scalars, topic: t))
      }
    }
    for key in index.keys { index[key]!.sort { $0.scalars.count > $1.scalars.count } }
    self.index = index
  }

  /// The classifier with the hand-written seed cues only.
  public static let seed = TopicClassifier(
    cues: Dictionary(uniqueKeysWithValues: ReportTopic.assignable.map { ($0, $0.seedCues) }))

  /// The topic of a text: a heading title, or a title with its first run-in headings.
  public func topic(of text: String) -> ReportTopic {
    topic(ofScalars: text.unicodeScalars.map(\.value))
  }

  /// The topic of a section, read from its heading title and its first run-in or sub-headings.
  public func topic(of section: Section) -> ReportTopic {
    topic(of: TopicClassifier.classificationText(of: section))
  }

  /// The hits per topic in a text; topics without hits are left out.
  public func hits(in text: String) -> [ReportTopic: Int] {
    let counts = hitCounts(text.unicodeScalars.map(\.value))
    var result: [ReportTopic: Int] = [:]
    for (t, count) in counts.enumerated() where count > 0 { result[ReportTopic.assignable[t]] = count }
    return result
  }

  /// The words a section is classified by: its heading title, then the titles of its first three
  /// run-in headings or sub-headings, joined by "。".
  public static func classificationText(of section: Section) -> String {
    var text = section.heading.title
    var taken = 0
    for block in section.blocks where taken < 3 {
      switch block {
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          text += "。" + runIn.text
          taken += 1
        }
      case .section(let sub):
        text += "。" + sub.heading.title
        taken += 1
      }
    }
    return text
  }

  // MARK: - Scalars

  public func topic(ofScalars scalars: [UInt32]) -> ReportTopic {
    let counts = hitCounts(scalars)
    var best = -1
    var bestCount = 0
    for (t, count) in counts.enumerated() where count > bestCount {
      best = t
      bestCount = count
    }
    return best < 0 ? .other : ReportTopic.assignable[best]
  }

  /// Hits per assignable topic, in `ReportTopic.assignable` order.
  func hitCounts(_ scalars: [UInt32]) -> [Int] {
    var counts = [Int](repeating: 0, count: ReportTopic.assignable.count)
    scan(scalars) { topic, _ in counts[topic] += 1 }
    return counts
  }

  /// Marks the positions of `scalars` that a cue word matched, as the scan reads them.
  func coveredPositions(_ scalars: [UInt32]) -> [Bool] {
    var covered = [Bool](repeating: false, count: scalars.count)
    scan(scalars) { _, range in
      for i in range { covered[i] = true }
    }
    return covered
  }

  /// The left-to-right longest-match scan: calls `hit` with the topic index and the matched positions.
  private func scan(_ scalars: [UInt32], _ hit: (Int, Range<Int>) -> Void) {
    var i = 0
    while i < scalars.count {
      var step = 1
      if let candidates = index[scalars[i]] {
        for cue in candidates where TopicClassifier.matches(cue.scalars, in: scalars, at: i) {
          hit(cue.topic, i..<i + cue.scalars.count)
          step = cue.scalars.count
          break
        }
      }
      i += step
    }
  }

  private static func matches(_ word: [UInt32], in scalars: [UInt32], at start: Int) -> Bool {
    guard start + word.count <= scalars.count else { return false }
    for k in 1..<word.count where scalars[start + k] != word[k] { return false }
    return true
  }
}

import ReportOutline
import ReportText

/// The level of the government whose report it is: a township or street, a county or district, a city, a
/// province, the State Council.
///
/// The raw values are the stable names used in JSON; `chineseName` is the name used in messages and tables.
public enum GovernmentLevel: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// 乡镇、街道: the level baogao drafts for.
  case township
  /// 县、区 (and the 新区 of a city, run by a 管委会).
  case county
  /// 市、州.
  case city
  /// 省、自治区、直辖市.
  case province
  /// 国务院.
  case stateCouncil = "state-council"

  /// 乡镇（街道）, 县（区）, 市, 省, 国务院.
  public var chineseName: String {
    switch self {
    case .township: "乡镇（街道）"
    case .county: "县（区）"
    case .city: "市"
    case .province: "省"
    case .stateCouncil: "国务院"
    }
  }

  public static func < (lhs: GovernmentLevel, rhs: GovernmentLevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

extension GovernmentLevel {
  /// Tells the level from the text, or nil when it gives no sign of one.
  ///
  /// The cues, in order: the government the speaker reports for ("现在，我代表宝安区人民政府…", "我代表国务院"),
  /// read by the last unit of its name (镇 → township, 区 → county, 市 → city, 省 → province; 自治区 is a
  /// province, 新区管委会 a county); the title ("XX镇2024年政府工作报告"); and else the place the text speaks of
  /// most ("全镇", "全区", "全市", "全省", "全国"). A file name never decides.
  public init?(detecting outline: Outline) {
    let bytes = outline.source.bytes
    let head = 0..<min(bytes.count, 6000)
    // "我代表宝安区人民政府" / "我代表国务院": the name between 代表 and the government word.
    for match in Self.speakerFormula.matches(in: bytes, range: head) {
      let end = min(bytes.count, match.range.upperBound + 90)
      if let level = Self.level(naming: Array(bytes[match.range.upperBound..<end])) {
        self = level
        return
      }
    }
    if let title = outline.titleBlock?.title?.text, let level = Self.level(naming: Array(title.utf8)) {
      self = level
      return
    }
    var counts = [Int](repeating: 0, count: GovernmentLevel.allCases.count)
    Self.places.forEachMatch(in: bytes) { pattern, _ in counts[Self.placeLevels[pattern].index] += 1 }
    guard let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }), counts[best] > 0 else {
      return nil
    }
    self = GovernmentLevel.allCases[best]
  }

  var index: Int { GovernmentLevel.allCases.firstIndex(of: self)! }

  /// The level a government's name gives by its last unit before the government word ("深圳市坪山区人民政府" → county).
  static func level(naming bytes: [UInt8]) -> GovernmentLevel? {
    // Up to the first government word; the name must come before it.
    guard let government = governmentWords.nonOverlapping(in: bytes).first else { return nil }
    let word = governmentWords.patterns[government.pattern]
    if word == Array("国务院".utf8) { return .stateCouncil }
    if word == Array("管委会".utf8) || word == Array("管理委员会".utf8) || word == Array("筹备组".utf8) { return .county }
    if word == Array("办事处".utf8) { return .township }
    // The last level unit in the name before the word.
    var last: GovernmentLevel?
    var lastEnd = -1
    // Matches come by their end, the longest first: "自治区" before the "区" that ends with it.
    units.forEachMatch(in: bytes, range: 0..<government.range.lowerBound) { pattern, range in
      guard range.upperBound != lastEnd else { return }
      last = unitLevels[pattern]
      lastEnd = range.upperBound
    }
    return last
  }

  static let speakerFormula = BytePatternSet(["我代表", "受"])
  static let governmentWords = BytePatternSet([
    "国务院", "人民政府", "政府", "管委会", "管理委员会", "办事处", "筹备组",
  ])
  static let units = BytePatternSet(["镇", "乡", "街道", "区", "县", "旗", "市", "州", "盟", "省", "自治区", "自治州", "自治县"])
  static let unitLevels: [GovernmentLevel] = [
    .township, .township, .township, .county, .county, .county, .city, .city, .city, .province, .province, .city, .county,
  ]
  static let places = BytePatternSet([
    "全镇", "我镇", "全乡", "我乡", "全街道", "本街道", "全区", "我区", "全县", "我县", "新区", "全市", "我市", "全省", "我省",
    "全国", "我国",
  ])
  static let placeLevels: [GovernmentLevel] = [
    .township, .township, .township, .township, .township, .township, .county, .county, .county, .county, .county, .city,
    .city, .province, .province, .stateCouncil, .stateCouncil,
  ]
}

import ReportText

/// 乡、镇、街道混用：乡的报告写“全镇”“镇党委”，街道的报告写“镇人大”“全镇”，多是套用别处报告留下的。
///
/// 报告自己是乡、镇还是街道，从标题、副标题、署名、“我代表……人民政府”和落款中读出（见 `TownshipUnit`）；这些地方
/// 没有写明、或彼此不一致时不检查。只查报告指称自己的词：全镇、我镇、本镇、镇党委、镇政府、镇人民政府、镇人大（乡的
/// 同样几个），以及全街道、本街道、街道党工委。不查的：
/// - 别的地方：“邻镇”“各镇政府”“原XX乡政府”“青山镇党委”（“镇党委”等前面是地名或其他词时），县、区的词（“全县”）；
/// - 本来就有这几个字的词：“乡镇”“乡村振兴”“城镇”“镇村”“健全乡村治理体系”“安全镇村”“本乡本土”。
///
/// 改法唯一的（乡、镇互换；全镇、本镇→全街道、本街道；镇党委→街道党工委；镇政府→街道办事处）给出修正，其余只提示。
public struct WordingLevelRule: LintRule {
  public static let description = RuleDescription(
    id: "wording.level",
    summary: "乡、镇、街道的报告写了别的层级的自称（乡的报告写“全镇”“镇党委”，街道的报告写“镇人大”）。",
    defaultSeverity: .warning,
    triggering: [
      """
      松林乡2024年上半年政府工作报告

      各位代表：
      现在，我代表乡人民政府向大会报告工作，请予审议。
      一、上半年工作回顾
      上半年，全镇完成农业总产值2.1亿元，在乡党委的坚强领导下，新建农村道路15公里。
      二、下半年工作安排
      力争新签约项目3个。
      """,
      """
      云溪街道2024年上半年工作报告

      各位议政会成员：
      现在，我代表街道办事处向大会报告工作，请予审议。
      一、上半年工作回顾
      上半年，在街道党工委的领导下，在镇人大的监督下，辖区新增市场主体320户。
      二、下半年工作安排
      力争新签约项目3个。
      """,
    ],
    nonTriggering: [
      """
      松林乡2024年上半年政府工作报告

      各位代表：
      现在，我代表乡人民政府向大会报告工作，请予审议。
      一、上半年工作回顾
      上半年，全乡完成农业总产值2.1亿元，与邻镇共建产业园，健全乡村治理体系，全县乡镇考核位列第三。
      二、下半年工作安排
      学习青山镇党委的经验，推进城镇建设和镇村联动，培育本乡本土人才。
      """,
      "全镇完成农业总产值2.1亿元，在镇党委的坚强领导下，新建农村道路15公里。",
    ],
    hasFix: true)

  public init() {}

  /// A word a township report uses of itself, the unit it belongs to, and what it is for the others.
  struct Word {
    var text: String
    var unit: TownshipUnit
    /// "全", "我", "本": a prefix word, judged by the characters around it; else a body of the government,
    /// judged by the word before it.
    var isPlace: Bool
    /// The same word for a 乡, a 镇 and a 街道; nil where the rule gives no fix.
    var forms: [TownshipUnit: String]
  }

  static let table: [Word] = [
    Word(text: "全镇", unit: .zhen, isPlace: true, forms: [.xiang: "全乡", .jiedao: "全街道"]),
    Word(text: "我镇", unit: .zhen, isPlace: true, forms: [.xiang: "我乡"]),
    Word(text: "本镇", unit: .zhen, isPlace: true, forms: [.xiang: "本乡", .jiedao: "本街道"]),
    Word(text: "镇党委", unit: .zhen, isPlace: false, forms: [.xiang: "乡党委", .jiedao: "街道党工委"]),
    Word(text: "镇政府", unit: .zhen, isPlace: false, forms: [.xiang: "乡政府", .jiedao: "街道办事处"]),
    Word(text: "镇人民政府", unit: .zhen, isPlace: false, forms: [.xiang: "乡人民政府", .jiedao: "街道办事处"]),
    Word(text: "镇人大", unit: .zhen, isPlace: false, forms: [.xiang: "乡人大"]),
    Word(text: "全乡", unit: .xiang, isPlace: true, forms: [.zhen: "全镇", .jiedao: "全街道"]),
    Word(text: "我乡", unit: .xiang, isPlace: true, forms: [.zhen: "我镇"]),
    Word(text: "本乡", unit: .xiang, isPlace: true, forms: [.zhen: "本镇", .jiedao: "本街道"]),
    Word(text: "乡党委", unit: .xiang, isPlace: false, forms: [.zhen: "镇党委", .jiedao: "街道党工委"]),
    Word(text: "乡政府", unit: .xiang, isPlace: false, forms: [.zhen: "镇政府", .jiedao: "街道办事处"]),
    Word(text: "乡人民政府", unit: .xiang, isPlace: false, forms: [.zhen: "镇人民政府", .jiedao: "街道办事处"]),
    Word(text: "乡人大", unit: .xiang, isPlace: false, forms: [.zhen: "镇人大"]),
    Word(text: "全街道", unit: .jiedao, isPlace: true, forms: [.xiang: "全乡", .zhen: "全镇"]),
    Word(text: "本街道", unit: .jiedao, isPlace: true, forms: [.xiang: "本乡", .zhen: "本镇"]),
    Word(text: "街道党工委", unit: .jiedao, isPlace: false, forms: [.xiang: "乡党委", .zhen: "镇党委"]),
  ]

  static let words = table.map(\.text)

  /// What each unit calls itself and its bodies, for the messages of words without a fix.
  private static let advice: [TownshipUnit: String] = [
    .xiang: "全乡、我乡、本乡、乡党委、乡政府、乡人大",
    .zhen: "全镇、我镇、本镇、镇党委、镇政府、镇人大",
    .jiedao: "全街道、本街道、街道党工委、街道办事处、街道人大工委",
  ]

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let matches = WordingScan.matches(context, of: .level)
    guard !matches.isEmpty, let own = TownshipUnit.of(context) else { return }
    let bytes = context.source.bytes
    let local = LocalTermRanges(context)
    // In text order, the longest first where two start together; none inside one reported.
    let ordered = matches.sorted { ($0.1.lowerBound, $1.1.upperBound) < ($1.1.lowerBound, $0.1.upperBound) }
    var end = 0
    for (index, range) in ordered where range.lowerBound >= end {
      let word = Self.table[index]
      guard word.unit != own, Self.isSelfReference(word, range, bytes), !local.covers(range) else { continue }
      end = range.upperBound
      let ownName = own == .jiedao ? "街道办事处" : "\(own.rawValue)人民政府"
      if let right = word.forms[own] {
        findings.append(
          finding(
            context, range, "本报告是\(ownName)的报告，“\(word.text)”应写作“\(right)”。",
            fix: Fix(replacing: range, with: right, summary: "把“\(word.text)”改为“\(right)”")))
      } else {
        findings.append(
          finding(
            context, range,
            "本报告是\(ownName)的报告，不应写“\(word.text)”：请改用\(Self.advice[own]!)等\(own.rawValue)的自称。"))
      }
    }
  }

  /// Whether the word at `range` speaks of the report's own unit rather than of another place or being part of
  /// another word.
  static func isSelfReference(_ word: Word, _ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    let before = RuleBytes.scalar(bytes, before: range.lowerBound)
    if word.isPlace {
      // 全乡 in 健全乡村, 全镇 in 安全镇村 or 万全镇, 本乡 in 本乡本土, 我镇 in 自我镇定.
      if let before, placeBreakers[word.text.unicodeScalars.first!]?.contains(before) == true { return false }
      // The unit word read on: 乡村、乡镇、乡土…, 镇村、镇街.
      let unitEnd = range.upperBound
      if let after = RuleBytes.scalar(bytes, at: unitEnd), followers[word.unit]?.contains(after) == true {
        return false
      }
      return true
    }
    // A body (镇党委…): the word before must not be a name or a word that makes it another unit's body.
    guard let before else { return true }
    if !CharacterClass.isCJKIdeograph(before) { return true }
    if allowedBefore.contains(before) { return true }
    // "我代表镇人民政府".
    return RuleBytes.matches(daibiao, in: bytes, at: range.lowerBound - daibiao.count)
  }

  /// Characters before 全 / 我 / 本 that make a word with it (安全, 自我, 基本…).
  private static let placeBreakers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "全": Set("安完健齐周保成顾两十万求双俱苟大瓦不补确齐".unicodeScalars),
    "我": Set("自忘唯无敌".unicodeScalars),
    "本": Set("基根资成版样课剧账帐日读书文副原脚画标蓝范人民老工户母血赔教刊手拓底折够".unicodeScalars),
  ]

  /// Characters after the unit word that make another word of it (乡村, 乡镇, 镇村, 街道办…).
  private static let followers: [TownshipUnit: Set<Unicode.Scalar>] = [
    .xiang: Set("村镇土情愁亲贤风音里间下野邻本人".unicodeScalars),
    .zhen: Set("村街".unicodeScalars),
    .jiedao: Set("办口".unicodeScalars),
  ]

  /// Words that may stand before a body of the government without naming another place.
  private static let allowedBefore = Set("在和与及同向由经对为是受请把将被让使给从以了的并等于至到即".unicodeScalars)
  private static let daibiao = Array("代表".utf8)
}

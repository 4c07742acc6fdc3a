/// Learns further cue words for each topic from the titles of the sections assigned to it.
///
/// A title is first cut at the seed cues the classifier matched and at the words every section uses
/// (推进, 提升, 工作…). A candidate is then two adjacent CJK ideographs of what is left, without a
/// function character (的, 和, 在…), so no candidate straddles a known word. A candidate is kept for a
/// topic when sections of at least two reports use it, and more of the topic's sections than of any
/// other topic's; the twelve used by most sections are kept, ties in Unicode order. Requiring two
/// reports keeps the names of towns out of the model.
struct CueLearner {
  /// The number of cue words learned per topic.
  static let limit = 12

  private struct Tally {
    var sections = 0
    var reports = 0
    var lastReport = -1
  }

  /// Per assignable topic: bigram key → its tally.
  private var tallies: [[UInt64: Tally]] = Array(repeating: [:], count: ReportTopic.assignable.count)
  /// Sections per assignable topic.
  private(set) var sectionCounts: [Int] = Array(repeating: 0, count: ReportTopic.assignable.count)

  /// Counts the words of one section title of report number `report`, assigned to `topic`; `.other`
  /// is ignored. `covered` marks the positions that seed cues matched.
  mutating func add(_ scalars: [UInt32], covered: [Bool], to topic: ReportTopic, report: Int) {
    guard let t = ReportTopic.assignable.firstIndex(of: topic) else { return }
    sectionCounts[t] += 1
    var free = covered.map { !$0 }
    var i = 0
    while i + 1 < scalars.count {
      if free[i], free[i + 1], CueLearner.genericWords.contains(CueLearner.key(scalars[i], scalars[i + 1])) {
        free[i] = false
        free[i + 1] = false
        i += 2
      } else {
        i += 1
      }
    }
    var seen: [UInt64] = []
    for i in scalars.indices.dropLast() where free[i] && free[i + 1] {
      let a = scalars[i]
      let b = scalars[i + 1]
      guard CueLearner.isIdeograph(a), CueLearner.isIdeograph(b),
        !CueLearner.functionCharacters.contains(a), !CueLearner.functionCharacters.contains(b)
      else { continue }
      let key = CueLearner.key(a, b)
      guard !seen.contains(key) else { continue }
      seen.append(key)
      var tally = tallies[t][key] ?? Tally()
      tally.sections += 1
      if tally.lastReport != report {
        tally.reports += 1
        tally.lastReport = report
      }
      tallies[t][key] = tally
    }
  }

  /// The learned words of each assignable topic, in `ReportTopic.assignable` order.
  func learnedCues() -> [[String]] {
    tallies.indices.map { t in
      var candidates: [(key: UInt64, count: Int)] = []
      for (key, tally) in tallies[t] where tally.reports >= 2 {
        let rival = tallies.indices.lazy.filter { $0 != t }.map { tallies[$0][key]?.sections ?? 0 }.max() ?? 0
        if tally.sections > rival { candidates.append((key, tally.sections)) }
      }
      candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
      return candidates.prefix(CueLearner.limit).map { CueLearner.word($0.key) }
    }
  }

  // MARK: - Characters

  static func isIdeograph(_ scalar: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
      || (0x20000...0x2FFFF).contains(scalar)
  }

  static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

  static func word(_ key: UInt64) -> String {
    var view = String.UnicodeScalarView()
    for value in [UInt32(key >> 32), UInt32(key & 0xFFFF_FFFF)] {
      if let scalar = Unicode.Scalar(value) { view.append(scalar) }
    }
    return String(view)
  }

  static let functionCharacters: Set<UInt32> = Set(
    "的了和与及或在是为于以之而对把被将要有不也都就并又从向到让使其这那个等上下中".unicodeScalars.map(\.value))

  /// Words that open or close sections of every topic, and so mark none.
  static let genericWords: Set<UInt64> = {
    let words = """
      我们 我镇 全镇 镇域 街道 今年 以来 过去 一年 半年 工作 持续 不断 全面 坚持 推进 推动 加快 \
      提升 着力 致力 全力 聚力 奋力 倾力 用力 加强 强化 深化 深入 扎实 有效 高效 实现 打造 构建 \
      建设 发展 质量 水平 能力 取得 成效 成果 明显 显著 稳步 有力 坚定 不移 积极 努力 切实 重点 \
      促进 提高 优化 完善 落实 开展 做好 抓好 抓实 抓牢 新局 局面 新篇 篇章 台阶 步伐 迈出 坚实 \
      亮点 动能 高分 报表 提质 增效 见效 起势 再上 新高 高度 新颜 颜值 画卷 样板 标杆 引擎 迸发 \
      彰显 焕发 夯实 筑牢 守牢 稳中 求进 稳进 开创 谱写 续写 奋进 加压 攻坚 突破 实干 担当 作为 \
      一流 更加 始终 做大 做强 助推 助力 壮大 激活 大力 展现 引领 日趋 聚焦 共同 关注 现代 全域 统筹
      """
    var set = Set<UInt64>()
    for word in words.split(separator: " ") {
      let scalars = word.unicodeScalars.map(\.value)
      if scalars.count == 2 { set.insert(key(scalars[0], scalars[1])) }
    }
    return set
  }()
}

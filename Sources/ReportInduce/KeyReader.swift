import ReportText

/// Reads readable Chinese keys from the words around a figure and from section titles.
enum KeyReader {
  /// Words that open the run before a figure without naming the measure ("全年完成地区生产总值" → 地区生产总值).
  static let leadingWords = [
    "全年累计", "全年共", "全年", "今年", "上半年", "下半年", "全镇", "全乡", "全街道", "辖区", "累计", "共计", "共", "合计", "总计",
    "完成", "实现", "新建", "新增", "建成", "改造", "新改建", "开展", "举办", "组织", "发放", "接待", "投入", "争取", "引进",
    "招引", "签约", "落实", "化解", "排查", "整治", "清理", "拆除", "办结", "受理", "培训", "走访", "帮扶", "救助", "慰问",
    "其中", "达到", "达", "为", "约", "已", "有", "超过", "超", "近", "分别", "先后", "预计", "力争", "确保", "同比", "比上年",
    "我们", "我镇", "目前", "以来", "已经", "成功", "积极", "全力", "持续", "不断", "进一步", "做到", "并", "还", "又", "在", "对",
  ]

  /// Words that close the run before a figure without naming the measure ("产值突破" → 产值).
  static let trailingWords = [
    "分别为", "分别达", "分别", "突破", "达到", "达", "超过", "超", "约为", "约", "近", "为", "是", "共计", "共", "合计", "累计", "总计",
    "增至", "提升至", "提高到", "达到了",
  ]

  /// Words that join two figures of one measure ("1.2万亩和0.8万亩").
  static let connectors: Set<String> = ["和", "与", "及", "或", "至", "到"]

  /// Words of change before a rate ("同比增长10.6%").
  static let changeWords = ["增长", "下降", "提高", "增加", "减少", "上升", "降低", "提升"]

  /// The key for quantity `q`: the measure named before it, else after it, else 数值.
  ///
  /// The run before the figure starts after `previousEnd` (the figure before it on the line); a run that is
  /// only a connector ("1.2万亩和0.8万亩") gives `previousKey`.
  static func key(
    _ bytes: [UInt8], _ q: Quantity, lineStart: Int, previousEnd: Int? = nil, previousKey: String? = nil
  ) -> String {
    let before = run(bytes, endingAt: q.byteRange.lowerBound, lineStart: max(lineStart, previousEnd ?? lineStart))
    if let previousKey, connectors.contains(before) { return previousKey }
    var name = tidied(stripped(before))
    if name.allSatisfy(functionCharacters.contains) { name = "" }
    if name.unicodeScalars.count < 2 {
      name = run(bytes, startingAt: q.byteRange.upperBound)
    }
    if name.unicodeScalars.count < 2 {
      name = before.unicodeScalars.count >= 2 && !before.allSatisfy(functionCharacters.contains) ? before : "数值"
    }
    return sanitized(tidied(String(String.UnicodeScalarView(name.unicodeScalars.suffix(14)))))
  }

  /// Characters that open or close a run without belonging to the name ("了黄沟村…", "…万元的").
  static let functionCharacters: Set<Character> = [
    "了", "的", "将", "把", "被", "对", "向", "为", "已", "均", "各", "等", "和", "及", "与", "在", "并", "且", "也", "都", "共", "约",
    "近", "超", "达", "至", "到", "成", "有", "是", "由", "从", "以", "于", "年", "月", "日", "万", "亿", "元", "个", "后", "中",
  ]

  /// `name` without function characters at either end, when something of two or more characters is left.
  static func tidied(_ name: String) -> String {
    var s = Substring(name)
    while s.count > 2, let first = s.first, functionCharacters.contains(first) { s = s.dropFirst() }
    while s.count > 2, let last = s.last, functionCharacters.contains(last) { s = s.dropLast() }
    return String(s)
  }

  /// Change words that go up.
  static let rising: Set<String> = ["增长", "提高", "增加", "上升", "提升"]

  /// The change word right before `offset` ("同比增长10.6%"), if any.
  static func changeWord(_ bytes: [UInt8], before offset: Int, lineStart: Int) -> String? {
    let before = run(bytes, endingAt: offset, lineStart: lineStart)
    return changeWords.first { before.hasSuffix($0) }
  }

  /// A section's key from its heading: the first clause, letters and digits only, at most 10 characters.
  static func sectionKey(_ title: String) -> String {
    let clause = title.prefix { !"，。；、：,;:！!？?（(".contains($0) }
    let key = sanitized(String(clause.prefix(10)))
    return key.isEmpty ? "小节" : key
  }

  /// Letters and digits only (a template name), not starting with a digit.
  static func sanitized(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars where s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) || s == "_" {
      out.append(s)
    }
    var key = String(out)
    while let first = key.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 { key.removeFirst() }
    return key
  }

  /// The ideographs right before `end` on its line, at most 16.
  static func run(_ bytes: [UInt8], endingAt end: Int, lineStart: Int) -> String {
    var scalars: [Unicode.Scalar] = []
    var i = end
    while scalars.count < 16, i - 3 >= lineStart, let s = scalar(bytes, at: i - 3), CharacterClass.isCJKIdeograph(s) {
      scalars.insert(s, at: 0)
      i -= 3
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The ideographs from `start`, at most 6.
  static func run(_ bytes: [UInt8], startingAt start: Int) -> String {
    var scalars: [Unicode.Scalar] = []
    var i = start
    while scalars.count < 6, let s = scalar(bytes, at: i), CharacterClass.isCJKIdeograph(s) {
      scalars.append(s)
      i += 3
    }
    return String(String.UnicodeScalarView(scalars))
  }

  private static let leadingSet = Set(leadingWords)
  private static let trailingSet = Set(trailingWords)
  private static let longest = (leadingWords + trailingWords).map(\.count).max() ?? 1

  /// `run` without the words that open it, repeatedly (longest first); a change word at its end is kept, else
  /// the words that close it are taken off too.
  static func stripped(_ run: String) -> String {
    var chars = Array(run)
    var changed = true
    while changed {
      changed = false
      for length in stride(from: min(longest, chars.count - 1), through: 1, by: -1)
      where leadingSet.contains(String(chars[..<length])) {
        chars.removeFirst(length)
        changed = true
        break
      }
    }
    let name = String(chars)
    if changeWords.contains(where: { name.hasSuffix($0) }) { return name }
    changed = true
    while changed {
      changed = false
      for length in stride(from: min(longest, chars.count - 2), through: 1, by: -1)
      where trailingSet.contains(String(chars[(chars.count - length)...])) {
        chars.removeLast(length)
        changed = true
        break
      }
    }
    return String(chars)
  }

  /// A three-byte scalar at `i` (CJK ideographs are three bytes in UTF-8).
  private static func scalar(_ bytes: [UInt8], at i: Int) -> Unicode.Scalar? {
    guard i >= 0, i + 2 < bytes.count, bytes[i] & 0xF0 == 0xE0, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80
    else { return nil }
    let v = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    return Unicode.Scalar(v)
  }
}

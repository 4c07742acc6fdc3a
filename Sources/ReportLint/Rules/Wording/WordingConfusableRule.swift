import ReportText

/// 易混易错词：截止/截至、其它/其他、情况反应/情况反映、交待/交代、布署/部署、台帐/台账等。
///
/// 规则按一张表逐条查找：错误写法、正确写法、说明和上下文条件。
///
/// - "截止"只在直接接时间点时报告（"截止6月底""截止目前""截止2024年"→"截至"），"截止日期""截止时间"是对的。
/// - "必需"只在后接动词时报告（"必需加强""必需坚持"→"必须"），"生活必需品"是对的。
/// - "按装"后接"机"时不报告（"按装机容量"）。
///
/// 只有改法唯一的条目给出修正。配置中的本地词语不报告。随时间改变了的词语（法制建设→法治建设）按报告的日期判断，
/// 由 `wording.outdated` 检查。
public struct WordingConfusableRule: LintRule {
  public static let description = RuleDescription(
    id: "wording.confusable",
    summary: "易混易错词（截止/截至、其它/其他、布署/部署、必需/必须等）应改用规范写法。",
    defaultSeverity: .warning,
    triggering: ["截止6月底，全镇完成投资5亿元。", "加强其它各项工作。", "必需坚持党的全面领导。", "认真布署下半年工作。"],
    nonTriggering: ["截至6月底，全镇完成投资5亿元。", "报名截止日期为6月30日。", "保障群众生活必需品供应。", "按装机容量计算。"],
    hasFix: true)

  /// When an entry applies, judged on what follows the wrong form.
  enum Condition {
    case always
    /// A time point follows: a digit, a Chinese numeral, or a word such as 目前, 今年, 年底.
    case beforeTimePoint
    /// One of these words follows.
    case before([String])
    /// None of these words follows.
    case notBefore([String])
  }

  struct Entry {
    let wrong: String
    let right: String
    let note: String
    let condition: Condition
    let fixes: Bool
  }

  static let verbs = [
    "加强", "坚持", "做好", "落实", "推进", "把", "确保", "抓好", "进一步", "严格", "提高", "全面", "切实", "高度", "始终",
    "坚定", "强化", "牢牢", "牢固", "以", "在", "按照", "要", "将", "从", "注重", "保持", "深入", "认真", "扎实", "着力",
    "紧紧", "及时", "依法",
  ]

  static let table: [Entry] = [
    Entry(
      wrong: "截止", right: "截至", note: "“截至”接时间点，表示到该时间为止；“截止”表示停止，后面不接时间", condition: .beforeTimePoint, fixes: true),
    Entry(wrong: "其它", right: "其他", note: "规范写法统一用“其他”", condition: .always, fixes: true),
    Entry(wrong: "情况反应", right: "情况反映", note: "“反映”指把情况告诉上级，“反应”指受到刺激后的变化", condition: .always, fixes: true),
    Entry(wrong: "交待", right: "交代", note: "规范写法为“交代”", condition: .always, fixes: true),
    Entry(
      wrong: "做为", right: "作为", note: "表示身份、当作时写“作为”", condition: .notBefore(["民", "人民", "群众", "百姓", "企业", "基层"]),
      fixes: true),
    Entry(wrong: "布署", right: "部署", note: "“部署”是规范词形", condition: .always, fixes: true),
    Entry(wrong: "题中应有之意", right: "题中应有之义", note: "成语为“题中应有之义”", condition: .always, fixes: true),
    Entry(wrong: "必需", right: "必须", note: "“必须”是副词，用在动词前；“必需”是动词，指一定要有", condition: .before(verbs), fixes: true),
    Entry(wrong: "按装", right: "安装", note: "规范词形为“安装”", condition: .notBefore(["机"]), fixes: false),
    Entry(wrong: "座落", right: "坐落", note: "规范词形为“坐落”", condition: .always, fixes: true),
    Entry(wrong: "一如继往", right: "一如既往", note: "成语为“一如既往”", condition: .always, fixes: true),
    Entry(wrong: "再接再励", right: "再接再厉", note: "成语为“再接再厉”", condition: .always, fixes: true),
    Entry(wrong: "迫不急待", right: "迫不及待", note: "成语为“迫不及待”", condition: .always, fixes: true),
    Entry(wrong: "按步就班", right: "按部就班", note: "成语为“按部就班”", condition: .always, fixes: true),
    Entry(wrong: "一股作气", right: "一鼓作气", note: "成语为“一鼓作气”", condition: .always, fixes: true),
    Entry(wrong: "励精图志", right: "励精图治", note: "成语为“励精图治”", condition: .always, fixes: true),
    Entry(wrong: "竞竞业业", right: "兢兢业业", note: "成语为“兢兢业业”", condition: .always, fixes: true),
    Entry(wrong: "精兵减政", right: "精兵简政", note: "成语为“精兵简政”", condition: .always, fixes: true),
    Entry(wrong: "峻工", right: "竣工", note: "“竣工”指工程完成", condition: .always, fixes: true),
    Entry(wrong: "不径而走", right: "不胫而走", note: "成语为“不胫而走”", condition: .always, fixes: true),
    Entry(wrong: "台帐", right: "台账", note: "与钱物、记录有关的“账”不写作“帐”", condition: .always, fixes: true),
    Entry(wrong: "帐目", right: "账目", note: "与钱物、记录有关的“账”不写作“帐”", condition: .always, fixes: true),
    Entry(wrong: "帐户", right: "账户", note: "与钱物、记录有关的“账”不写作“帐”", condition: .always, fixes: true),
    Entry(wrong: "度过难关", right: "渡过难关", note: "“渡过”指通过困难、险阻", condition: .always, fixes: true),
    Entry(wrong: "重迭", right: "重叠", note: "规范词形为“重叠”", condition: .always, fixes: true),
    Entry(wrong: "暴光", right: "曝光", note: "规范词形为“曝光”", condition: .always, fixes: true),
  ]

  private static let timeWords = [
    "目前", "今年", "去年", "当前", "现在", "年底", "年末", "上半年", "下半年", "本月", "本年", "今日", "今天", "当年", "月底",
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "前三季度", "第",
  ]

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    let terms = LocalTermRanges(context)
    for (index, range) in WordingScan.confusableMatches(context) {
      let entry = Self.table[index]
      guard applies(entry.condition, bytes, after: range.upperBound), !terms.covers(range) else { continue }
      let message = "“\(entry.wrong)”用法有误，应写作“\(entry.right)”（\(entry.note)）。"
      let fix =
        entry.fixes ? Fix(replacing: range, with: entry.right, summary: "把“\(entry.wrong)”改为“\(entry.right)”") : nil
      findings.append(finding(context, range, message, fix: fix))
    }
  }

  private func applies(_ condition: Condition, _ bytes: [UInt8], after i: Int) -> Bool {
    switch condition {
    case .always:
      return true
    case .beforeTimePoint:
      var j = i
      while j < bytes.count, bytes[j] == 0x20 { j += 1 }
      if let s = RuleBytes.scalar(bytes, at: j), RuleBytes.isDigit(s) { return true }
      return Self.timeWords.contains { RuleBytes.matches(Array($0.utf8), in: bytes, at: j) }
    case .before(let words):
      return words.contains { RuleBytes.matches(Array($0.utf8), in: bytes, at: i) }
    case .notBefore(let words):
      return !words.contains { RuleBytes.matches(Array($0.utf8), in: bytes, at: i) }
    }
  }
}

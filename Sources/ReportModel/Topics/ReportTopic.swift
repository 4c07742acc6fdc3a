/// The subject areas that the sections of a township report fall into.
///
/// The six topics are fixed and ordered; the order breaks ties when a section speaks to two topics
/// equally. `other` holds the sections that give no cue at all.
public enum ReportTopic: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// 经济发展与项目: the economy, investment, projects, industry, enterprises.
  case economy
  /// 乡村振兴: rural revitalisation, agriculture, villages, farmers' income.
  case rural
  /// 生态环境与城乡建设: the environment and the building of town and villages.
  case environment
  /// 民生保障与社会事业: livelihood, education, health, social security, culture.
  case livelihood
  /// 平安建设与社会治理: safety, stability, social governance, rule of law.
  case safety
  /// 政府自身建设: the government's own conduct: style of work, efficiency, integrity.
  case government
  /// 其他: no cue of any topic.
  case other

  /// The six topics a section can be assigned to, in tie-breaking order (without `other`).
  public static let assignable: [ReportTopic] = [.economy, .rural, .environment, .livelihood, .safety, .government]

  /// The position of the topic in `allCases`.
  public var rank: Int { ReportTopic.allCases.firstIndex(of: self)! }

  public static func < (lhs: ReportTopic, rhs: ReportTopic) -> Bool { lhs.rank < rhs.rank }

  /// The Chinese name used in tables and messages.
  public var chineseName: String {
    switch self {
    case .economy: "经济发展与项目"
    case .rural: "乡村振兴"
    case .environment: "生态环境与城乡建设"
    case .livelihood: "民生保障与社会事业"
    case .safety: "平安建设与社会治理"
    case .government: "政府自身建设"
    case .other: "其他"
    }
  }

  /// The hand-written cue words of the topic, each two to four characters; empty for `other`.
  ///
  /// A word belongs to the topic whose sections it most clearly marks; words that every section uses
  /// (发展, 建设, 推进) are left out.
  public var seedCues: [String] {
    switch self {
    case .economy:
      ["经济", "项目", "招商", "引资", "产业", "工业", "企业", "投资", "营商", "税收", "财政", "商贸", "文旅", "旅游", "消费", "园区", "实体", "强镇"]
    case .rural:
      ["乡村", "振兴", "农业", "农村", "农民", "脱贫", "种植", "养殖", "粮食", "耕地", "增收", "集体经济", "特色农"]
    case .environment:
      ["生态", "环境", "环保", "绿色", "城乡", "城镇", "人居", "镇容", "村貌", "美丽", "规划", "基础设施", "道路", "污染", "宜居", "面貌", "景观"]
    case .livelihood:
      ["民生", "福祉", "教育", "医疗", "卫生", "养老", "就业", "社保", "救助", "社会事业", "实事", "幸福", "文化", "惠民", "公共服务"]
    case .safety:
      ["平安", "安全", "治理", "稳定", "和谐", "法治", "普法教育", "普法", "信访", "矛盾", "应急", "风险", "防范", "综治"]
    case .government:
      ["自身建设", "作风", "效能", "廉政", "党建", "履职", "反腐", "监督", "政治", "纪律", "廉洁", "清廉", "形象", "依法行政", "法治政府", "为民服务", "服务型"]
    case .other:
      []
    }
  }
}

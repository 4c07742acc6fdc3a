import ReportData
import ReportText
import Testing

@Suite struct DataNodeLookupTests {
  static let town = """
    # 青石镇 2025 年数据（虚构）
    镇名: 青石镇
    经济:
      地区生产总值: 17.1亿元
      财政收入: 1.25亿元
      增长: 10.6%
    民生:
      就业: 超35万人次
      财政支出: 2.3亿元
    项目:
      - 名称: 道路硬化
        投资: 1.2亿元
      - 名称: 水利设施
        投资: 3000万元
    """

  func root() throws -> DataNode {
    try parse(Self.town)
  }

  static let found: [([String], String?)] = [
    (["镇名"], "青石镇"),
    (["经济", "财政收入"], "1.25亿元"),
    (["项目", "0", "名称"], "道路硬化"),
    (["项目", "1", "投资"], "3000万元"),
    (["项目", "2"], nil),
    (["项目", "-1"], nil),
    (["项目", "名称"], nil),
    (["镇名", "x"], nil),
    (["经济", "财政"], nil),
    (["没有"], nil),
  ]

  @Test(arguments: found)
  func looksUpPaths(_ path: [String], _ expected: String?) throws {
    #expect(try root().lookup(path)?.text == expected)
  }

  @Test func emptyPathIsTheNodeItself() throws {
    let root = try root()
    #expect(root.lookup([]) == root)
  }

  static let suggestions: [([String], String?)] = [
    // A typo beside the missing key.
    (["经济", "财正收入"], "经济.财政收入"),
    (["镇明"], "镇名"),
    // The steps after the missing one are kept.
    (["经济", "财正收入", "本年"], "经济.财政收入.本年"),
    // A key at the same depth under another parent.
    (["经济", "就业"], "民生.就业"),
    (["民生", "增涨"], "经济.增长"),
    // The same depth inside list items.
    (["项目", "0", "投入"], "项目.0.投资"),
    // ASCII case is ignored.
    (["Jingji"], nil),
    // Nothing near enough, or nothing to suggest.
    (["经济", "人口数量"], nil),
    (["经济", "财政收入"], nil),
    (["项目", "5", "名称"], nil),
    (["镇名", "x"], nil),
  ]

  @Test(arguments: suggestions)
  func suggestsNearestKey(_ path: [String], _ expected: String?) throws {
    #expect(try root().suggestion(for: path) == expected)
  }

  @Test func prefersKeyBesideTheMissingOne() throws {
    let root = try parse("甲:\n  财政收入: 1\n乙:\n  财政收入: 2\n  财政支出: 3\n")
    #expect(root.suggestion(for: ["乙", "财政收人"]) == "乙.财政收入")
    // Nothing near beside it: the exact key in the other mapping.
    #expect(root.suggestion(for: ["甲", "财政支出"]) == "乙.财政支出")
  }

  @Test func ignoresAsciiCase() throws {
    let root = try parse("GDP: 17.1亿元\nTitle: 报告\n")
    #expect(root.suggestion(for: ["gdp"]) == "GDP")
    #expect(root.suggestion(for: ["titel"]) == "Title")
  }
}

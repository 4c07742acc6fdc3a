import ReportTemplate
import Testing

/// A whole annual-report template of a fictional town, in parts, rendered with its data.
@Suite struct FictionalReportTests {
  static let parts: [String: String] = [
    "main.tpl": """
    % {{ 年度 | year }}{{ 镇名 }}人民政府工作报告
    % ——{{ 会议.日期 | date_cn }}在{{ 镇名 }}第{{ 会议.届次 | cn }}届人民代表大会第{{ 会议.次数 | cn }}次会议上
    % {{ 镇长 }}

    各位代表：
    　　现在，我代表{{ 镇名 }}人民政府，向大会报告工作，请予审议。
    {% include "review" %}
    {% include "plan" %}
    """,
    "review.tpl": """
    # {{ 年度 | year }}工作回顾
    　　过去一年，全镇实现地区生产总值{{ 指标.地区生产总值.本期 | amount("亿元") }}，\
    {{ 指标.地区生产总值.本期 | growth(指标.地区生产总值.上期) }}；一般公共预算收入\
    {{ 指标.财政收入.本期 | amount("万元") }}，{{ 指标.财政收入.本期 | completion(指标.财政收入.目标) }}；\
    森林覆盖率达到{{ 指标.森林覆盖率.本期 | percent }}，{{ 指标.森林覆盖率.本期 | change(指标.森林覆盖率.上期) }}。
    {% for 项 in 成绩 %}
    ## {{ 项.标题 }}
    {% for 事 in 项.事项 %}
    　　**{{ 事.题 }}。**{{ 事.文 }}
    {% endfor %}
    {% endfor %}
    """,
    "plan.tpl": """
    # {{ 年度 + 1 }}年工作安排
    　　今年重点抓好{{ 安排 | length | cn }}个方面的工作：{{ 安排 | join_cn }}。
    {% for 条 in 安排 %}
    {{ loop.index | cn_ordinal }}，{{ 条 }}{% if loop.last %}。{% else %}；{% endif %}
    {% endfor %}
    """,
  ]

  static let data: TestData = [
    "镇名": "青禾镇",
    "年度": "2024",
    "镇长": "林晓川",
    "会议": ["日期": "2025-01-08", "届次": "19", "次数": "5"],
    "指标": [
      "地区生产总值": ["本期": "18.36亿元", "上期": "17.2亿元"],
      "财政收入": ["本期": "9870万元", "目标": "1.2亿元"],
      "森林覆盖率": ["本期": "62.48%", "上期": "61.9%"],
    ],
    "成绩": [
      [
        "标题": "产业发展稳中有进",
        "事项": [
          ["题": "园区扩容提质", "文": "新建标准厂房两栋，引进竹木加工企业三家。"],
          ["题": "农业品牌叫响", "文": "“青禾米”获评市级区域公用品牌。"],
        ],
      ],
      ["标题": "生态环境持续改善", "事项": [["题": "河道治理见效", "文": "完成清溪河两岸整治{{ 不会求值 }}。"]]],
    ],
    "安排": ["抓项目促发展", "抓治理护生态", "抓民生增福祉"],
  ]

  static let expected = """
    % 2024年青禾镇人民政府工作报告
    % ——2025年1月8日在青禾镇第十九届人民代表大会第五次会议上
    % 林晓川

    各位代表：
    　　现在，我代表青禾镇人民政府，向大会报告工作，请予审议。
    # 2024年工作回顾
    　　过去一年，全镇实现地区生产总值18.36亿元，同比增长6.7%；一般公共预算收入9870万元，完成全年目标的82.3%；\
    森林覆盖率达到62.5%，提高0.6个百分点。
    ## 产业发展稳中有进
    　　**园区扩容提质。**新建标准厂房两栋，引进竹木加工企业三家。
    　　**农业品牌叫响。**“青禾米”获评市级区域公用品牌。
    ## 生态环境持续改善
    　　**河道治理见效。**完成清溪河两岸整治{{ 不会求值 }}。
    # 2025年工作安排
    　　今年重点抓好三个方面的工作：抓项目促发展、抓治理护生态和抓民生增福祉。
    第一，抓项目促发展；
    第二，抓治理护生态；
    第三，抓民生增福祉。

    """

  @Test func rendersTheWholeReport() throws {
    let template = try Template(named: "main", loader: TemplateLoader(sources: Self.parts))
    let result = try template.render(data: Self.data.document())
    #expect(result.text == Self.expected)
    #expect(result.warnings.isEmpty)
  }

  @Test func listsItsSlots() throws {
    let template = try Template(named: "main", loader: TemplateLoader(sources: Self.parts))
    #expect(
      template.slots().map(\.path) == [
        "年度", "镇名", "会议.日期", "会议.届次", "会议.次数", "镇长", "指标.地区生产总值.本期", "指标.地区生产总值.上期",
        "指标.财政收入.本期", "指标.财政收入.目标", "指标.森林覆盖率.本期", "指标.森林覆盖率.上期", "成绩", "成绩[].标题",
        "成绩[].事项", "成绩[].事项[].题", "成绩[].事项[].文", "安排", "安排[]",
      ])
  }

  @Test func draftsWithGapsWhenDataIsMissing() throws {
    guard case .map(var entries) = Self.data else { return }
    entries.removeAll { $0.0 == "镇长" || $0.0 == "指标" }
    let template = try Template(named: "main", loader: TemplateLoader(sources: Self.parts))
    let result = try template.render(data: TestData.map(entries).document(), options: RenderOptions(allowMissing: true))
    #expect(result.text.contains("% 【待补充：镇长】\n"))
    #expect(result.text.contains("全镇实现地区生产总值【待补充：指标.地区生产总值.本期】，【待补充：指标.地区生产总值.本期】；"))
    #expect(result.warnings.map(\.path).first == "镇长")
    #expect(result.warnings.count == 7)
  }
}

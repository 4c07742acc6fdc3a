import ReportTemplate
import Testing

/// Tags: if/elif/else, for/else with loop variables, for over mappings, set and its scope, comments.
@Suite struct TemplateTagsTests {
  static let town: TestData = [
    "镇名": "青禾镇",
    "年份": "2024",
    "成绩": [
      ["标题": "产业发展", "说明": "新建厂房两栋"],
      ["标题": "生态环境", "说明": "整治河道三条"],
      ["标题": "民生保障", "说明": "新增学位二百个"],
    ],
    "指标": ["财政收入": "1.2亿元", "粮食产量": "3.5万吨"],
    "空列表": [],
    "开关": "true",
    "关": "false",
  ]

  // MARK: - if

  @Test(arguments: [
    ("{% if 开关 %}开{% endif %}", "开"),
    ("{% if 关 %}开{% else %}关{% endif %}", "关"),
    ("{% if 没有 %}有{% elif 镇名 == \"青禾镇\" %}青禾{% else %}别处{% endif %}", "青禾"),
    ("{% if 没有 %}有{% elif 也没有 %}也有{% else %}都没有{% endif %}", "都没有"),
    ("{% if 空列表 %}有{% else %}空{% endif %}", "空"),
    ("{% if 成绩 %}有{% endif %}", "有"),
    ("{% if not 没有 %}缺{% endif %}", "缺"),
    ("{% if 年份 > 2023 and 年份 < 2025 %}今年{% endif %}", "今年"),
    ("前文{% if 开关 %}中间{% endif %}后文", "前文中间后文"),
  ])
  func conditionals(_ template: String, _ expected: String) {
    #expect(text(template, Self.town) == expected)
  }

  @Test func nestedConditionals() {
    let template = "{% if 开关 %}{% if 关 %}甲{% elif 镇名 %}乙{% endif %}{% else %}丙{% endif %}"
    #expect(text(template, Self.town) == "乙")
  }

  // MARK: - for

  @Test func loopVariables() {
    let template = """
      {% for 项 in 成绩 %}
      {{ loop.index }}/{{ loop.length }} {{ 项.标题 }} index0={{ loop.index0 }} rev={{ loop.revindex }},{{ loop.revindex0 }}\
       first={{ loop.first }} last={{ loop.last }}
      {% endfor %}
      """
    #expect(
      text(template, Self.town) == """
        1/3 产业发展 index0=0 rev=3,2 first=是 last=否
        2/3 生态环境 index0=1 rev=2,1 first=否 last=否
        3/3 民生保障 index0=2 rev=1,0 first=否 last=是

        """)
  }

  @Test func loopElseForEmptyList() {
    #expect(text("{% for 项 in 空列表 %}{{ 项 }}{% else %}暂无{% endfor %}", Self.town) == "暂无")
    #expect(text("{% for 项 in 成绩 %}{{ 项.标题 }}{% else %}暂无{% endfor %}", Self.town) == "产业发展生态环境民生保障")
  }

  @Test func nestedLoopsHaveTheirOwnLoopVariable() {
    let data: TestData = ["部分": [["名": "甲", "项": ["一", "二"]], ["名": "乙", "项": ["三"]]]]
    let template =
      "{% for 部 in 部分 %}{{ loop.index }}{{ 部.名 }}[{% for 条 in 部.项 %}{{ loop.index }}{{ 条 }}{% endfor %}]{{ loop.index }}{% endfor %}"
    #expect(text(template, data) == "1甲[1一2二]12乙[1三]2")
  }

  @Test func loopOverMappingInOrder() {
    let template = "{% for 名称, 值 in 指标 %}{{ 名称 }}：{{ 值 }}{% if not loop.last %}；{% endif %}{% endfor %}"
    #expect(text(template, Self.town) == "财政收入：1.2亿元；粮食产量：3.5万吨")
  }

  @Test func loopOverListLiteralAndSubscripts() {
    #expect(text("{% for 字 in [\"甲\", \"乙\"] %}{{ 字 }}{% endfor %}", Self.town) == "甲乙")
    #expect(text("{{ 成绩[1].标题 }}、{{ 成绩[-1][\"标题\"] }}、{{ 成绩.0.说明 }}", Self.town) == "生态环境、民生保障、新建厂房两栋")
  }

  @Test func loopVariableShadowsDataKey() {
    let data: TestData = ["项": "外面", "列表": ["里面"]]
    #expect(text("{{ 项 }}{% for 项 in 列表 %}{{ 项 }}{% endfor %}{{ 项 }}", data) == "外面里面外面")
  }

  // MARK: - set

  @Test func setNamesAValue() {
    let template = "{% set 合计 = 3 + 4 %}{% set 称呼 = 镇名 ~ \"人民政府\" %}{{ 称呼 }}{{ 合计 }}"
    #expect(text(template, Self.town) == "青禾镇人民政府7")
  }

  @Test func setInsideLoopIsScopedToTheIteration() {
    let template = "{% set 计 = \"外\" %}{% for 项 in 成绩 %}{% set 计 = loop.index %}{{ 计 }}{% endfor %}{{ 计 }}"
    #expect(text(template, Self.town) == "123外")
  }

  @Test func setInsideIfStaysAfterIt() {
    #expect(text("{% if 开关 %}{% set 甲 = \"有\" %}{% endif %}{{ 甲 }}", Self.town) == "有")
  }

  @Test func setOfDataPathKeepsThePathForMessages() {
    let missing = missingPaths("{% set 财政 = 指标 %}{{ 财政.税收 }}", Self.town)
    #expect(missing.map(\.path) == ["指标.税收"])
  }

  // MARK: - Comments

  @Test func commentsLeaveNothing() {
    #expect(text("甲{# 这是注释，{{ 不会 }}求值 #}乙", Self.town) == "甲乙")
    #expect(text("甲\n{# 多行\n注释 #}\n乙", Self.town) == "甲\n乙")
  }
}

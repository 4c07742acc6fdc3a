import ReportData
import ReportTemplate
import ReportText
import Testing

/// Missing data: every path collected with its place and a suggestion; `allowMissing` renders placeholders.
@Suite struct MissingDataTests {
  static let data: TestData = [
    "指标": [
      "财政收入": ["本期": "1.2亿元", "上期": "1.1亿元"],
      "粮食产量": "3.5万吨",
      "招商引资": nil,
    ],
    "成绩": [["标题": "产业发展"], ["说明": "没有标题"], nil],
    "镇名": "青禾镇",
  ]

  static let template = """
    # 一、过去一年工作回顾
    　　全镇财政收入{{ 指标.财政收人.本期 }}，粮食{{ 指标.粮食产量 }}。
    　　招商引资{{ 指标.招商引资 }}，{{ 指标.财政收入.本年 | amount("亿元") }}。
    {% for 项 in 成绩 %}
    **{{ 项.标题 }}。**
    {% endfor %}
    {% for 村 in 村庄 %}{{ 村 }}{% endfor %}
    {{ 镇长 | default("某某") }}{% if 书记 %}{{ 书记 }}{% endif %}{{ 镇长 is defined }}
    """

  @Test func collectsEveryMissingPathInOrder() throws {
    let missing = missingPaths(Self.template, Self.data)
    #expect(missing.map(\.path) == ["指标.财政收人.本期", "指标.招商引资", "指标.财政收入.本年", "成绩[1].标题", "成绩[2]", "村庄"])
    let locations = missing.map(\.range.lowerBound.description)
    #expect(locations == ["2:12", "3:10", "3:24", "5:6", "4:1", "7:13"])
  }

  @Test func suggestsTheNearestSiblingKey() {
    let missing = missingPaths(Self.template, Self.data)
    #expect(missing[0].suggestion == "财政收入")
    #expect(missing[0].help == "你是不是想用 财政收入？")
    #expect(missing[2].suggestion == nil)  // 本年 and 本期: two characters, no guess
    #expect(missing[5].suggestion == nil)
  }

  @Test func blankKeysAreMissingAndSaySo() {
    let missing = missingPaths(Self.template, Self.data)
    #expect(missing[1].isBlank)
    #expect(missing[1].message == "数据中“指标.招商引资”没有填写")
    #expect(missing[0].message == "数据缺少“指标.财政收人.本期”")
    #expect(missing[4].isBlank)
  }

  @Test func sameMissingPathAtTheSamePlaceIsListedOnce() {
    let data: TestData = ["成绩": [["标题": "甲"], ["标题": "乙"]]]
    let missing = missingPaths("{% for 项 in 成绩 %}{{ 镇名 }}{{ 镇名 }}{% endfor %}", data)
    #expect(missing.map(\.path) == ["镇名", "镇名"])
    #expect(missing.map(\.location.column) == [21, 29])
  }

  @Test func filterInputAndOutputRecordOnce() {
    let missing = missingPaths("{{ 收入 | amount(\"亿元\") | default(\"无\") }}")
    #expect(missing.map(\.path) == ["收入"])
  }

  @Test func undefinedArgumentsAreMissing() {
    let missing = missingPaths("{{ 本期 | growth(上期) }}", ["本期": "12"])
    #expect(missing.map(\.path) == ["上期"])
  }

  @Test func operatorsWithMissingOperandsRecordThem() {
    let missing = missingPaths("{% if 增速 > 5 %}快{% endif %}{{ 收入 + 1 }}{{ \"第\" ~ 名次 }}")
    #expect(missing.map(\.path) == ["增速", "收入", "名次"])
  }

  @Test func guardedAbsenceIsNotMissing() {
    let template = "{{ 没有 | default(\"无\") }}{% if 没有 %}有{% endif %}{{ 没有 is defined }}{{ 没有 or \"否\" }}"
    #expect(missingPaths(template).isEmpty)
    #expect(text(template) == "无否否")
  }

  @Test func onlyTestedValuesAreNotMissing() {
    // `and` gives its left side back when that is false, so a missing left side is printed and recorded.
    #expect(missingPaths("{{ 缺 and \"有\" }}").map(\.path) == ["缺"])
    #expect(missingPaths("{{ 缺 or \"无\" }}{% if not 缺 %}{% endif %}{% if 缺.子 is none %}{% endif %}").isEmpty)
    // Only a plain name is tested for being there: a concatenation needs the value, so it is missing there too.
    #expect(missingPaths("{% if 缺 > 1 %}{% endif %}{{ (缺 ~ \"\") | default(\"\") }}").map(\.path) == ["缺", "缺"])
  }

  @Test func hintsWhenTheDataHasSomethingElse() {
    let missing = missingPaths("{{ 指标.粮食产量.本期 }}{{ 成绩.标题 }}{{ 成绩[7] }}", Self.data)
    #expect(missing.map(\.hint) == ["“指标.粮食产量”是文字“3.5万吨”，下面没有“本期”。", "“成绩”是列表，要用序号（从 0 起）或 for 循环。", "“成绩”只有 3 项。"])
  }

  @Test func allowMissingRendersPlaceholdersAndReturnsWarnings() throws {
    let result = try render(Self.template, Self.data, allowMissing: true)
    #expect(
      result.text == """
        # 一、过去一年工作回顾
        　　全镇财政收入【待补充：指标.财政收人.本期】，粮食3.5万吨。
        　　招商引资【待补充：指标.招商引资】，【待补充：指标.财政收入.本年】。
        **产业发展。**
        **【待补充：成绩[1].标题】。**
        **【待补充：成绩[2]】。**
        【待补充：村庄】
        某某否
        """)
    #expect(result.warnings.count == 6)
  }

  @Test func missingDataErrorRendersEveryPath() throws {
    let parsed = try Template(path: "报告.tpl", string: "　　收入{{ 指标.财政收人.本期 }}\n{{ 镇长 }}")
    do {
      _ = try parsed.render(data: Self.data.document())
      Issue.record("rendered")
    } catch .missingData(let error) {
      #expect(
        error.rendered() == """
          报告.tpl:1:8: error: 数据缺少“指标.财政收人.本期”
          　　收入{{ 指标.财政收人.本期 }}
                     ^~~~~~~~~~~~~~~~~~
            = 帮助：你是不是想用 财政收入？
          报告.tpl:2:4: error: 数据缺少“镇长”
          {{ 镇长 }}
             ^~~~
            = 帮助：在数据文件里补上“镇长”，或在模板里用 default 过滤器给出默认值。

          """)
      #expect(error.description.hasPrefix("数据缺少 2 项："))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func rendersFromANodeWithoutAFile() throws {
    let parsed = try Template(path: "报告.tpl", string: "{{ 镇名 }}")
    #expect(try parsed.render(data: Self.data.node).text == "青禾镇")
  }
}

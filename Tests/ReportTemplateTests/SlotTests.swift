import ReportTemplate
import Testing

/// `slots()`: the data paths a template reads, found without data.
@Suite struct SlotTests {
  static func slots(_ template: String, parts: [String: String] = [:]) throws -> [Slot] {
    try Template(path: "报告.tpl", string: template, loader: TemplateLoader(sources: parts)).slots()
  }

  @Test func listsPathsInOrderWithLoopsResolved() throws {
    let template = """
      # {{ 镇名 }}政府工作报告
      　　全年财政收入{{ 指标.财政收入.本期 | amount("亿元") }}，{{ 指标.财政收入.本期 | growth(指标.财政收入.上期) }}。
      {% for 项 in 成绩 %}
      **{{ 项.标题 }}。**{{ 项["说明"] }}{% if loop.last %}。{% endif %}
      {% for 例 in 项.例子 %}{{ 例 }}{% endfor %}
      {% endfor %}
      {% for 名, 值 in 指标 %}{{ 名 }}{{ 值.本期 }}{% endfor %}
      {% set 财政 = 指标.财政收入 %}{{ 财政.目标 }}
      {% set 合计 = 1 + 2 %}{{ 合计 }}
      """
    let slots = try Self.slots(template)
    #expect(
      slots.map(\.path) == [
        "镇名", "指标.财政收入.本期", "指标.财政收入.上期", "成绩", "成绩[].标题", "成绩[].说明", "成绩[].例子", "成绩[].例子[]",
        "指标", "指标.*.本期", "指标.财政收入", "指标.财政收入.目标",
      ])
    let amount = try #require(slots.first { $0.path == "指标.财政收入.本期" })
    #expect(amount.uses.map(\.location.description) == ["2:12", "2:44"])
    #expect(amount.uses.map(\.role) == [.output, .output])
    #expect(slots.first { $0.path == "指标.财政收入.上期" }?.uses.first?.role == .argument)
    #expect(slots.first { $0.path == "成绩" }?.isIterated == true)
    #expect(slots.first { $0.path == "成绩[].标题" }?.uses.first?.templatePath == "报告.tpl")
  }

  @Test func optionalUsesAreMarked() throws {
    let template =
      "{{ 镇长 | default(\"某某\") }}{% if 书记 %}{% endif %}{{ 副镇长 is defined }}{{ 镇名 }}{% if 增速 > 5 %}{% endif %}"
    let slots = try Self.slots(template)
    #expect(slots.map(\.path) == ["镇长", "书记", "副镇长", "镇名", "增速"])
    #expect(slots.map(\.isOptional) == [true, true, true, false, false])
    #expect(slots.map { $0.uses[0].role } == [.output, .condition, .condition, .output, .condition])
  }

  @Test func walksEveryBranchAndInclude() throws {
    let parts = ["part": "{{ 村.人口 }}", "loop": "{{ 项.名 }}"]
    let template =
      "{% if 甲 %}{{ 乙 }}{% elif 丙 %}{{ 丁 }}{% else %}{% include \"part\" %}{% endif %}{% for 项 in 列表 %}{% include \"loop\" %}{% endfor %}"
    let slots = try Self.slots(template, parts: parts)
    #expect(slots.map(\.path) == ["甲", "乙", "丙", "丁", "村.人口", "列表", "列表[].名"])
    let included = try #require(slots.first { $0.path == "村.人口" })
    #expect(included.uses.first?.templatePath == "part")
    #expect(included.uses.first?.includeStack.map(\.description) == ["报告.tpl:1:47"])
  }

  @Test func subscriptsAndDynamicKeys() throws {
    let slots = try Self.slots("{{ 指标[\"1-6月\"].值 }}{{ 村[0] }}{{ 指标[名称].值 }}")
    #expect(slots.map(\.path) == ["指标[\"1-6月\"].值", "村[0]", "指标", "名称"])
  }

  @Test func loopAndLiteralsAreNotData() throws {
    let slots = try Self.slots("{% for x in [1, 2] %}{{ loop.index }}{{ x }}{% endfor %}{{ \"字\" }}{{ 3 }}")
    #expect(slots.isEmpty)
  }
}

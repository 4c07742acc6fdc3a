import ReportTemplate
import Testing

/// Expressions: literals, names, subscripts, operators, tests; how values print.
@Suite struct ExpressionTests {
  static let data: TestData = [
    "指标": [
      "地区生产总值": ["本期": "17.1", "上期": "15.5"],
      "增速": "6.5",
      "1-6月": "8.2",
      "人口": "1,250",
    ],
    "镇名": "青禾镇",
    "村": ["东村", "西村"],
    "模板样": "{{ 镇名 }} {% if 真 %}",
    "Name_2": "英文名",
  ]

  @Test(arguments: [
    // Literals and printing
    ("{{ \"双引号\" }}{{ '单引号' }}", "双引号单引号"),
    ("{{ 'it\\'s' }}{{ \"换\\n行\" }}", "it's换\n行"),
    ("{{ 12 }} {{ 12.50 }} {{ 0.0001 }} {{ -3 }}", "12 12.5 0.0001 -3"),
    ("{{ 100000000000000000000000 }}", "100000000000000000000000"),
    ("{{ true }}{{ false }}{{ none }}", "是否"),
    // Names: Chinese, ASCII, dotted, subscripts
    ("全镇{{ 指标.地区生产总值.本期 }}亿元", "全镇17.1亿元"),
    ("{{ 指标[\"1-6月\"] }}", "8.2"),
    ("{{ 指标['地区生产总值'][\"上期\"] }}", "15.5"),
    ("{{ Name_2 }}", "英文名"),
    ("{{ 村[0] }}{{ 村[-1] }}{{ 村.1 }}", "东村西村西村"),
    // Arithmetic on data texts read as numbers
    ("{{ 指标.地区生产总值.本期 - 指标.地区生产总值.上期 }}", "1.6"),
    ("{{ 指标.增速 * 2 }}", "13"),
    ("{{ 7 / 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 1 / 3 * 3 }}", "3.5 1 -1 1"),
    ("{{ 2 + 3 * 4 }} {{ (2 + 3) * 4 }} {{ -(2 + 3) }} {{ +5 }}", "14 20 -5 5"),
    ("{{ 指标.人口 + 0 }}", "1250"),
    // Concatenation
    ("{{ 镇名 ~ \"人民政府\" ~ 2024 }}", "青禾镇人民政府2024"),
    ("{{ \"第\" ~ (1 + 2) ~ \"季度\" }}", "第3季度"),
    // Comparisons and logic
    ("{{ 指标.增速 > 6 }}{{ 指标.增速 >= 6.5 }}{{ 指标.增速 < 6 }}{{ 指标.增速 <= 6.4 }}", "是是否否"),
    ("{{ 指标.增速 == 6.5 }}{{ 指标.增速 == \"6.5\" }}{{ 镇名 != \"青禾镇\" }}", "是是否"),
    ("{{ 1 < 2 and 2 < 3 }}{{ 1 > 2 or 2 > 3 }}{{ not 1 > 2 }}", "是否是"),
    ("{{ 没有 or \"默认\" }}{{ 镇名 and \"有\" }}", "默认有"),
    // in
    ("{{ \"东村\" in 村 }}{{ \"南村\" in 村 }}{{ \"南村\" not in 村 }}", "是否是"),
    ("{{ \"增速\" in 指标 }}{{ \"青禾\" in 镇名 }}{{ 3 in [1, 2, 3] }}", "是是是"),
    // Tests
    ("{{ 镇名 is defined }}{{ 没有 is defined }}{{ 没有 is not defined }}{{ 没有 is undefined }}", "是否是是"),
    ("{{ 指标.没有 is defined }}{{ none is none }}{{ 镇名 is not none }}", "否是是"),
    ("{% if 指标.地区生产总值 is defined and 指标.地区生产总值.本期 > 10 %}过十{% endif %}", "过十"),
  ])
  func evaluates(_ template: String, _ expected: String) {
    #expect(text(template, Self.data) == expected)
  }

  @Test func dataValuesAreNeverEvaluated() throws {
    let result = try render("值：{{ 模板样 }}", Self.data)
    #expect(result.text == "值：{{ 镇名 }} {% if 真 %}")
    #expect(text("{{ 模板样 | length }}", Self.data) == "19")
  }

  @Test func templateTextWithBracesStaysText() {
    #expect(text("{ 单括号 } 和 %} 与 #}", Self.data) == "{ 单括号 } 和 %} 与 #}")
    #expect(text("{{ \"{{\" }}字{{ \"}}\" }}", Self.data) == "{{字}}")
  }

  @Test func filtersBindTighterThanArithmetic() {
    #expect(text("{{ 1 + [1, 2] | length }}", Self.data) == "3")
    #expect(text("{{ -2.5 | int }}", Self.data) == "-2")
    #expect(text("{{ - 2.5 | round }}", Self.data) == "-3")
    #expect(text("{{ -指标.增速 | round }}", Self.data) == "-7")
    #expect(text("{{ 5 -1 }}", Self.data) == "4")
  }

  @Test func namesAreDataKeysOnly() {
    // `count`, `description`, `isEmpty` are Swift properties of strings and arrays, never reachable.
    for template in ["{{ 村.count }}", "{{ 镇名.description }}", "{{ 村.isEmpty }}", "{{ 镇名.utf8 }}"] {
      #expect(missingPaths(template, Self.data).count == 1, "\(template)")
    }
  }

  @Test func expressionsMaySpanLines() {
    #expect(text("{{\n  镇名\n  ~ \"好\"\n}}", Self.data) == "青禾镇好")
  }
}

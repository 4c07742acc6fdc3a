import ReportTemplate
import ReportText
import Testing

/// Every error kind: its message, its help, and exactly where it points.
@Suite struct TemplateErrorTests {
  static let data: TestData = [
    "指标": ["财政收入": "待定", "增速": "6.5"],
    "村": ["东村", "西村"],
    "镇名": "青禾镇",
    "日期": "明年春天",
  ]

  /// The error's message, and its range as `line:column-line:column`.
  static func located(_ template: String, _ data: TestData = data) -> (message: String, range: String)? {
    guard let error = templateError(template, data) else { return nil }
    return (error.kind.message, error.range.compactDescription)
  }

  @Test(arguments: [
    // Tags
    ("甲{% iff 开 %}", "没有“iff”这种标签", "1:5-1:8"),
    ("{% %}", "标签是空的", "1:1-1:6"),
    ("　　财政{{ 收入 ", "“{{”没有对应的“}}”", "1:5-1:7"),
    ("甲\n{% if 开 \n正文", "“{%”没有对应的“%}”", "2:1-2:3"),
    ("{# 注释", "“{#”没有对应的“#}”", "1:1-1:3"),
    ("{{ 甲 {{ 乙 }}", "“{{”没有对应的“}}”", "1:1-1:3"),
    ("甲\n　　{% if 开 %}\n乙", "这个 if 没有对应的 endif", "2:3-2:13"),
    ("{% for 项 in 村 %}{{ 项 }}", "这个 for 没有对应的 endfor", "1:1-1:17"),
    ("镇{% endfor %}", "这里的 endfor 没有对应的 for", "1:2-1:14"),
    ("{% else %}", "这里的 else 没有对应的 if", "1:1-1:11"),
    ("{% if 1 %}{% else %}{% elif 2 %}{% endif %}", "这里的 elif 没有对应的 if", "1:21-1:33"),
    ("{% for 项 in 村 %}\n{% endif %}", "这里应为 endfor（第 1 行的块还没有结束），却是 endif", "2:1-2:12"),
    ("{% for 项 村 %}{% endfor %}", "for 标签的写法不对", "1:1-1:14"),
    ("{% set 甲 %}", "set 标签的写法不对", "1:1-1:12"),
    ("{% include 甲 %}", "include 标签的写法不对", "1:1-1:16"),
    ("{% if %}{% endif %}", "if 标签的写法不对", "1:1-1:9"),
    ("{% endif 多余 %}", "表达式有误：这里是名称“多余”，应为“%}”", "1:10-1:12"),
    // Expressions
    ("收入：{{ 收入 + }}", "表达式有误：这里是结尾，应为名称、数字或字符串", "1:12-1:12"),
    ("{{ 收入 ) }}", "表达式有误：这里是“)”，应为运算符或结尾", "1:7-1:8"),
    ("{{ 1 < 2 < 3 }}", "表达式有误：这里是“<”，应为and、or 或结尾（比较不能连写，请用 and 连接两个比较）", "1:10-1:11"),
    ("{{ 指标.总值（亿元） }}", "表达式里不能有字符“（”", "1:9-1:10"),
    ("{{ x | default(“无”) }}", "表达式里不能有字符““”", "1:16-1:17"),
    ("标题{{ \"未完 }}", "字符串没有结束的引号", "1:6-1:7"),
    ("{{ }}", "“{{ }}”里没有表达式", "1:1-1:6"),
    ("{{ 镇名 is 空 }}", "表达式有误：这里是名称“空”，应为defined、undefined 或 none", "1:10-1:11"),
    ("{% for 项 in 村 %}{{ loop.idx }}{% endfor %}", "loop 没有“idx”这一项", "1:20-1:28"),
    // Filters
    ("{{ 收入 | amout(\"亿元\") }}", "没有名为“amout”的过滤器", "1:9-1:14"),
    ("{{ 3 | round(1, 2) }}", "过滤器 round 的参数不对：最多 1 个参数", "1:17-1:18"),
    ("{{ 3 | length(1) }}", "过滤器 length 的参数不对：不接受参数", "1:15-1:16"),
    ("{{ 3 | amount }}", "过滤器 amount 的参数不对：缺少参数 unit", "1:8-1:14"),
    ("{{ 3 | percent(digit=2) }}", "过滤器 percent 的参数不对：没有名为 digit 的参数", "1:16-1:21"),
    ("{{ 3 | percent(digits=2, 1) }}", "过滤器 percent 的参数不对：按位置给的参数要写在按名称给的参数之前", "1:26-1:27"),
    ("{{ 3 | amount(\"千元\") }}", "过滤器 amount 的参数不对：单位应为 元、万元 或 亿元，这里是“千元”", "1:15-1:19"),
    ("{{ 3 | round(\"二\") }}", "digits 应为数字，“二”不是数字", "1:14-1:17"),
    // Values
    ("{{ 指标.财政收入 + 1 }}", "算术“+”的两边应为数字，“待定”不是数字", "1:4-1:11"),
    ("{{ 1 - 镇名 }}", "算术“-”的两边应为数字，“青禾镇”不是数字", "1:8-1:10"),
    ("{% if 指标.财政收入 > 1 %}{% endif %}", "比较“>”的两边应为数字，“待定”不是数字", "1:7-1:14"),
    ("{{ 村 + 1 }}", "算术“+”的两边不能用于列表", "1:4-1:5"),
    ("{{ 村 ~ \"\" }}", "“~”连接不能用于列表", "1:4-1:5"),
    ("　　合计{{ 5 / (指标.增速 - 6.5) }}", "除数为零", "1:12-1:25"),
    ("{{ 5 % 0 }}", "除数为零", "1:8-1:9"),
    ("村：{{ 村 }}", "不能直接输出列表", "1:6-1:7"),
    ("{{ 指标 }}", "不能直接输出映射", "1:4-1:6"),
    ("{{ [1, 2] }}", "不能直接输出列表", "1:4-1:10"),
    ("{% for 字 in 镇名 %}{% endfor %}", "for 循环只能遍历列表或映射，这里是文字", "1:13-1:15"),
    ("{% for 值 in 指标 %}{% endfor %}", "for 循环只能遍历列表或映射，这里是映射", "1:13-1:15"),
    ("{% for 甲, 乙 in 村 %}{% endfor %}", "两个循环变量（for 键, 值）不能用于列表", "1:16-1:17"),
    ("{{ 日期 | date_cn }}", "过滤器 date_cn 无法处理这个值：“明年春天”不是日期（应如 2024-04-01 或 2024年4月1日）", "1:4-1:6"),
  ])
  func errorKinds(_ template: String, _ message: String, _ range: String) {
    let error = Self.located(template)
    #expect(error?.message == message, "\(template)")
    #expect(error?.range == range, "\(template)")
  }

  @Test func nestingIsBounded() {
    let deepIf = String(repeating: "{% if 1 %}", count: 101) + String(repeating: "{% endif %}", count: 101)
    #expect(templateError(deepIf)?.kind == .nestingTooDeep(limit: 100))
    let deepParentheses = "{{ " + String(repeating: "(", count: 70) + "1" + String(repeating: ")", count: 70) + " }}"
    #expect(templateError(deepParentheses)?.kind == .nestingTooDeep(limit: 64))
    let deepNot = "{{ " + String(repeating: "not ", count: 70) + "1 }}"
    #expect(templateError(deepNot)?.kind == .nestingTooDeep(limit: 64))
  }

  @Test func renderingStopsAtTheFirstError() {
    let error = templateError("{{ 5 / 0 }}{{ 村 }}", Self.data)
    #expect(error?.kind == .divisionByZero)
  }
}

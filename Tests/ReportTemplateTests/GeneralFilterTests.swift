import ReportTemplate
import Testing

/// General and list filters, and numbers and Chinese numerals.
@Suite struct GeneralFilterTests {
  static let data: TestData = [
    "村": ["东村", "西村", "南村"],
    "金额": ["12", "3.5", "100"],
    "项目": [["名": "甲", "投资": "300"], ["名": "乙", "投资": "1200"], ["名": "丙", "投资": "45"]],
    "指标": ["甲": "1", "乙": "2"],
    "空": nil,
    "空列表": [],
    "坏数": ["12", "十二"],
    "名": "  青禾　",
  ]

  @Test(arguments: [
    ("{{ 空 | default(\"未填\") }}", "未填"),
    ("{{ 村[0] | default(\"无\") }}", "东村"),
    ("{{ \"\" | default(\"无\") }}", ""),
    ("[{{ 没有 | default(none) }}]", "[]"),
    ("{{ 村 | length }}{{ 指标 | length }}{{ \"青禾镇\" | length }}", "323"),
    ("{{ 村 | first }}{{ 村 | last }}{{ \"青禾镇\" | first }}{{ \"青禾镇\" | last }}", "东村南村青镇"),
    ("{{ \"Pm2.5，ＡＢ\" | upper }}{{ \"GDP增长\" | lower }}", "PM2.5，ＡＢgdp增长"),
    ("【{{ 名 | trim }}】", "【青禾】"),
    ("{{ \"甲乙甲\" | replace(\"甲\", \"丙\") }}", "丙乙丙"),
    ("{{ 村 | join }}|{{ 村 | join(\"，\") }}|{{ [1, 2.50, true] | join(\"/\") }}", "东村西村南村|东村，西村，南村|1/2.5/是"),
    (
      "{{ 村 | join_cn }}|{{ 村 | join_cn(\"及\") }}|{{ 村 | join_cn(last=\"以及\", separator=\"，\") }}",
      "东村、西村和南村|东村、西村及南村|东村，西村以及南村"
    ),
    ("[{{ 空列表 | join_cn }}]", "[]"),
    ("{{ 金额 | sort | join(\"、\") }}|{{ 金额 | sort(reverse=true) | join(\"、\") }}", "3.5、12、100|100、12、3.5"),
    ("{{ 村 | sort | join }}", "东村南村西村"),
    ("{% for 项 in 项目 | sort(\"投资\") %}{{ 项.名 }}{% endfor %}", "丙甲乙"),
    ("{{ 金额 | sum }}|{{ 项目 | sum(\"投资\") }}|{{ [] | sum }}", "115.5|1545|0"),
    ("{{ \"1,250.5\" | number }}|{{ 金额[1] | number * 2 }}", "1250.5|7"),
    ("{{ 2.345 | round(2) }}|{{ 2.5 | round }}|{{ -2.5 | round }}|{{ 1234.5 | round(0) }}", "2.35|3|-3|1235"),
    ("{{ 9.99 | int }}|{{ \"7.2\" | int }}", "9|7"),
    ("{{ 0 | cn }}|{{ 10 | cn }}|{{ 20000 | cn }}|{{ \"12\" | cn }}|{{ 村 | length | cn }}个村", "零|十|二万|十二|三个村"),
    ("{{ 1 | cn_ordinal }}|{{ 21 | cn_ordinal }}", "第一|第二十一"),
  ])
  func renders(_ template: String, _ expected: String) {
    #expect(text(template, Self.data) == expected)
  }

  @Test(arguments: [
    ("{{ 5 | length }}", "过滤器 length 无法处理这个值：应为文字、列表或映射，这里是数字"),
    ("{{ 空列表 | first }}", "过滤器 first 无法处理这个值：列表是空的"),
    ("{{ \"甲\" | replace(\"\", \"乙\") }}", "过滤器 replace 的参数不对：要替换的文字不能为空"),
    ("{{ [[1], 2] | join }}", "过滤器 join 无法处理这个值：列表中有列表，只能连接文字和数字"),
    ("{{ 村 | upper }}", "过滤器 upper 无法处理这个值：应为文字，这里是列表"),
    ("{{ 坏数 | sum }}", "加总的各项应为数字，“十二”不是数字"),
    ("{{ \"17.1亿元\" | number }}", "过滤器 number 的输入应为数字，“17.1亿元”不是数字"),
    ("{{ 3.5 | cn }}", "过滤器 cn 无法处理这个值：“3.5”不是 0 到 99999999 的整数"),
    ("{{ -1 | cn_ordinal }}", "过滤器 cn_ordinal 无法处理这个值：“-1”不是 0 到 99999999 的整数"),
    ("{{ 3 | round(20) }}", "过滤器 round 的参数不对：digits 应为 0 到 12 的整数"),
  ])
  func fails(_ template: String, _ message: String) {
    #expect(templateError(template, Self.data)?.kind.message == message, "\(template)")
  }

  @Test func numberFilterPointsAtTheData() throws {
    let error = try #require(templateError("{{ 坏数[1] | number }}", Self.data))
    #expect(error.range.compactDescription == "1:4-1:9")
    #expect(error.dataLocation?.range.lowerBound.line == 26)
  }
}

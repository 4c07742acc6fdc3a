import ReportTemplate
import Testing

/// amount, with_unit, quantity, percent, growth, change, completion, date_cn, year.
@Suite struct MoneyFilterTests {
  static let data: TestData = [
    "财政": ["本期": "1.71亿元", "上期": "15500万元", "目标": "3亿元", "零": "0亿元"],
    "游客": ["本期": "超35万人次", "上期": "30万人次"],
    "覆盖率": ["本期": "65.3%", "上期": "63.2%"],
    "日期": "2024-04-01",
    "待定": "待定",
  ]

  @Test(arguments: [
    // amount
    ("{{ \"125000万元\" | amount(\"亿元\") }}", "12.5亿元"),
    ("{{ \"9.5483亿元\" | amount(\"万元\") }}", "95483万元"),
    ("{{ \"9.5483亿元\" | amount(\"亿元\") }}", "9.55亿元"),
    ("{{ \"9.5483亿元\" | amount(\"亿元\", 4) }}", "9.5483亿元"),
    ("{{ \"1,250元\" | amount(\"万元\") }}|{{ \"1,250元\" | amount(\"万元\", digits=3) }}", "0.13万元|0.125万元"),
    ("{{ \"2亿元\" | amount(\"元\") }}", "200000000元"),
    ("{{ \"超3.5亿元\" | amount(\"万元\") }}|{{ \"约1.2万元\" | amount(\"元\") }}", "超35000万元|约12000元"),
    ("{{ \"3亿元以上\" | amount(\"万元\") }}", "30000万元以上"),
    ("{{ 12 | amount(\"亿元\") }}|{{ \"12.30\" | amount(\"亿元\") }}", "12亿元|12.3亿元"),
    ("{{ 95483 | amount(\"亿元\", from=\"万元\") }}", "9.55亿元"),
    ("{{ 95483 | amount(\"亿元\", from=none) }}", "95483亿元"),
    ("{{ 财政.本期 | amount(\"万元\") }}", "17100万元"),
    // with_unit and quantity
    (
      "{{ 35 | with_unit(\"万人次\") }}|{{ \"1,250\" | with_unit(\"户\") }}|{{ \"12%\" | with_unit(\"%\") }}",
      "35万人次|1250户|12%"
    ),
    ("{{ 游客.本期 | quantity }}|{{ 12 | quantity }}", "超35万人次|12"),
    // percent
    (
      "{{ 10.6 | percent }}|{{ \"10.6%\" | percent }}|{{ \"10.64%\" | percent(2) }}|{{ 0.106 | percent }}",
      "10.6%|10.6%|10.64%|0.1%"
    ),
    ("{{ 覆盖率.本期 | percent(0) }}|{{ \"８.５％\" | percent }}", "65%|8.5%"),
    // growth
    ("{{ 财政.本期 | growth(财政.上期) }}", "同比增长10.3%"),
    ("{{ 财政.上期 | growth(财政.本期) }}", "同比下降9.4%"),
    ("{{ 100 | growth(100) }}|{{ 100.04 | growth(100) }}|{{ 100.05 | growth(100) }}", "与上年持平|与上年持平|同比增长0.1%"),
    ("{{ 财政.本期 | growth(1.5) }}|{{ 财政.本期 | growth(15000, \"万元\") }}", "同比增长14%|同比增长14%"),
    ("{{ 游客.本期 | growth(游客.上期) }}|{{ 游客.本期 | growth(30) }}", "同比增长16.7%|同比增长16.7%"),
    ("{{ 110 | growth(100, digits=2) }}|{{ 5 | growth(-10) }}", "同比增长10%|同比增长150%"),
    // change
    ("{{ 覆盖率.本期 | change(覆盖率.上期) }}|{{ 63.2 | change(\"65.3%\") }}|{{ 40 | change(40.04) }}", "提高2.1个百分点|下降2.1个百分点|持平"),
    ("{{ 8.25 | change(8, 2) }}", "提高0.25个百分点"),
    // completion
    ("{{ 财政.本期 | completion(财政.目标) }}|{{ 财政.本期 | completion_rate(财政.目标) }}", "完成全年目标的57%|57"),
    ("{{ 1 | completion(3) }}|{{ 1 | completion(3, 2) }}", "完成全年目标的33.3%|完成全年目标的33.33%"),
    ("{% if 财政.本期 | completion_rate(财政.目标) >= 50 %}过半{% endif %}", "过半"),
    // dates
    (
      "{{ 日期 | date_cn }}|{{ \"2024/4/1\" | date_cn }}|{{ \"2024.04.01\" | date_cn }}|{{ \"2024年04月01日\" | date_cn }}",
      "2024年4月1日|2024年4月1日|2024年4月1日|2024年4月1日"
    ),
    (
      "{{ \"2024-02-29\" | date_cn }}|{{ \"2024年6月\" | date_cn }}|{{ \"2024/6\" | date_cn }}",
      "2024年2月29日|2024年6月|2024年6月"
    ),
    ("{{ 日期 | year }}|{{ 2024 | year }}|{{ \"2024年\" | year }}|{{ \"2025年1月\" | year }}", "2024年|2024年|2024年|2025年"),
  ])
  func renders(_ template: String, _ expected: String) {
    #expect(text(template, Self.data) == expected, "\(template)")
  }

  @Test(arguments: [
    ("{{ \"35万人次\" | amount(\"万元\") }}", "过滤器 amount 无法处理这个值：“35万人次”不是金额（应如 17.1亿元、95483万元 或一个数字）"),
    ("{{ \"2000多万元\" | amount(\"亿元\") }}", "过滤器 amount 无法处理这个值：“2000多万元”是范围或约数（多、余），无法换算"),
    ("{{ 12 | amount(\"亿元\", 9) }}", "过滤器 amount 的参数不对：digits 应为 0 到 8 的整数"),
    ("{{ \"12亩\" | with_unit(\"万亩\") }}", "过滤器 with_unit 无法处理这个值：“12亩”不是数字，也不是以“万亩”为单位的数"),
    ("{{ 待定 | quantity }}", "过滤器 quantity 无法处理这个值：“待定”不是一个数量（如 17.1亿元、超35万人次）"),
    ("{{ \"12万元\" | percent }}", "过滤器 percent 无法处理这个值：应为百分数，这里的单位是“万元”"),
    ("{{ 财政.本期 | growth(财政.零) }}", "过滤器 growth 无法处理这个值：上年值为 0，无法计算增幅；请改写这句话，如只写本年的数"),
    ("{{ 覆盖率.本期 | growth(覆盖率.上期) }}", "过滤器 growth 无法处理这个值：百分数的增减应以百分点计，请用 change 过滤器"),
    ("{{ 财政.本期 | growth(游客.上期) }}", "过滤器 growth 无法处理这个值：两个数的单位不同（亿元 与 万人次），无法比较"),
    ("{{ 待定 | growth(1) }}", "过滤器 growth 无法处理这个值：本期值“待定”不是数字，也不是带单位的数"),
    ("{{ \"1-6月\" | growth(1) }}", "过滤器 growth 无法处理这个值：本期值“1-6月”是一个范围，无法计算"),
    ("{{ 1 | growth(2, \"千元\") }}", "过滤器 growth 的参数不对：单位应为 元、万元 或 亿元，这里是“千元”"),
    ("{{ 财政.本期 | change(1) }}", "过滤器 change 无法处理这个值：应为百分数，这里的单位是“亿元”"),
    ("{{ 1 | completion(0) }}", "过滤器 completion 无法处理这个值：目标值为 0，无法计算完成比例"),
    ("{{ \"2023-02-29\" | date_cn }}", "过滤器 date_cn 无法处理这个值：“2023-02-29”不是日期（应如 2024-04-01 或 2024年4月1日）"),
    ("{{ \"2024-13-01\" | date_cn }}", "过滤器 date_cn 无法处理这个值：“2024-13-01”不是日期（应如 2024-04-01 或 2024年4月1日）"),
    ("{{ \"2024-4/1\" | date_cn }}", "过滤器 date_cn 无法处理这个值：“2024-4/1”不是日期（应如 2024-04-01 或 2024年4月1日）"),
    ("{{ \"24-4-1\" | date_cn }}", "过滤器 date_cn 无法处理这个值：“24-4-1”不是日期（应如 2024-04-01 或 2024年4月1日）"),
    // Twenty digits overflowed an Int before they were refused.
    (
      "{{ \"99999999999999999999-01-01\" | date_cn }}",
      "过滤器 date_cn 无法处理这个值：“99999999999999999999-01-01”不是日期（应如 2024-04-01 或 2024年4月1日）"
    ),
    ("{{ \"明年\" | year }}", "过滤器 year 无法处理这个值：“明年”不是年份或日期"),
  ])
  func fails(_ template: String, _ message: String) {
    #expect(templateError(template, Self.data)?.kind.message == message, "\(template)")
  }

  @Test func failuresPointAtTheValueAndItsDataLine() throws {
    let zero = try #require(templateError("　　{{ 财政.本期 | growth(财政.零) }}", Self.data))
    #expect(zero.range.compactDescription == "1:21-1:25")
    #expect(zero.dataLocation?.range.lowerBound.line == 5)
    let input = try #require(templateError("{{ 待定 | amount(\"亿元\") }}", Self.data))
    #expect(input.range.compactDescription == "1:4-1:6")
    #expect(input.dataLocation?.range.lowerBound.line == 13)
    let units = try #require(templateError("{{ 财政.本期 | growth(游客.上期) }}", Self.data))
    #expect(units.range.compactDescription == "1:12-1:25")
    #expect(units.dataLocation == nil)
  }
}

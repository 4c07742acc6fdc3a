import ReportOutline
import ReportText

/// Tiny reports written for these tests: fictional towns, our own words.
enum FictionalReports {
  /// An annual report of 青禾镇 with every part, guidance inside the plan, （一） sections.
  static let annual = """
    政府工作报告
    ——2024年1月10日在青禾镇第五届人民代表大会第三次会议上
    镇长  李明
    各位代表：
    现在，我代表青禾镇人民政府向大会报告工作，请予审议。
    一、2023年工作回顾
    过去一年，全镇上下齐心协力，各项事业稳步向前。
    （一）招商引资和项目建设提速
    新签约企业三家，园区道路全线贯通。
    （二）人居环境整治见效
    清理河道十二公里，新建公厕四座。
    （三）民生实事件件落地
    新增养老床位四十张，改造校舍两处。
    各位代表，成绩来之不易。这是全镇干部群众共同努力的结果，在此表示衷心感谢！
    在肯定成绩的同时，我们也清醒地看到，产业基础仍然薄弱，财政收支矛盾突出。
    二、2024年工作安排
    各位代表，新的一年任务繁重，机遇难得。
    今年工作的总体要求是：稳中求进，实干为先，办好群众关心的事。
    （一）壮大特色产业
    培育两家龙头企业，建成冷链仓储中心。
    （二）守住安全底线
    开展隐患排查，化解矛盾纠纷。
    各位代表，让我们携手奋进，再创佳绩！
    """

  /// A half-year report of 溪口镇: plain part headings, 一、 sections, no thanks.
  static let halfYear = """
    2024年上半年政府工作报告
    各位代表：
    现在，我代表溪口镇人民政府报告上半年工作，请予审议。
    上半年工作回顾
    今年以来，我们围绕年初目标，扎实推进各项工作。
    一、产业项目稳步推进
    新开工项目五个，完成投资八千万元。
    二、农村人居环境持续改善
    完成改厕一百户，村道硬化六公里。
    三、平安建设扎实有效
    排查化解矛盾纠纷二十件。
    在肯定成绩的同时，我们也要看到，项目储备不足，群众增收渠道偏窄。
    下半年工作计划
    下半年，我们将聚焦重点，补齐短板。
    一、抓实项目招商
    力争再引进企业两家。
    二、办好民生实事
    建成老年食堂一处。
    各位代表，让我们团结一心，苦干实干，再创新绩！
    """

  /// A summary-and-plan of 石桥镇: no address to deputies, 一、 parts with （一） sections.
  static let summaryPlan = """
    石桥镇2024年工作总结和2025年工作计划
    今年以来，石桥镇在县委县政府的领导下，各项工作有序推进。
    一、2024年工作总结
    （一）农业生产稳中有进
    粮食播种面积保持稳定，新建高标准农田一千亩。
    （二）集镇面貌明显改观
    改造老街一条，新增绿地两处。
    二、存在的问题
    村集体经济底子薄，公共服务短板明显。
    三、2025年工作计划
    （一）发展乡村特色产业
    扩大茶叶种植，办好采茶节。
    （二）提升基层治理水平
    建好网格队伍，做实矛盾调解。
    """

  static func outline(_ text: String, path: String) -> Outline {
    Outline(parsing: SourceText(path: path, string: text))
  }
}

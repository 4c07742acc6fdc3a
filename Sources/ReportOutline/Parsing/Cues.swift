import ReportText

/// The stock words of the genre that mark where parts begin.
///
/// These are general cues of township work reports (salutations, the formulae that open the thanks,
/// the problems and the plan, the keywords of part headings), never sentences of particular reports.
enum Cues {

  /// Words that open an address to the audience.
  static let salutations = CueSet(["各位", "同志们", "尊敬的"])

  /// Words in the paragraph that reports the government's work "now, on behalf of…".
  static let reportingFormula = CueSet([
    "现在，我代表", "现在,我代表", "我代表", "请予审议", "请各位代表", "提出意见", "审议", "向大会报告", "作报告", "报告工作",
  ])

  /// Words of thanks for the period's results.
  static let thanksWords = CueSet(["感谢", "离不开", "来之不易", "得益于", "敬意", "凝聚着", "结果"])
  /// Words that give thanks early in a paragraph without a salutation ("半年来，…这离不开…").
  static let earlyThanks = CueSet(["离不开", "感谢", "来之不易", "得益于", "凝聚着"])
  /// Openings of a thanks paragraph without a salutation.
  static let thanksOpenings = CueSet(["成绩来之不易", "这些成绩", "上述成绩", "以上成绩", "各项成绩", "成绩的取得", "回顾"])

  /// Phrases that open the problems ("在肯定成绩的同时，我们也清醒地认识到…").
  static let problemOpenings = CueSet([
    "成绩的同时", "成绩同时", "清醒地", "清醒看到", "清醒认识", "不足之处", "存在的问题", "存在一些问题", "存在不少问题",
    "问题和不足", "困难和问题", "差距和不足", "问题与不足", "不足和问题", "困难和挑战", "短板和不足", "也要看到",
    "也应看到", "也要看到", "不容忽视", "还存在", "仍存在", "仍然存在", "还面临",
  ])
  /// Words only a problems paragraph has in its first sentences.
  static let firmProblemWords = CueSet([
    "清醒", "成绩的同时", "不足之处", "存在的问题", "问题和不足", "困难和问题", "问题与不足", "不足和问题", "差距和不足", "短板和不足",
    "问题和挑战", "困难和挑战", "风险和挑战", "矛盾和问题", "短板弱项", "差距和短板", "问题和短板",
  ])
  /// Words that own up to shortcomings: "还有很多不足", "做得还不够".
  static let shortcomings = CueSet(["还有很多不足", "还有不少不足", "还存在不少", "还有不少差距", "还有差距", "做得还不够", "还有不足", "存在不足"])
  /// Words of gratitude that only a thanks paragraph has.
  static let gratitude = CueSet(["感谢", "敬意", "谢意", "致谢"])
  /// "来之不易": a paragraph that says it early may open the thanks ("成绩来之不易").
  static let hardWon = CueSet(["来之不易"])
  /// Words of a heading that looks forward: "二、坚定信心，奋力实现2023年目标", "二、未来五年的主要任务".
  static let forwardHeadingWords = CueSet([
    "今年", "明年", "下半年", "下一步", "未来", "今后", "新一届", "新的一年", "目标", "任务", "安排", "计划", "打算", "思路",
    "部署", "建议", "举措", "要点", "重点",
  ])
  /// The character 年 after a year's digits.
  static let nian = Array(utf8: "年")
  /// Phrases that name problems inside a longer paragraph.
  static let problemWords = CueSet(["清醒", "问题：", "问题:", "不足：", "困难：", "面临不少", "还存在", "仍存在"])

  /// Words that open the plan when it has no heading of its own.
  static let forwardOpenings = CueSet(["下半年", "明年", "下一步", "新的一年", "今后", "下阶段", "下一阶段"])

  /// Words of the guidance paragraph ("今年工作的指导思想是：…").
  static let guidanceWords = CueSet(["指导思想", "总体要求", "总体思路", "总思路", "总的要求", "基本思路"])
  /// Words that tie a named guidance to the period of the report: "今年政府工作的总体要求", "2024年工作的总体要求".
  static let ownPeriodWords = CueSet(["今年", "明年", "下半年", "全年", "新的一年", "政府工作", "年工作", "年经济"])
  /// The opening of a guidance paragraph that does not name itself: "做好今年工作，要…".
  static let doingWell = CueSet(["做好今年", "做好明年", "做好下半年", "做好全年", "做好新的一年", "做好2"])
  /// "，要" or "，必须" after "工作".
  static let mustOrShould = CueSet(["，要", "，必须", "，我们要", "，我们必须", ",要", "。我们要", "。我们必须"])
  /// Words of the period's results that an address to the deputies opening the thanks speaks of.
  static let resultsWords = CueSet(["成绩", "成果", "成就"])
  /// Words that draw lessons from the period: "我们深深体会到", "给予我们宝贵启示".
  static let lessons = CueSet(["体会到", "体会是", "启示", "感悟到", "认识到", "深刻感到"])
  /// Words that say where the results came from: "之所以能够取得…", "是…的结果".
  static let resultsSource = CueSet(["的结果", "之所以"])
  /// The guidance said without naming it: "做好今年工作，要坚持以…为指导".
  static let guidanceFormula = CueSet(["为指导", "为指引，", "为统领，"])
  /// Words of the targets paragraph ("主要预期目标是：…").
  static let targetWords = CueSet([
    "预期目标", "工作目标", "主要目标", "发展目标", "目标是", "目标为", "预期指标", "主要指标", "约束性指标",
  ])
  /// Names of the year's main targets, preferred to a paragraph that mentions one target ("增长预期目标为9.5%").
  static let mainTargets = CueSet(["主要预期目标", "主要目标", "主要预期指标", "主要指标", "约束性指标", "发展目标"])
  /// Words that set out a list of problems after naming them: "一是…", "主要体现在…".
  static let problemDetails = CueSet(["一是", "主要体现在", "主要表现在", "主要表现为", "主要是", "突出表现", "具体表现", "：", "第一"])
  /// Words of difficulties ahead: "面临着…严峻挑战", "短板", "差距".
  static let difficultyWords = CueSet(["挑战", "不足", "短板", "差距", "隐忧", "压力", "面临着", "制约"])
  /// "今年": a heading that names it speaks of the year.
  static let thisYear = CueSet(["今年", "本年", "年度"])
  /// The formal name of the year's targets.
  static let expectedTargets = CueSet(["预期目标"])
  /// Openings of a paragraph or heading about a five-year period rather than the year: "“十四五”时期…", "未来五年…".
  static let fiveYearOpenings = CueSet([
    "“十一五", "“十二五", "“十三五", "“十四五", "“十五五", "“十六五", "\"十", "十一五", "十二五", "十三五", "十四五", "十五五",
    "十六五", "未来五年", "今后五年", "过去五年", "五年来", "本届政府", "新一届政府", "到20", "展望20",
  ])

  /// Openings of the closing exhortation.
  static let exhortations = CueSet(["让我们"])

  /// Ends of part headings, by role. A part heading is short and ends with one of these.
  static let reviewHeadingEnds = CueSet([
    "回顾", "工作总结", "总结", "情况", "成效", "主要工作", "工作成效", "主要成绩", "取得的成绩", "工作成绩", "成绩", "成就",
    "以来的工作", "以来工作",
  ])
  static let planHeadingEnds = CueSet([
    "计划", "安排", "任务", "思路", "打算", "重点", "部署", "展望", "要点", "目标任务", "工作谋划", "谋划", "举措",
  ])
  static let problemHeadingWords = CueSet(["问题", "困难", "不足", "短板", "差距"])
  static let guidanceHeadingWords = CueSet(["指导思想", "总体要求", "总体思路"])
  static let targetHeadingWords = CueSet(["预期目标", "工作目标", "主要目标", "发展目标", "目标任务"])
  /// Headings that end in "工作" take their role from a period word.
  static let work = CueSet(["工作"])
  /// "总体要求和主要目标": goals named with the requirements open the plan.
  static let planGoals = CueSet(["要求", "主要目标", "预期目标", "目标任务"])
  static let forwardPeriods = CueSet(["下半年", "明年", "下一步", "下步", "下阶段", "今后", "新的一年", "重点工作"])
  static let pastPeriods = CueSet(["上半年", "过去", "今年以来", "前三季度", "一年来", "半年来"])
  /// Words that show a heading speaks of a period or of the work as a whole.
  static let periodWords = CueSet(["年", "工作", "过去", "下步", "下一步", "今后", "期间", "阶段", "时期", "未来", "以来"])

  /// Advertising and download-site lines that collected texts carry.
  static let advertising = BytePatternSet([
    "素材库", "会员", "代笔", "下载", "公众号", "微信", "淘宝", "www.", "http", "QQ", "VIP", "vip", "版权", "文库", "范文网",
    "更多精彩", "原创", "关注我们", "欢迎加入", "客服", "范文", "谨防", "代写", "一键", "文稿库", "联系方式",
  ])

  /// Words that show a short line below the title names the speaker.
  static let speakerWords = CueSet([
    "镇长", "乡长", "主任", "书记", "县长", "区长", "市长", "局长", "主席", "人民政府", "办事处",
  ])
  /// Words of a subtitle naming the meeting.
  static let meetingWords = CueSet(["会议", "大会", "会上"])

  /// Words that show a line names a whole report: the genre or the place.
  static let reportTitleWords = CueSet(["报告", "镇", "乡", "街道", "政府", "要点"])

  /// Words that name the genre in a title.
  static let genreWords = CueSet(["报告", "总结", "计划", "要点", "讲话"])

}

extension Cues {
  /// Small sets used by single tests.
  static let summary = CueSet(["总结"])
  static let planWords = CueSet(["计划", "打算", "安排"])
  static let yearSuffix = CueSet(["年"])
  static let goal = CueSet(["目标"])
  static let isOrColon = CueSet(["是", "：", ":", "为"])
  static let colonOrIs = CueSet(["：", ":", "是", "为"])
  static let lenticular = CueSet(["【"])
}

extension Cues {
  /// Words that end a signature line after the closing ("桥南街道办事处").
  static let signatureEnds = CueSet(["政府", "办事处", "委员会", "街道", "镇", "乡", "党委"])
}

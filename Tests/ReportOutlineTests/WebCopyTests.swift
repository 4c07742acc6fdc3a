import Testing

@testable import ReportOutline
@testable import ReportText

/// Reports as users get them from the web and from other governments' reports: the page around the report, the
/// appendices after it, a second copy, and the shapes of county, city and province reports (fictional texts, our
/// own words).
@Suite struct WebCopyTests {
  /// The kinds of the recoveries that set text aside, with their first and last lines.
  func setAside(_ o: Outline) -> [String] {
    o.recoveries.filter { [.webFurniture, .appendix, .repeatedText].contains($0.kind) }.map {
      "\($0.kind.rawValue) \($0.range.lowerBound.line)-\($0.range.upperBound.line)"
    }
  }

  static let page = """
    首页 > 政务公开 > 规划计划 > 政府工作报告
    云溪镇2025年政府工作报告
    发布时间：2025-01-20 10:30  来源：云溪镇人民政府  浏览次数：1204
    【字体：大 中 小】【打印】【关闭】
    政 府 工 作 报 告
    ――2025年1月15日在云溪镇第十八届人民代表大会第五次会议上
    云溪镇镇长  方知远
    各位代表：
    现在，我代表镇人民政府，向大会报告工作，请予审议。
    一、2024年工作回顾
    （一）产业发展稳中有进。全年完成规上工业产值9.6亿元，同比增长7.2%。
    （二）乡村面貌持续改善。完成8个村的人居环境整治，新建农村公路19公里。
    各位代表！
    过去一年的成绩来之不易，我代表镇人民政府，向全镇干部群众表示衷心的感谢！
    同时，我们也清醒地看到，产业链条偏短，公共服务还有短板。
    二、2025年工作安排
    做好今年工作，要坚持稳中求进，统筹发展和安全，扎实推进各项工作。
    今年全镇的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。
    （一）聚力项目建设。全年计划实施重点项目12个，完成投资6亿元。
    （二）聚焦乡村振兴。扩大茶叶种植面积800亩，推进生活污水治理全覆盖。
    各位代表！新的一年，让我们在镇党委的坚强领导下，奋力谱写云溪发展新篇章！
    附件：名词解释
    1.四上企业：规模以上工业、有资质的建筑业、限额以上批发零售业和规模以上服务业企业的统称。
    2.两不管道路：具备道路功能而没有明确管养单位的道路。
    扫一扫在手机打开当前页
    【我要纠错】  责任编辑：某某
    上一篇：云溪镇召开第十八届人民代表大会第五次会议
    """

  @Test func setsThePageAsideAndFindsTheTitleBehindIt() {
    let o = outline(Self.page)
    #expect(o.titleBlock?.title?.range.lowerBound.line == 2)
    #expect(o.titleBlock?.subtitle?.text.contains("第五次会议上") == true)
    #expect(o.titleBlock?.speaker?.text == "云溪镇镇长  方知远")
    #expect(setAside(o) == ["webFurniture 1-1", "webFurniture 3-4", "appendix 22-24", "webFurniture 25-27"])
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "2 title", "8 preamble", "10 review", "11 h1", "12 h1", "13 thanks", "15 problems", "16 plan",
        "17 guidance", "18 targets", "19 h1", "20 h1", "21 closing",
      ])
  }

  @Test func aSpacedTitleReadsAsOneWord() {
    let o = outline("政 府 工 作 报 告\n——2025年1月9日在白鹭镇人民代表大会上\n各位代表：\n现在，我代表镇人民政府报告工作。\n")
    #expect(o.titleBlock?.title?.text == "政府工作报告")
  }

  @Test(arguments: ["——", "—", "――", "--", "----", "－－"])
  func anyDashBeforeTheDatelineMakesItTheSubtitle(_ dash: String) {
    let text = "政府工作报告\n\(dash)2025年1月9日在白鹭镇第十七届人民代表大会第三次会议上\n各位代表：\n现在，我代表镇人民政府报告工作。\n"
    let o = outline(text)
    #expect(o.titleBlock?.subtitle?.range.lowerBound.line == 2, "\(dash)")
    #expect(rows(o, kinds: OutlineScore.parts) == ["1 title", "3 preamble"], "\(dash)")
  }

  @Test func aDatelineWithoutItsTitleStaysInTheTitleBlock() {
    let o = outline("——2025年1月9日在白鹭镇人民代表大会上\n镇长　某某\n各位代表：\n现在，我代表镇人民政府报告工作。\n")
    #expect(o.titleBlock?.title == nil)
    #expect(o.titleBlock?.subtitle?.range.lowerBound.line == 1)
    #expect(rows(o, kinds: OutlineScore.parts) == ["3 preamble"])
  }

  @Test func aPageWithoutAReportIsAllFurniture() {
    let text = "首页\n政务公开\n通知公告\n年度工作计划及总结\n工作报告\n索引号：1144030/2025-00001\n【打印】【字体：大 中 小】\n"
    let o = outline(text)
    #expect(o.parts.isEmpty)
    #expect(setAside(o) == ["webFurniture 1-7"])
  }

  @Test func aSecondCopyAfterTheClosingIsRepeatedText() {
    let text = """
      各位代表：
      现在，我代表镇人民政府，向大会报告工作。
      一、2024年工作回顾
      全镇经济平稳增长，民生持续改善。
      二、2025年工作安排
      今年，我们将继续稳中求进。
      各位代表，让我们团结一心，共创美好未来！
      （本报讯）1月9日上午，白鹭镇第十七届人民代表大会第三次会议开幕，以下为报告全文。
      政府工作报告
      ——2025年1月9日在白鹭镇第十七届人民代表大会第三次会议上
      各位代表：
      现在，我代表镇人民政府，向大会报告工作。
      """
    let o = outline(text)
    #expect(setAside(o) == ["webFurniture 8-8", "repeatedText 9-12"])
    #expect(rows(o, kinds: OutlineScore.parts) == ["1 preamble", "3 review", "5 plan", "7 closing"])
  }

  @Test func aPhotoCaptionIsNotATitleNorAParagraph() {
    let text = """
      各位代表：
      现在，我代表镇人民政府，向大会报告工作。
      1月9日，镇长方知远作政府工作报告。通讯员 李明 摄
      一、2024年工作回顾
      全镇经济平稳增长，民生持续改善。
      """
    let o = outline(text)
    #expect(setAside(o) == ["webFurniture 3-3"])
    #expect(rows(o, kinds: OutlineScore.parts) == ["1 preamble", "4 review"])
  }

  @Test func aHeadingBrokenInsideOrAfterItsMarkerIsOneHeading() {
    let text = """
      一、2024年工作回顾
      （一）产业发展稳中有进。
      全年完成规上工业产值9.6亿元。
      （
      二）乡村面貌持续改善。
      完成8个村的人居环境整治。
      二、
      2025年工作安排
      今年，我们将继续稳中求进。
      """
    let o = outline(text)
    #expect(rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == ["1 review", "2 h1", "4 h1", "7 plan"])
    let broken = o.parts[0].blocks.compactMap { block -> Section? in
      if case .section(let section) = block { section } else { nil }
    }[1]
    #expect(broken.heading.marker?.value == 2)
    #expect(broken.heading.title == "乡村面貌持续改善")
  }

  /// A county's report: the plan set out under three top-level headings, the year read from the headings, thanks on
  /// a bare "各位代表！" line, problems in the middle of a paragraph, guidance that does not name itself.
  static let county = """
    各位代表：
    现在，我代表区人民政府，向大会作政府工作报告，请予审议。
    一、2023年工作回顾
    过去一年，全区地区生产总值增长5.8%。
    （一）坚持稳中求进，经济运行回升向好。全年完成固定资产投资320亿元。
    （二）坚持改革创新，发展活力持续增强。新增市场主体1.2万户。
    各位代表！
    过去一年的成就来之不易。我代表区人民政府，向全区人民表示崇高的敬意和衷心的感谢！
    一年来的实践使我们深刻体会到，必须坚持人民至上。同时，我们也清醒认识到，发展不平衡不充分问题仍然突出。
    二、2024年政府工作的总体要求和目标任务
    今年是实施“十四五”规划的关键一年。做好今年政府工作，要坚持以新发展理念为引领，推动高质量发展。
    今年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，居民收入增长与经济增长同步。
    三、2024年重点工作
    （一）着力扩大有效需求，推动经济持续向好。全年实施重点项目200个。
    （二）着力建设现代化产业体系，增强发展后劲。新增规上工业企业60家。
    四、全面加强政府自身建设
    坚持依法行政，自觉接受人大监督。
    各位代表！
    使命在肩，奋斗正当其时。让我们更加紧密地团结在一起，为建设美好家园而努力奋斗！
    """

  @Test func readsACountyReportWithThePlanUnderSeveralHeadings() {
    let o = outline(Self.county)
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "1 preamble", "3 review", "5 h1", "6 h1", "7 thanks", "9 problems", "10 plan", "11 guidance", "12 targets",
        "14 h1", "15 h1", "18 closing",
      ])
    #expect(o.parts.filter(\.continuesPrevious).count == 2)
  }

  @Test func aYearDecidesBetweenReviewAndPlan() {
    let text = """
      各位代表：
      现在，我代表区人民政府，向大会报告工作。
      一、2018年工作回顾
      过去一年，全区经济平稳增长。
      二、2019年主要工作
      今年，我们将继续稳中求进。
      """
    #expect(rows(outline(text), kinds: OutlineScore.parts) == ["1 preamble", "3 review", "5 plan"])
    let unmarked = """
      各位代表：
      现在，我代表区人民政府，向大会报告工作。
      一、关于2019年工作
      过去一年，全区经济平稳增长，民生持续改善。
      二、关于2020年工作
      今年，我们将继续稳中求进。
      """
    #expect(rows(outline(unmarked), kinds: OutlineScore.parts) == ["1 preamble", "3 review", "5 plan"])
  }

  /// A report at the start of a five-year plan: the plan starts at the five-year part; the guidance and targets
  /// are the year's, not the five years'.
  @Test func aFiveYearPlanLeavesTheGuidanceAndTargetsToTheYear() {
    let text = """
      各位代表：
      现在，我代表区人民政府，向大会报告工作。
      一、“十四五”时期发展成就和2025年工作回顾
      五年来，全区地区生产总值年均增长6%。
      二、“十五五”时期主要目标任务
      “十五五”时期，全区经济社会发展的指导思想是：坚持高质量发展，建设现代化城区。
      到2030年，全区地区生产总值的主要目标是：比2025年增长30%以上。
      三、2026年重点工作
      今年政府工作的总体要求是：坚持稳中求进，推动经济持续向好。
      今年全区经济社会发展的主要预期目标是：地区生产总值增长5%左右。
      （一）扩大有效投资。全年实施重点项目150个。
      """
    let o = outline(text)
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "1 preamble", "3 review", "5 plan", "9 guidance", "10 targets", "11 h1",
      ])
  }

  @Test func dashItemsHeadSectionsOnlyWhenTheyStandAlone() {
    let text = """
      上半年工作回顾
      ——抓项目、促发展
      新开工项目6个，完成投资3亿元。
      ——补短板、强基础
      新建农村公路12公里。
      下半年工作计划
      下半年主要目标是：
      ——地区生产总值增长6%；
      ——固定资产投资增长8%；
      ——一般公共预算收入增长5%。
      （一）抓好项目建设
      确保新项目年内开工。
      """
    let o = outline(text)
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "1 review", "2 h1", "4 h1", "6 plan", "7 targets", "11 h1",
      ])
  }

  @Test func enumerationLinesHeadSectionsOnlyWhenTheyStandAlone() {
    let text = """
      一、2024年工作回顾
      一是抓项目、稳增长。
      新开工项目6个，完成投资3亿元。
      项目服务持续优化。
      二是抓环境、惠民生。
      新建农村公路12公里。
      二、2025年工作安排
      一是聚力项目攻坚。全年计划实施重点项目12个。
      二是聚力乡村振兴。扩大茶叶种植面积800亩。
      """
    let o = outline(text)
    #expect(rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == ["1 review", "2 h1", "5 h1", "7 plan"])
  }

  @Test func problemsSetOutInThePlanOpeningArePartOfTheReport() {
    let text = """
      一、2024年工作回顾
      全年地区生产总值增长6%，民生持续改善。
      二、2025年工作安排
      我们也清醒看到发展中的困难和问题，主要体现在：产业层次不高，创新能力不强。
      今年政府工作的总体要求是：坚持稳中求进，推动高质量发展。
      """
    let o = outline(text)
    #expect(rows(o, kinds: OutlineScore.parts) == ["1 review", "3 plan", "4 problems", "5 guidance"])
    #expect(o.roles.contains(.problems))
    let passing = """
      一、2024年工作回顾
      全年地区生产总值增长6%，民生持续改善。
      二、2025年工作安排
      今年是关键之年，我们既要看到发展面临的困难和挑战，更要坚定信心。
      今年政府工作的总体要求是：坚持稳中求进，推动高质量发展。
      """
    #expect(!outline(passing).roles.contains(.problems))
  }

  @Test func itemsNumberedPastNinetyNineAndAfterADecimalLookingNumber() {
    var text = "一、2024年工作回顾\n（一）稳增长\n"
    for k in 1...39 { text += "\(k).完成第\(k)项任务。\n" }
    text += "40.151件民生实事顺利完成。\n"
    for k in 41...101 { text += "\(k).完成第\(k)项任务。\n" }
    let o = outline(text)
    #expect(o.headings.filter { $0.depth == 2 }.count == 101)
  }

  @Test func aPublicAccountArticleKeepsOnlyTheReport() {
    let text = """
      点击蓝字关注我们
      石门乡2024年政府工作报告
      ——2024年1月12日在石门乡第十八届人民代表大会第三次会议上
      各位代表：
      现在，我代表乡人民政府，向大会报告工作，请予审议。
      一、2023年工作回顾
      全乡经济平稳增长，民生持续改善。
      二、2024年工作安排
      今年，我们将继续稳中求进。
      各位代表，让我们团结一心，共创石门美好未来！
      END
      来源｜石门乡人民政府
      编辑｜某某
      往期推荐
      """
    let o = outline(text)
    #expect(setAside(o) == ["webFurniture 1-1", "webFurniture 11-14"])
    #expect(rows(o, kinds: OutlineScore.parts) == ["2 title", "4 preamble", "6 review", "8 plan", "10 closing"])
  }

  @Test func tableCellsOfAnAppendixAreNotPageNumbers() {
    let text = """
      一、2024年工作回顾
      全年地区生产总值增长6%。
      二、2025年工作安排
      今年，我们将继续稳中求进。
      各位代表，让我们团结一心，共创美好未来！
      附件2：民生实事一览表
      序号
      项目名称
      1
      新建幼儿园
      2
      改造老旧小区
      """
    let o = outline(text)
    #expect(!o.recoveries.contains { $0.kind == .pageNumber })
    #expect(setAside(o) == ["appendix 6-12"])
  }

  /// A report of the new term that plans the five years only: its "二、" heading on the general approach opens the
  /// plan (its guidance is the five years', not the year's), and the thanks come after the lessons of the five
  /// years, not with them.
  @Test func aFiveYearApproachHeadingOpensThePlanAfterTheLessons() {
    let text = """
      各位代表：
      一、过去五年工作回顾
      五年来，全区地区生产总值年均增长7%，新建学校14所。
      回顾过去五年，我们深深体会到，做好各项工作，必须坚持人民至上，必须坚持改革创新。
      各位代表！五年发展成果来之不易，我代表区人民政府，向全区人民表示衷心的感谢！
      在肯定成绩的同时，我们也清醒地认识到，产业结构还不够优，公共服务还有短板。
      二、未来五年总体思路
      未来五年，区政府工作的总体思路是：坚持高质量发展，建设宜居宜业的现代化城区。
      （一）突出改革攻坚，增强发展动力
      （二）突出民生优先，提升服务品质
      各位代表，蓝图已经绘就，让我们携手奋进，共创美好未来！
      """
    let o = outline(text)
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "1 preamble", "2 review", "5 thanks", "6 problems", "7 plan", "9 h1", "10 h1", "11 closing",
      ])
  }

  /// The guidance is the year's own ("今年政府工作的总体要求是"), not a longer period's set out just before it.
  @Test func theYearsOwnGuidanceBeforeALongerPeriods() {
    let text = """
      各位代表：
      一、2025年工作回顾
      全年地区生产总值增长6%。
      二、2026年工作安排
      今年是“十五五”规划开局之年。区委全会明确了当前和今后一个时期全区发展的总体要求：坚持创新驱动，建设现代化城区。
      落实区委部署，今年政府工作的总体要求是：坚持稳中求进，推动经济持续向好。
      今年全区经济社会发展的主要预期目标是：地区生产总值增长5%左右。
      （一）扩大有效投资。全年实施重点项目150个。
      """
    let o = outline(text)
    #expect(rows(o, kinds: ["guidance", "targets"]) == ["6 guidance", "7 targets"])
  }

  /// A "三、" line after the review and the five-year plan goes on with the parts even when it is long; the
  /// "（一）" headings under it are one level below the parts, and circled items one more.
  @Test func aLongThirdHeadingGoesOnWithTheParts() {
    let text = """
      各位代表：
      一、“十四五”和2025年工作回顾
      五年来，全区地区生产总值年均增长6%。
      二、“十五五”目标任务
      到2030年，全区地区生产总值突破2000亿元。
      三、保持干事创业的精气神、拼劲和韧劲，全力以赴做好2026年政府各项工作，在全面建设现代化新征程上开好局、起好步
      今年全区经济社会发展的主要目标是：地区生产总值增长6%左右。
      （一）毫不放松抓好安全生产，坚决守牢安全底线
      ① 压实安全责任。落实企业主体责任和属地管理责任。
      ② 排查重大隐患。全年排查整治隐患3000项。
      （二）加快发展先进制造业，推动经济高质量发展
      ① 做强智能装备产业。建成智能装备产业园一期。
      各位代表，让我们团结一心，共创美好未来！
      """
    let o = outline(text)
    #expect(
      rows(o, kinds: OutlineScore.parts.union(OutlineScore.headings)) == [
        "1 preamble", "2 review", "4 plan", "7 targets", "8 h1", "9 h2", "10 h2", "11 h1", "12 h2", "13 closing",
      ])
  }

  /// A document-sharing site's page: buttons side by side, the file's name on each page, the uploader.
  @Test func aDocumentSharingPageKeepsOnlyTheReport() {
    let text = """
      收藏 分享
      青石镇2024年政府工作报告.doc
      上传人：qi****ng  文档编号：1024  上传时间：2025-01-20
      下载 相关 举报
      青石镇2024年政府工作报告.doc_第1页
      第1页 / 共12页
      各位代表：
      现在，我代表镇人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      全年完成地区生产总值12.3亿元。
      二、2025年工作安排
      今年，我们将继续稳中求进。
      各位代表，让我们团结一心，共创美好未来！
      """
    let o = outline(text)
    #expect(setAside(o) == ["webFurniture 1-5"])
    #expect(rows(o, kinds: OutlineScore.parts) == ["7 preamble", "9 review", "11 plan", "13 closing"])
  }

  /// A document-sharing site's chunks: "1、…" cut in the middle of a sentence, then "2、…" going on with it. The
  /// chunk numbers are the site's marks, not headings.
  @Test func chunkNumbersOfADocumentSharingSiteAreNotHeadings() {
    let text = """
      1、青石镇2024年政府工作报告 各位代表：现在，我代表镇人民政府向大会报告工作，请予审议。一、2024年工作回顾 过去一年，全镇上下团结一心，克难攻坚，经济社会发展稳中有进。全年完成地区生产总值12.3亿元，增长6.1%；一般公共预算收入8600万元，增长5.2%；农村居民人均可支配收入2.3万元，增长7.5%。我们坚持项目为王，全年实施重点项目21个，完成投资6.8亿元；坚持民生优先，办好十件民生实事，群众的获得感、幸福感、安全感不断增强。（一）产业发展在优化结
      2、构中展现新起色。全年新增规上工业企业5家，完成工业投资3.2亿元，增长9.1%。培育家庭农场12家、农民专业合作社8家，新建高标准农田3600亩，粮食播种面积稳定在4.1万亩以上，茶叶、油茶等特色产业持续壮大，带动农户增收致富。我们深化招商引资，全年签约项目9个，协议投资15.6亿元，其中亿元以上项目4个；持续优化营商环境，新增市场主体560户，其中企业120家，个体工商户440户，经济发展的活力和后劲明显增强。（二）乡村面貌持续改善。完成18个村的人居环境整治，新建和改造农村公
      3、路19公里，农村生活污水治理覆盖率达到82%。
      """
    let o = outline(text)
    #expect(o.recoveries.filter { $0.kind == .noiseMarker }.map { $0.range.lowerBound.line } == [2, 3])
    #expect(!o.headings.contains { $0.range.lowerBound.line >= 2 })
  }
}

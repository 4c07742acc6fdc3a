import Testing

@testable import ReportOutline
@testable import ReportText

/// Parser behaviour on short reports written for these tests (fictional towns, our own words).
@Suite struct OutlineParserTests {
  static let annual = """
    政府工作报告

    ——2025年1月10日在青石镇第五届人民代表大会第四次会议上

    青石镇人民政府镇长 林一平

    各位代表：
    现在，我代表青石镇人民政府，向大会报告工作，请予审议。
    一、2024年工作回顾
    一年来，全镇上下团结一心，较好完成了镇人代会确定的各项目标任务。
    （一）产业发展稳中有进
    工业经济提质增效。全年完成规上工业产值12.5亿元，同比增长8.1%。
    农业基础更加稳固。新建高标准农田3200亩，粮食播种面积稳定在5.6万亩。
    （二）城乡面貌持续改善
    完成12个村的人居环境整治提升，新改建农村公路28公里。
    （三）民生福祉不断增进
    新增城镇就业420人，发放各类救助资金860万元。
    各位代表，这些成绩来之不易，离不开县委县政府的坚强领导，我代表镇人民政府表示衷心感谢！
    在肯定成绩的同时，我们也清醒地认识到，产业结构还不够优，公共服务还有短板。
    二、2025年工作安排
    今年政府工作的指导思想是：坚持稳中求进，统筹发展和安全，扎实推进各项工作。
    主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。
    （一）聚力项目建设，增强发展后劲
    全年计划实施重点项目15个，完成投资8亿元。
    （二）聚焦乡村振兴，建设和美乡村
    1.发展特色产业。扩大茶叶种植面积1000亩。
    2.改善人居环境。推进生活污水治理全覆盖。
    （三）坚持民生为本，办好民生实事
    新建养老服务站3个，改造老旧小区2个。
    各位代表！新的一年，让我们在镇党委的坚强领导下，奋力谱写青石发展新篇章！
    """

  @Test func readsTitleBlock() throws {
    let o = outline(Self.annual)
    let block = try #require(o.titleBlock)
    #expect(block.title?.text == "政府工作报告")
    #expect(block.subtitle?.text.hasPrefix("——2025年1月10日") == true)
    #expect(block.speaker?.text == "青石镇人民政府镇长 林一平")
  }

  @Test func findsPartsInOrder() {
    let o = outline(Self.annual)
    #expect(o.parts.map(\.role) == [.preamble, .review, .thanks, .problems, .plan, .closing])
    #expect(
      rows(o, kinds: OutlineScore.parts) == [
        "1 title", "7 preamble", "9 review", "18 thanks", "19 problems", "20 plan", "21 guidance", "22 targets",
        "30 closing",
      ])
  }

  @Test func givesHeadingsTheirDepthBelowThePart() {
    let o = outline(Self.annual)
    #expect(
      rows(o, kinds: ["h1", "h2", "h3"]) == [
        "11 h1", "14 h1", "16 h1", "23 h1", "25 h1", "26 h2", "27 h2", "28 h1",
      ])
    let review = o.parts[1]
    #expect(review.heading?.title == "2024年工作回顾")
    #expect(review.heading?.depth == 0)
  }

  @Test func findsRunInHeadings() {
    let o = outline(Self.annual)
    let runIns = o.parts[1].blocks.flatMap { block -> [String] in
      guard case .section(let section) = block else { return [] }
      return section.blocks.compactMap {
        if case .paragraph(let p) = $0 { return p.runIn?.text }
        return nil
      }
    }
    #expect(runIns == ["工业经济提质增效", "农业基础更加稳固"])
  }

  @Test func unnumberedPartHeadingsPutTopLevelNumbersAtH1() {
    let text = """
      2025年上半年政府工作报告

      各位代表：
      现在，我代表镇人民政府向大会报告上半年工作，请予审议。
      上半年工作回顾
      上半年，全镇经济社会发展总体平稳。
      一、项目建设提速增效
      （一）招商引资。新签约项目6个，协议总投资11亿元。
      （二）项目推进。8个省市重点项目完成年度投资计划的58%。
      二、社会事业全面进步
      教育质量稳步提升。中考优秀率比去年提高4个百分点。
      下半年工作打算
      一、全力冲刺全年目标
      紧盯年度目标任务，确保各项指标全面完成。
      二、持续改善民生
      办好剩余民生实事，确保年底前全部完成。
      """
    let o = outline(text)
    #expect(
      rows(o) == [
        "1 title", "3 preamble", "5 review", "7 h1", "8 h2", "9 h2", "10 h1", "11 runin", "12 plan", "13 h1",
        "15 h1",
      ])
  }

  @Test func parallelLeadSentencesOpenSections() {
    let text = """
      各位代表：
      过去一年，全镇上下攻坚克难，各项事业取得新进展。
      这一年，我们坚持项目为王，经济发展动能更加强劲。
      全年引进项目9个，完成固定资产投资6.2亿元，同比增长11%，其中工业投资占比过半。
      这一年，我们坚持绿色发展，城乡面貌更加靓丽宜居。
      完成造林绿化1200亩，镇区生活垃圾分类覆盖率达到95%，群众满意度明显提升。
      这一年，我们坚持人民至上，民生保障更加坚实有力。
      新增就业岗位560个，城乡居民医保参保率稳定在98%以上，困难群众应保尽保。
      在看到成绩的同时，我们也清醒地看到，发展不平衡的问题依然突出。
      """
    let o = outline(text)
    #expect(rows(o) == ["1 preamble", "2 review", "3 h1", "5 h1", "7 h1", "9 problems"])
  }

  @Test func dashHeadingsAreSections() {
    let text = """
      上半年工作回顾
      ——聚焦项目建设，发展后劲持续增强
      招商成效明显。上半年新引进企业5家。
      ——聚焦环境整治，城乡面貌持续改善
      完成河道清淤15公里。
      下半年工作计划
      一、抓项目促发展
      确保全年投资目标完成。
      """
    let o = outline(text)
    #expect(rows(o) == ["1 review", "2 h1", "3 runin", "4 h1", "6 plan", "7 h1"])
  }

  @Test func thanksThatNamesTheProblemsStartsBothParts() {
    let text = """
      各位成员：
      一、上半年工作回顾
      一是产业发展有新突破。新增市场主体120户。
      二是城市管理有新成效。整治背街小巷14条。
      同志们，半年来的成绩离不开大家的支持，在此表示感谢！同时也要清醒看到，街道发展还面临不少问题：一是产业基础薄弱，二是治理任务繁重。
      二、下半年工作任务
      （一）抓实产业发展。推动3个项目开工。
      """
    let o = outline(text)
    #expect(rows(o) == ["1 preamble", "2 review", "3 runin", "4 runin", "5 thanks", "5 problems", "6 plan", "7 h1"])
  }

  @Test func wrongMarkerIsReadAtItsLevelAndRecorded() {
    let text = """
      上半年工作回顾
      一、经济运行
      工业产值增长。
      二、城乡建设
      道路改造完成。
      3、社会事业
      学校扩建完成。
      五、自身建设
      作风持续改进。
      """
    let o = outline(text)
    #expect(rows(o, kinds: ["h1", "h2"]) == ["2 h1", "4 h1", "6 h1", "8 h1"])
    #expect(o.recoveries.map(\.kind) == [.wrongMarker, .numberSequence])
    #expect(o.recoveries[0].range.lowerBound.line == 6)
  }

  @Test func noiseIsRecordedAndSkipped() {
    let text = """
      某镇2024年工作总结和2025年工作计划
      今年以来，我镇在区委、区政府的领导下，扎实推进各项工作。
      一、2024年工作完成情况
      ##paidbegin##（一）产业发展
      [bookmark: _GoBack]新建厂房2万平方米。
      二、2025年工作计划
      （一）抓产业
      推动新签约项目落地。
      【某某素材库】——每天更新材料，欢迎加入会员
      ##paidend##
      """
    let o = outline(text)
    #expect(rows(o) == ["1 title", "2 preamble", "3 review", "4 h1", "6 plan", "7 h1"])
    #expect(o.recoveries.map(\.kind) == [.noiseMarker, .bookmark, .advertisement, .noiseMarker])
    let heading = o.headings.first { $0.depth == 1 }
    #expect(heading?.title == "产业发展")
    #expect(heading?.range.lowerBound.column == 14)
  }

  @Test func fullWidthIndentIsNotContent() {
    let text = "上半年工作回顾\n　　（一）稳定经济\n　　完成产值3亿元。\n"
    let o = outline(text)
    #expect(rows(o) == ["1 review", "2 h1"])
    #expect(o.headings[1].range.lowerBound.column == 3)
  }

  @Test func markdownHeadingsAndBoldRunIns() {
    let text = """
      # 2025年上半年政府工作报告

      各位代表：

      ## 一、上半年工作回顾

      ### （一）经济运行稳中向好

      **工业稳步增长。** 规上工业增加值增长7.2%，
      高于全市平均水平。

      ## 二、下半年工作安排

      ### （一）抓好项目建设

      力争新开工项目10个。
      """
    let o = outline(text, path: "draft.md")
    #expect(rows(o) == ["1 title", "3 preamble", "5 review", "7 h1", "9 runin", "12 plan", "14 h1"])
    let paragraph = o.parts[1].blocks.first.flatMap { block -> Paragraph? in
      guard case .section(let s) = block, case .paragraph(let p) = s.blocks.first else { return nil }
      return p
    }
    #expect(paragraph?.runIn?.text == "工业稳步增长。")
    #expect(paragraph?.range.upperBound.line == 10)
  }

  @Test func sameInputGivesSameBytes() {
    let a = OutlineJSONWriter().write(outline(Self.annual))
    let b = OutlineJSONWriter().write(outline(Self.annual))
    #expect(a == b)
    #expect(OutlineDumper().dump(outline(Self.annual)) == OutlineDumper().dump(outline(Self.annual)))
  }

  /// Chinese text before the example shifts every offset; the rows must not move.
  @Test func prefixedTextKeepsColumnsRight() {
    let o = outline("前言文字很长很长很长。\n" + "上半年工作回顾\n（一）稳定经济\n完成产值3亿元。\n")
    let h = o.headings.first { $0.depth == 1 }
    #expect(h?.range.lowerBound.line == 3)
    #expect(h?.range.lowerBound.column == 1)
    #expect(h?.marker?.range.upperBound.column == 4)
  }

  @Test func titleOnTwoLines() {
    let text = """
      青峰镇人民政府
      2024年工作总结和2025年工作计划
      今年以来，青峰镇坚持稳中求进，各项工作取得新成效。
      一、2024年工作总结
      （一）产业发展
      新增企业12家。
      二、2025年工作计划
      （一）抓好招商
      力争引进项目8个。
      """
    let o = outline(text)
    #expect(o.titleBlock?.title?.text == "青峰镇人民政府2024年工作总结和2025年工作计划")
    #expect(rows(o) == ["1 title", "3 preamble", "4 review", "5 h1", "7 plan", "8 h1"])
  }
}

/// Cues of what surrounds a report copied from the web or published with appendices: the page's own
/// lines (navigation, metadata, print and share links, credits) and the appendices after the closing.
///
/// Like the other cues these are words of the genre and of government web pages in general, never lines
/// of particular pages.
extension Cues {
  /// Openings of a line that belongs to the web page rather than to the report.
  static let furnitureOpenings = CueSet([
    "来源：", "来源:", "信息来源", "文章来源", "稿件来源", "稿源：", "作者：", "作者:", "编辑：", "编辑:", "责任编辑", "责编：",
    "审核：", "校对：", "记者：", "通讯员：", "【我要纠错】", "我要纠错", "【纠错】", "发布时间", "发布日期", "发表时间", "更新时间",
    "时间：", "时间:", "日期：", "日期:", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "点击次数", "访问量",
    "访问次数", "索引号", "发布机构", "发文机关", "成文日期", "主题词", "主题分类", "分类：", "文号：", "发文字号", "名称：", "标题：",
    "公开方式", "公开范围", "信息有效性", "字号：", "字号:", "字号【", "【字号", "【字体", "字体：", "字体:", "【打印", "打印本页",
    "【关闭", "关闭窗口", "分享到", "分享：", "分享:", "扫一扫", "用手机扫", "手机扫描", "上一篇", "下一篇", "相关链接", "相关附件",
    "相关文章", "相关新闻", "相关阅读", "相关稿件", "延伸阅读", "返回顶部", "返回首页", "返回列表", "当前位置", "您现在的位置",
    "您所在的位置", "您的位置", "你的位置", "网站地图", "版权所有", "主办单位", "网站标识码", "（右侧滑动条", "(右侧滑动条", "下载、打印",
    "下载打印", "【打印】", "【下载】", "【收藏】", "【关闭】", "登录注册", "您正在浏览", "云适配", "返回手机版", "电脑版",
    "附件下载", "相关文档", "相关专题", "承办单位", "技术支持", "公网安备", "您是第", "访问人次", "政府网站找错", "点击率",
    // A public account's article: "编辑｜某某", "点击蓝字关注我们", "长按识别二维码".
    "编辑｜", "编辑|", "审核｜", "审核|", "来源｜", "来源|", "责编｜", "校对｜", "排版｜", "监制｜", "出品｜", "点击蓝字",
    "点击上方", "长按识别", "长按二维码", "扫码关注", "往期推荐", "往期回顾", "点个在看", "阅读原文", "分享收藏",
    // A document-sharing site: "上传人：…", "资源描述：", "亲，该文档总共34页", "下面是小编为您整理的…".
    "上传人", "资源描述", "文档描述", "亲,该文档", "亲，该文档", "下面是小编", "以下是小编", "小编为您", "-精品", "－精品", "文档下载",
    "下载文档", "立即下载", "免费下载", "VIP专享", "会员专享",
  ])
  /// Words of a document-sharing page's lines: a file name with its extension, the document's number.
  static let documentFileWords = CueSet([
    ".doc", ".docx", ".DOC", ".pdf", ".PDF", ".wps", ".ppt", "文档编号", "上传时间", "文档页数", "页数：",
  ])
  /// Openings of a news item around a report: "（本报讯）1月9日上午，…以下为报告全文。"
  static let newsOpenings = CueSet(["（本报讯）", "(本报讯)", "【本报讯】", "本报讯", "据新华社", "新华社记者", "（记者", "(记者"])

  /// Whole lines of a web page's menus and buttons, matched exactly (the word must be the whole line).
  static let furnitureLines = CueSet([
    "首页", "打印", "关闭", "收藏", "分享", "下载", "登录", "注册", "图解", "一图读懂", "返回", "无障碍", "长者助手", "高级搜索", "搜索",
    "视频", "图片", "上一页", "下一页", "更多", "×", "+", "-", "|", "【打印】", "【关闭】", "扫一扫", "END", "End", "在看",
    "点赞", "赞", "返回顶部", "网站地图", "联系我们", "举报", "相关", "评论", "纠错", "复制", "全文",
  ])

  /// Openings of an appendix heading after the closing: "附件1", "附：名词解释", "附表".
  static let appendixOpenings = CueSet(["附件", "附：", "附:", "附表", "附录", "附 件"])
  /// Words of an appendix heading: "名词解释", "术语注释", "测算说明", "一览表", "图解".
  static let appendixWords = CueSet([
    "名词解释", "名词、术语", "术语注释", "术语解释", "注释", "有关名词", "测算说明", "指标说明", "一览表", "清单", "图解", "一图读懂",
  ])
  /// A news agency's dateline under a report: "（新华社北京3月12日电）".
  static let agencyDatelines = CueSet(["新华社", "（新华社", "(新华社", "本报讯", "（本报", "中新社", "（中新社"])
  /// Openings of a photo caption: "图为…".
  static let captionOpenings = CueSet(["图为", "（图为", "(图为", "图：", "图片来源"])
  /// Titles of the official who reads a report: "镇长 某某", "代区长 某某".
  static let speakerTitles = CueSet(["镇长", "乡长", "主任", "县长", "区长", "市长", "书记", "主席", "总理", "省长"])
  /// Words that name a report as a whole in its title: 政府工作报告, 工作要点.
  static let titleGenreWords = CueSet(["报告", "要点"])
  /// Words of a final call that an address to the deputies may make before the last paragraph.
  static let finalCalls = CueSet(["让我们", "携手", "一起向未来", "共同开创", "共创", "奋力谱写", "团结一心"])
  /// Words that end the call of a closing: "让我们…", "我们要更加紧密地团结在…".
  static let closingCalls = CueSet([
    "让我们", "更加紧密地团结", "紧密地团结在", "紧密团结在", "团结一心、", "团结一心，", "携手并进", "携起手来", "同心协力", "齐心协力",
  ])
}

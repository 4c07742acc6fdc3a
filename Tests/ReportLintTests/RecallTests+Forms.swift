import Foundation
import ReportOutline

@testable import ReportLint

/// The defects of the rules for the mistakes real drafts have, each written fresh here and planted into every base.
extension RecallDefect {
  static let forms: [RecallDefect] = [
    sentence("negative growth 增长-4.6%", "number.negative-growth", "全年农产品出口额同比增长-4.6%。"),
    sentence("negative growth 提高-0.2个百分点", "number.negative-growth", "农村居民恩格尔系数比上年提高-0.2个百分点。"),
    sentence("year 二O三五年", "number.chinese-year", "力争到二O三五年全面建成美丽城镇。"),
    sentence("year 二零二四年", "number.chinese-year", "二零二四年全镇新增市场主体312户。"),
    sentence("year 二二五年", "number.chinese-year", "二二五年全镇将完成农村公路提档升级。"),
    sentence("ratio 12.6:45.3:42.1", "number.ratio-sign", "全镇三次产业结构调整为12.6:45.3:42.1。"),
    sentence("ratio 3：1", "number.ratio-sign", "村级公益事业奖补资金按3：1配套。"),
    sentence("dash --", "punctuation.dash", "围绕产业振兴--这一首要任务持续发力。"),
    sentence("dash ――", "punctuation.dash", "打造“一村一品”――特色产业示范带。"),
    sentence("dash －－", "punctuation.dash", "对照《美丽乡村建设指南－－村庄部分》逐项整改。"),
    sentence("的 for 地", "wording.de-di-de", "全镇上下积极的推进人居环境整治。"),
    sentence("的 for 得", "wording.de-di-de", "各村人居环境整治完成的很好。"),
    sentence("empty organ 我代表，", "placeholder.empty", "在此，我代表，向全镇干部群众表示衷心感谢。"),
    sentence("empty figure 增长%", "placeholder.empty", "村级集体经济收入同比增长%。"),
    sentence("empty enumeration 一是。", "placeholder.empty", "存在的主要问题：一是。"),
    sentence("empty after colon", "placeholder.empty", "全年主要预期目标是：。"),
    sentence("empty session 第届", "placeholder.empty", "圆满完成镇第届人民代表大会确定的目标任务。"),
    RecallDefect(name: "empty year at the start of a paragraph", rule: "placeholder.empty") { a in
      a.bodyLines.first.map { a.replacingContentStart(ofLine: $0, with: "年，") }
    },
    RecallDefect(name: "paragraph of marks only", rule: "placeholder.empty") { a in
      a.bodyLines.first.map { a.inserting("　　。", afterLine: $0) }
    },
    sentence("bold marks in plain text", "artifact.markdown", "**全镇新建村级文化广场3处。**"),
    RecallDefect(name: "list mark in plain text", rule: "artifact.markdown") { a in
      a.bodyLines.first.map { a.replacingContentStart(ofLine: $0, with: "- ") }
    },
  ]
}

extension RecallAnchors {
  /// `prefix` written where the words of line `line` start, after its indentation.
  func replacingContentStart(ofLine line: Int, with prefix: String) -> Planting {
    var copy = lines
    let text = copy[line - 1]
    let indent = text.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    copy[line - 1] = indent + prefix + text.dropFirst(indent.count)
    return Planting(text: copy.joined(separator: "\n"), line: line, lineMap: { $0 })
  }
}

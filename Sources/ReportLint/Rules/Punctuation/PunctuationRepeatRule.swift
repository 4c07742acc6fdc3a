import ReportText

/// 重复的标点："。。"、"，，"、"、、"、"；；"、"：："。
///
/// 同一个句读标点连写两次以上通常是录入错误，只保留一个："完成目标任务。。" 应为 "完成目标任务。"。
/// 省略号"……"和破折号"——"本来就是两个字符，不报告。修正：只保留一个。
public struct PunctuationRepeatRule: LintRule {
  public static let description = RuleDescription(
    id: "punctuation.repeat",
    summary: "同一个标点连写两次（。。，，、、）应只保留一个。",
    defaultSeverity: .warning,
    triggering: ["全面完成年度目标任务。。", "加强生态保护，，推进绿色发展。", "开展农田、、水利建设。"],
    nonTriggering: ["全面完成年度目标任务。", "困难还有很多……我们必须——坚持下去。"],
    hasFix: true)

  /// 。，、；：
  private static func isMark(_ value: UInt32) -> Bool {
    value == 0x3002 || value == 0xFF0C || value == 0x3001 || value == 0xFF1B || value == 0xFF1A
  }

  public init() {}

  public func check(_ context: LintContext, into findings: inout [Finding]) {
    let bytes = context.source.bytes
    var resume = 0
    // The marks all start with E3 (。、) or EF (，；：): only non-ideograph characters are looked at.
    for i in context.nonIdeographs where i >= resume {
      guard bytes[i] == 0xE3 || bytes[i] == 0xEF, let (scalar, length) = RuleBytes.decode(bytes, at: i),
        Self.isMark(scalar.value)
      else { continue }
      var end = i + length
      var count = 1
      while let (next, n) = RuleBytes.decode(bytes, at: end), next == scalar {
        end += n
        count += 1
      }
      if count > 1 {
        let mark = String(scalar)
        findings.append(
          finding(
            context, i..<end, "标点“\(mark)”重复了\(count)次，应只保留一个“\(mark)”。",
            fix: Fix(replacing: i..<end, with: mark, summary: "只保留一个“\(mark)”")))
      }
      resume = end
    }
  }
}

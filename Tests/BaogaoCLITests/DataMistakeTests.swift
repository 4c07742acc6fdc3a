import Foundation
import Testing

@testable import BaogaoCLI

/// The mistakes a busy clerk makes in a data file, each reported at its line in the data file, or handled as the
/// clerk expects.
@Suite struct DataMistakeTests {
  static let example = try! String(
    contentsOf: GenerateCommandTests.root.appendingPathComponent("Examples/data/songling-2024-annual.yaml"),
    encoding: .utf8)

  func generate(_ data: String, _ extra: [String] = []) throws -> RunResult {
    let dir = try TemporaryDirectory()
    try dir.write(data, to: "松岭.yaml")
    return runBaogao(["generate", "松岭.yaml"] + extra, in: dir.url, commands: BaogaoCLI.commands)
  }

  /// An untouched skeleton: one error that lists every empty required key with its line, and no draft.
  @Test func anUntouchedSkeletonIsOneErrorListingTheEmptyKeys() throws {
    let dir = try TemporaryDirectory()
    let skeleton = runBaogao(["init", "annual"], in: dir.url, commands: BaogaoCLI.commands).standardOutput
    let result = try generate(skeleton)
    #expect(result.code == .findings)
    #expect(result.standardOutput.isEmpty)
    let errors = result.standardError.components(separatedBy: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 2, "\(result.standardError)")
    #expect(errors.first?.hasPrefix("松岭.yaml:") == true)
    #expect(result.standardError.contains("必填的内容空着"))
    for key in ["镇名", "会议.日期", "政府名称", "回顾.成绩", "问题", "计划.任务"] {
      #expect(result.standardError.contains("行  \(key)\n"), "\(key)")
    }
  }

  /// An optional value left empty takes the template's default text: the thanks and the closing never vanish.
  @Test(arguments: ["致谢", "结束语"])
  func anEmptyOptionalValueTakesTheDefault(_ key: String) throws {
    let result = try generate(Self.example + "\(key): \"\"\n")
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.contains(key == "致谢" ? "表示衷心的感谢" : "而努力奋斗"))
    #expect(!result.standardOutput.contains("　　\n"))
  }

  /// A misspelled optional key: a warning at its line naming the key the template reads.
  @Test func aMisspelledOptionalKeyIsNamedWithTheRightOne() throws {
    let result = try generate(Self.example.replacingOccurrences(of: "  总述:", with: "  综述:"))
    #expect(result.code == .success)
    #expect(result.standardError.contains("松岭.yaml:18:3: warning: 数据里的“综述”模板没有用到，是不是“总述”？"))
  }

  /// A misspelled required key: the error sits on the clerk's key and asks the right way round.
  @Test func aMisspelledRequiredKeyAsksTheRightWayRound() throws {
    let result = try generate(Self.example.replacingOccurrences(of: "政府名称:", with: "政府名字:"))
    #expect(result.code == .findings)
    #expect(result.standardError.contains("松岭.yaml:6:1: error: 数据里的“政府名字”是不是“政府名称”？"))
    #expect(result.standardError.contains("note: 模板在这里用到它"))
    #expect(!result.standardError.contains("default"))
  }

  /// A key the template never reads is named once, at its line.
  @Test func aKeyTheTemplateNeverReadsIsNamed() throws {
    let result = try generate(Self.example + "备注: 请镇长审阅\n")
    #expect(result.code == .success)
    #expect(result.standardError.contains("warning: 数据里的“备注”模板没有用到"))
    #expect(result.standardError.components(separatedBy: "\n").filter { $0.contains("warning:") }.count == 1)
  }

  /// Several missing keys: one error each, however often the template reads them.
  @Test func eachMissingKeyOnce() throws {
    var data = Self.example
    for key in ["镇名: 松岭镇\n", "政府名称: 松岭镇人民政府\n"] { data = data.replacingOccurrences(of: key, with: "") }
    let result = try generate(data)
    #expect(result.code == .findings)
    let errors = result.standardError.components(separatedBy: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 3, "\(result.standardError)")
    #expect(result.standardError.contains("数据文件有 2 处要改"))
  }

  /// Figures that do not go together are named with their indicator; the draft is still written.
  @Test(arguments: [
    ("      本期: 23.6亿元\n      上期: 21.9亿元", "      本期: 18.6亿元\n      上期: 17.3万元", "相差一万倍以上"),
    ("      本期: 8.7亿元\n      上期: 8.1亿元", "      本期: 8.7\n      上期: 8.1亿元", "一个有单位，一个没有"),
    ("      本期: 26480元\n      上期: 24860元", "      本期: 26480元\n      上期: 14860元", "变化超过一半"),
  ])
  func figuresThatDoNotGoTogetherAreNamed(_ from: String, _ to: String, _ says: String) throws {
    let result = try generate(Self.example.replacingOccurrences(of: from, with: to))
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardError.contains(says), "\(result.standardError)")
    #expect(result.standardError.contains("warning: “"))
  }

  /// A rate is compared in percentage points, an amount in growth.
  @Test func aRateIsComparedInPercentagePoints() throws {
    var data = Self.example
    let first = try #require(data.range(of: "    - 名称: 农村居民人均可支配收入\n"))
    data.replaceSubrange(
      first, with: "    - 名称: 城乡居民医保参保率\n      本期: 98.6%\n      上期: 96.2%\n    - 名称: 农村居民人均可支配收入\n")
    let result = try generate(data)
    #expect(result.code == .success, "\(result.standardError)")
    #expect(result.standardOutput.contains("城乡居民医保参保率98.6%，同比提高2.4个百分点"))
    #expect(result.standardOutput.contains("同比增长7.8%"))
  }
}

import Foundation
import ReportData
import ReportText
import Testing

@Suite struct DataNodeTypedTests {
  /// The scalar of `a` in a one-key document.
  func node(_ value: String) throws -> DataNode {
    try #require(try parse("a: \(value)\n")["a"])
  }

  static let numbers: [(String, String)] = [
    ("9.3", "9.3"), ("1,250", "1250"), ("-3.2", "-3.2"), ("１２.５", "12.5"), ("010", "10"), ("+5", "5"),
    ("12,345.67", "12345.67"), ("1,250,000", "1250000"), ("０", "0"), ("'  7 '", "7"), ("－８", "-8"),
    ("3．14", "3.14"), ("\"42\"", "42"),
  ]

  @Test(arguments: numbers)
  func readsNumbers(_ text: String, _ expected: String) throws {
    #expect(try node(text).number() == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
  }

  @Test(arguments: [
    "abc", "yes", "12.5%", "1,25", "1.2.3", "约十个", "''", "1e5", "-", ".5", "5.", "1,2345", "12,34.5", "1-2", "三",
    "0x10", "1 000",
  ])
  func refusesWhatIsNotANumber(_ text: String) throws {
    #expect(throws: DataError.self) { try node(text).number() }
  }

  @Test func jsonNumbersMayHaveExponents() throws {
    let root = try parse("[1.5e3, -2E-1]")
    #expect(try root.items?[0].number() == 1500)
    #expect(try root.items?[1].number() == Decimal(string: "-0.2", locale: Locale(identifier: "en_US_POSIX")))
  }

  @Test func notANumberSaysWhereAndWhat() throws {
    let root = try parse("# 青石镇\n经济:\n  财政收入: 17.1亿元\n  户数:\n    户数: 约十个\n")
    let node = try #require(root.lookup(["经济", "户数", "户数"]))
    var caught: DataError?
    do { _ = try node.number() } catch { caught = error }
    let error = try #require(caught)
    #expect(error.kind == .notANumber("约十个"))
    #expect(error.location.line == 5 && error.location.column == 9)
    #expect(error.message == "第 5 行第 9 列的“约十个”不是数字；这里需要一个数字，如 12.5。")
    #expect(error.path == "")
  }

  @Test func emptyValueIsNotANumber() throws {
    let root = try parse("人口:\n")
    var caught: DataError?
    do { _ = try root["人口"]?.number() } catch { caught = error }
    let error = try #require(caught)
    #expect(error.kind == .notAScalar(expected: .number, found: .null))
    #expect(error.message == "第 1 行第 4 列没有值；这里需要一个数字，如 12.5。")
  }

  @Test func collectionIsNotAQuantity() throws {
    let root = try parse("收入:\n  - 1\n")
    #expect(
      throws: DataError(kind: .notAScalar(expected: .quantity, found: .sequence), range: root["收入"]!.range, path: "")
    ) {
      try root["收入"]?.quantity()
    }
  }

  // MARK: - Quantities

  @Test func readsQuantities() throws {
    let money = try node("17.1亿元").quantity()
    #expect(money.value == Decimal(string: "17.1", locale: Locale(identifier: "en_US_POSIX")))
    #expect(money.unitText == "亿元")
    #expect(try node("10.6%").quantity().unit?.text == "%")
    let visits = try node("超35万人次").quantity()
    #expect(visits.leadingQualifier != nil)
    #expect(visits.scaledValue == 350_000)
    #expect(try node("12").quantity().value == 12)
  }

  @Test func notAQuantitySaysWhatToWrite() throws {
    let many = try node("很多")
    var caught: DataError?
    do { _ = try many.quantity() } catch { caught = error }
    let error = try #require(caught)
    #expect(error.kind == .notAQuantity("很多"))
    #expect(error.message == "第 1 行第 4 列的“很多”不是数量；这里需要一个数，可带单位，如 17.1亿元、10.6%、超35万人次。")
  }

  // MARK: - Yes or no

  static let booleans: [(String, Bool)] = [
    ("是", true), ("否", false), ("true", true), ("FALSE", false), ("Yes", true), ("no", false), ("'是'", true),
  ]

  @Test(arguments: booleans)
  func readsYesOrNo(_ text: String, _ expected: Bool) throws {
    #expect(try node(text).bool() == expected)
  }

  @Test(arguments: ["对", "1", "y", "on", "是的"])
  func refusesOtherWords(_ text: String) throws {
    #expect(throws: DataError.self) { try node(text).bool() }
  }

  @Test func yesStaysTextUntilAsked() throws {
    #expect(try node("yes").text == "yes")
    #expect(try node("NO").text == "NO")
  }
}

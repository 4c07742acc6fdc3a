import Foundation
import Testing

@testable import ReportTemplate

/// Reading data texts as numbers, and writing numbers back.
@Suite struct NumberReadingTests {
  @Test(arguments: [
    ("17.1", "17.1"), ("-3.2", "-3.2"), ("+5", "5"), ("−4", "-4"), ("1,250", "1250"), ("1,234,567.5", "1234567.5"),
    ("  12 ", "12"), ("　12　", "12"), ("３５", "35"), ("0.0001", "0.0001"), ("007", "7"),
    ("123456789012345678901234", "123456789012345678901234"), ("-0", "0"),
  ])
  func reads(_ text: String, _ expected: String) throws {
    let number = try #require(NumberReading.decimal(from: text))
    #expect(NumberFormat.text(number) == expected)
  }

  @Test(arguments: [
    "", " ", "17.1亿元", "10%", "1e5", "1.", ".5", "1,25", "12,3456", "1234,567", "1.2.3", "--1", "三", "1 2", "0x10",
    "NaN", "12,",
  ])
  func refuses(_ text: String) {
    #expect(NumberReading.decimal(from: text) == nil, "\(text)")
  }

  @Test func formatsWithoutTrailingZerosOrExponents() {
    #expect(NumberFormat.text(Decimal(string: "12.500")!) == "12.5")
    #expect(NumberFormat.text(Decimal(string: "1e21")!) == "1000000000000000000000")
    #expect(NumberFormat.text(Decimal(string: "-0.000001")!) == "-0.000001")
    #expect(NumberFormat.text(Decimal(1) / Decimal(3)) == "0.3333333333")
    #expect(NumberFormat.text(Decimal(2) / Decimal(3) * Decimal(3)) == "2")
    var bytes: [UInt8] = []
    for integer in [0, 7, 10, -45, 1_234_567, Int.max, Int.min] {
      bytes.removeAll()
      NumberFormat.append(integer, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == String(integer))
    }
  }

  @Test func roundsHalfAwayFromZero() {
    #expect(NumberFormat.sensible(Decimal(string: "2.345")!, digits: 2) == "2.35")
    #expect(NumberFormat.sensible(Decimal(string: "-2.345")!, digits: 2) == "-2.35")
    #expect(NumberFormat.sensible(Decimal(string: "12.5")!, digits: 0) == "13")
    #expect(NumberFormat.sensible(Decimal(string: "12.004")!, digits: 2) == "12")
    #expect(NumberFormat.truncated(Decimal(string: "-9.9")!) == -9)
  }
}

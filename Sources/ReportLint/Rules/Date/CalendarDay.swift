/// A day of the Gregorian calendar, as reports write it ("2025年1月9日") and data files write it ("2025-01-09").
///
/// Days compare in calendar order. Only what the date rules need: reading, writing, and counting days back.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  /// 1…12.
  public var month: Int
  /// 1…31.
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `YYYY-MM-DD` (months and days with one or two digits); nil for anything else or an impossible day.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    guard (1...12).contains(month), (1...Self.length(ofMonth: month, in: year)).contains(day) else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The first of January of `year`.
  public static func newYear(_ year: Int) -> CalendarDay { CalendarDay(year: year, month: 1, day: 1) }

  /// "2025年1月9日".
  public var description: String { "\(year)年\(month)月\(day)日" }

  /// "2025年1月": the month only, for meetings named in messages.
  public var monthText: String { "\(year)年\(month)月" }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> CalendarDay {
    Self(serial: serial + count)
  }

  /// Days since 1 March of year 0 of the proleptic Gregorian calendar (any fixed origin would do).
  private var serial: Int {
    let y = month <= 2 ? year - 1 : year
    let m = month <= 2 ? month + 9 : month - 3
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
  }

  private init(serial: Int) {
    var y = (10_000 * serial + 14_780) / 3_652_425
    var d = serial - (365 * y + y / 4 - y / 100 + y / 400)
    if d < 0 {
      y -= 1
      d = serial - (365 * y + y / 4 - y / 100 + y / 400)
    }
    let mi = (100 * d + 52) / 3_060
    let month = (mi + 2) % 12 + 1
    self.init(year: y + (mi + 2) / 12, month: month, day: d - (mi * 306 + 5) / 10 + 1)
  }

  static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

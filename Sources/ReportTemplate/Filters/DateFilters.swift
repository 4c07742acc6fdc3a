import Foundation

extension Filter {
  /// `date_cn`: a date in the Chinese form: 2024-04-01, 2024/4/1, 2024.4.1 and 2024年4月1日 all become 2024年4月1日.
  ///
  /// A year and month alone (2024-04, 2024年4月) become 2024年4月. Anything else, or a day that does not exist
  /// (2023-02-29), is a located error.
  static let dateChinese = Filter(
    "date_cn",
    summary: "把日期写成“2024年4月1日”：接受 2024-04-01、2024/4/1、2024.4.1、2024年4月1日，以及只有年月的写法。",
    examples: [
      Example("{{ \"2024-04-01\" | date_cn }}", "2024年4月1日"), Example("{{ \"2024/4/1\" | date_cn }}", "2024年4月1日"),
      Example("{{ \"2024-12\" | date_cn }}", "2024年12月"),
    ]
  ) { call throws(ValueFailure) in
    let text = try call.inputText()
    guard let date = CalendarDate(text) else { throw call.failure("“\(text)”不是日期（应如 2024-04-01 或 2024年4月1日）") }
    var out = "\(date.year)年\(date.month)月"
    if let day = date.day { out += "\(day)日" }
    return .text(out)
  }

  /// `year`: the year of a date, or a year number, with 年: 2024 → 2024年.
  static let year = Filter(
    "year",
    summary: "取年份并加“年”：2024 或 2024-04-01 → 2024年。",
    examples: [Example("{{ 2024 | year }}", "2024年"), Example("{{ \"2024年4月1日\" | year }}", "2024年")]
  ) { call throws(ValueFailure) in
    let text = try call.inputText()
    if let date = CalendarDate(text) { return .text("\(date.year)年") }
    let digits = text.hasSuffix("年") ? String(text.dropLast()) : text
    guard digits.utf8.count == 4, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      throw call.failure("“\(text)”不是年份或日期")
    }
    return .text(digits + "年")
  }
}

/// A date as written in data: year, month and an optional day, checked against the calendar.
struct CalendarDate: Equatable {
  var year: Int
  var month: Int
  var day: Int?

  /// Reads 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日 and the same without the day; `nil` for anything else.
  init?(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var numbers: [Int] = []
    var separators: [Unicode.Scalar] = []
    var i = 0
    while i < scalars.count {
      var value = 0
      var count = 0
      while i < scalars.count, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
        // No part has more than four digits; a longer run is only counted (and refused below), never overflows.
        if count < 4 { value = value * 10 + Int(scalars[i].value) - 0x30 }
        count += 1
        i += 1
      }
      // Four digits of year, then one or two of month and day.
      guard numbers.isEmpty ? count == 4 : (1...2).contains(count) else { return nil }
      numbers.append(value)
      if i < scalars.count {
        separators.append(scalars[i])
        i += 1
      }
    }
    guard numbers.count == 2 || numbers.count == 3 else { return nil }
    let chinese: [Unicode.Scalar] = numbers.count == 3 ? ["年", "月", "日"] : ["年", "月"]
    let isChinese = separators == chinese
    let isSymbolic =
      separators.count == numbers.count - 1 && ["-", "/", "."].contains(separators[0])
      && separators.allSatisfy { $0 == separators[0] }
    guard isChinese || isSymbolic else { return nil }
    year = numbers[0]
    month = numbers[1]
    day = numbers.count == 3 ? numbers[2] : nil
    guard (1...12).contains(month) else { return nil }
    if let day {
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      guard day >= 1 && day <= lengths[month - 1] else { return nil }
    }
  }
}

/// Chinese numerals: 零 / 〇 … 九千九百九十九万九千九百九十九, read and written.
///
/// Reading accepts the standard forms and their common variants: 〇 for 零, 两 for 二 as a count before 百, 千
/// and 万 or standing alone ("两", "两千"), a leading 一十 for 十 ("一十五"), and the financial forms 壹贰叁肆伍陆柒
/// 捌玖拾佰仟萬. It rejects colloquial abbreviations ("一千二" for 1200) and malformed numerals ("十十", "十两",
/// "一百零零五"), so a numbering checker can trust what it gets.
///
/// ```swift
/// ChineseNumeral.value(of: "一百零五")  // 105
/// ChineseNumeral.value(of: "两千")      // 2000
/// ChineseNumeral.text(for: 2024)       // "二千零二十四"
/// ```
public enum ChineseNumeral {
  /// The largest value read and written: 九千九百九十九万九千九百九十九.
  public static let maximum = 99_999_999

  static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  // MARK: - Reading

  /// The value of a Chinese numeral, or `nil` when `text` is not exactly one numeral in 0…`maximum`.
  public static func value(of text: some StringProtocol) -> Int? {
    var normalised = ""
    normalised.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= 24 else { return nil }
    for (k, scalar) in scalars.enumerated() {
      var s = financialForms[scalar] ?? scalar
      if s == "〇" { s = "零" }
      if s == "两" {
        // 两 counts only before 百, 千, 万 or alone.
        let next = k + 1 < scalars.count ? financialForms[scalars[k + 1]] ?? scalars[k + 1] : nil
        guard next == "百" || next == "千" || next == "万" || scalars.count == 1 else { return nil }
        s = "二"
      }
      normalised.unicodeScalars.append(s)
    }
    if normalised.hasPrefix("一十") { normalised.removeFirst() }
    guard let value = leniently(normalised), let canonical = Self.text(for: value), canonical == normalised else {
      return nil
    }
    return value
  }

  /// The value of a numeral written digit by digit, as in years: "二〇二四" → 2024, "二零二三" → 2023.
  ///
  /// Every scalar must be one of 〇零一二三四五六七八九; at most 18 digits.
  public static func value(ofDigitSequence text: some StringProtocol) -> Int? {
    var value = 0
    var count = 0
    for scalar in text.unicodeScalars {
      guard let digit = digitValue(of: scalar), scalar != "两" else { return nil }
      value = value * 10 + digit
      count += 1
      if count > 18 { return nil }
    }
    return count > 0 ? value : nil
  }

  /// The value 0…9 of a single Chinese digit (零 〇 一 二 两 三 … 九, and the financial 壹 … 玖), or `nil`.
  public static func digitValue(of scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "零", "〇": 0
    case "一", "壹": 1
    case "二", "两", "贰": 2
    case "三", "叁": 3
    case "四", "肆": 4
    case "五", "伍": 5
    case "六", "陆": 6
    case "七", "柒": 7
    case "八", "捌": 8
    case "九", "玖": 9
    default: nil
    }
  }

  /// Whether `scalar` can be part of a Chinese numeral: a digit or one of 十 百 千 万 亿 (and financial forms).
  public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
    if digitValue(of: scalar) != nil { return true }
    switch scalar {
    case "十", "百", "千", "万", "亿", "拾", "佰", "仟", "萬": return true
    default: return false
    }
  }

  static let financialForms: [Unicode.Scalar: Unicode.Scalar] = [
    "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七", "捌": "八", "玖": "九",
    "拾": "十", "佰": "百", "仟": "千", "萬": "万",
  ]

  /// Adds up a numeral without checking its form; the canonical-form test in `value(of:)` does the checking.
  private static func leniently(_ text: String) -> Int? {
    var total = 0
    var section = 0
    var pending: Int?
    for scalar in text.unicodeScalars {
      if let digit = digitValue(of: scalar) {
        if digit == 0 {
          guard pending == nil else { return nil }
          continue
        }
        guard pending == nil else { return nil }
        pending = digit
        continue
      }
      switch scalar {
      case "十": section += (pending ?? 1) * 10
      case "百": section += (pending ?? 1) * 100
      case "千": section += (pending ?? 1) * 1000
      case "万":
        section += pending ?? 0
        guard section > 0, total == 0 else { return nil }
        total = section * 10_000
        section = 0
      default: return nil
      }
      pending = nil
    }
    return total + section + (pending ?? 0)
  }

  // MARK: - Writing

  /// The standard Chinese numeral for `value`, or `nil` outside 0…`maximum`.
  ///
  /// 0 → 零, 10 → 十, 15 → 十五, 105 → 一百零五, 1010 → 一千零一十, 20000 → 二万, 100015 → 十万零一十五. Writes
  /// 二, never 两, and 零 for zero.
  public static func text(for value: Int) -> String? {
    guard value >= 0 && value <= maximum else { return nil }
    if value == 0 { return "零" }
    if value < 10_000 { return section(value, leading: true) }
    let high = value / 10_000
    let low = value % 10_000
    var out = section(high, leading: true) + "万"
    if low > 0 {
      if low < 1000 { out += "零" }
      out += section(low, leading: false)
    }
    return out
  }

  /// 1…9999 as a section; `leading` allows 十 for 一十 at the start.
  private static func section(_ value: Int, leading: Bool) -> String {
    let places: [(Int, Character?)] = [(1000, "千"), (100, "百"), (10, "十"), (1, nil)]
    var out = ""
    var started = false
    var zeroPending = false
    var rest = value
    for (place, unit) in places {
      let digit = rest / place
      rest %= place
      if digit == 0 {
        if started { zeroPending = true }
        continue
      }
      if zeroPending {
        out.append("零")
        zeroPending = false
      }
      if !(place == 10 && digit == 1 && !started && leading) { out.append(digits[digit]) }
      if let unit { out.append(unit) }
      started = true
    }
    return out
  }
}

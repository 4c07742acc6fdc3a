import Foundation
import ReportModel

/// Small helpers for writing well-formed, deterministic XHTML-compatible markup: escaping and fixed-decimal
/// numbers.
///
/// Escaping writes only the five entities an XML parser knows without a DTD (`&amp;` `&lt;` `&gt;` `&quot;`
/// `&#39;`) and replaces characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
/// lone surrogates cannot occur in a Swift string) with U+FFFD, so any report text can be shown.
enum HTMLText {
  /// `text` escaped for element content and quoted attribute values alike.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A number with exactly `decimals` decimals and a dot, whatever the locale: "12.5".
  static func fixed(_ value: Double, _ decimals: Int = 1) -> String {
    let v = value.isFinite ? value : 0
    let s = String(format: "%.\(decimals)f", v)
    // Avoid "-0.0": the same picture must give the same bytes.
    return s.hasPrefix("-") && s.dropFirst().allSatisfy { $0 == "0" || $0 == "." } ? String(s.dropFirst()) : s
  }

  /// A share 0…1 as a whole percent: "38%".
  static func percent(_ share: Double) -> String { Comparison.percent(share) }

  /// A share range: "20%–45%（中位数 31%）", or "41%" when the range is one value as shown.
  static func percentRange(_ spread: StructureModel.Spread) -> String {
    let (low, middle, high) = (percent(spread.min), percent(spread.median), percent(spread.max))
    return low == high ? low : "\(low)–\(high)（中位数 \(middle)）"
  }

  /// A count range: "3–6 节（中位数 4）", or "3 节" when the range is one value.
  static func countRange(_ spread: StructureModel.Spread) -> String {
    let (low, middle, high) = (
      Comparison.number(spread.min), Comparison.number(spread.median), Comparison.number(spread.max)
    )
    return low == high ? "\(low) 节" : "\(low)–\(high) 节（中位数 \(middle)）"
  }
}

extension DataError {
  /// At most 24 scalars of `text`, with "…" when cut, and line ends shown as "↵".
  static func excerpt(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var count = 0
    for scalar in text.unicodeScalars {
      if count == 24 {
        out.append("…")
        break
      }
      out.append(scalar == "\n" ? "↵" : scalar)
      count += 1
    }
    return String(out)
  }

  static func colonAdvice(_ text: String, _ hint: ColonHint) -> String {
    switch hint {
    case .none:
      return "后面缺少冒号；这一层的每一行都要写成“键: 值”（冒号后加空格）。"
    case .fullWidthColon:
      let fixed = excerpt(text.replacingFirst("：", with: ": "))
      return "用了全角冒号“：”；键和值之间要用半角冒号加空格，写成“\(fixed)”。"
    case .noSpaceAfterColon:
      let fixed = excerpt(text.replacingFirst(":", with: ": "))
      return "冒号后面缺少空格；请写成“\(fixed)”。"
    }
  }

  static func example(_ expected: Expectation) -> String {
    switch expected {
    case .number: "一个数字，如 12.5"
    case .quantity: "一个数量，如 17.1亿元、10.6%"
    case .boolean: "“是”或“否”"
    }
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: Character, with replacement: String) -> String {
    guard let index = firstIndex(of: target) else { return self }
    return self[..<index] + replacement + self[self.index(after: index)...]
  }
}

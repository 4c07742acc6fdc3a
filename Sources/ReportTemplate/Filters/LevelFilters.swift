import Foundation

extension Filter {
  /// `level(word)`: the words a town (镇), a township (乡) or a subdistrict (街道) uses for itself, read from its name.
  ///
  /// The input is the unit's name ("松岭镇", "柳营乡", "桥南街道") or just its kind ("镇", "乡", "街道"); a name that
  /// ends in none of them counts as a 镇. `word` is one of 单位 (镇), 全 (全镇), 本 (本镇), 我 (我镇), 党委 (镇党委,
  /// 街道党工委), 人大 (镇人大, 街道人大工委), 政府 (镇政府, 街道办事处), 上级 (县委、县政府; 区委、区政府 for a
  /// 街道), 干部群众 (全镇干部群众).
  static let level = Filter(
    "level",
    parameters: [Parameter("word", summary: "要的词：单位、全、本、我、党委、人大、政府、上级、干部群众")],
    summary: "按单位名称（以镇、乡、街道结尾）写出本级用词：全镇、乡党委、街道党工委、镇人大、街道办事处等。",
    examples: [
      Example("{{ \"柳营乡\" | level(\"全\") }}", "全乡"), Example("{{ \"桥南街道\" | level(\"党委\") }}", "街道党工委"),
      Example("{{ \"松岭镇\" | level(\"人大\") }}", "镇人大"), Example("{{ \"桥南街道\" | level(\"上级\") }}", "区委、区政府"),
    ]
  ) { call throws(ValueFailure) in
    let name = try call.inputText().trimmingCharacters(in: .whitespaces)
    let unit = LevelWords.unit(of: name)
    guard let word = try call.text(0), let text = LevelWords.word(word, unit: unit) else {
      throw call.failure("level 的参数应为 \(LevelWords.kinds.joined(separator: "、")) 之一")
    }
    return .text(text)
  }
}

/// The words each kind of unit uses for itself.
public enum LevelWords {
  /// The kinds of words `level` writes.
  static let kinds = ["单位", "全", "本", "我", "党委", "人大", "政府", "上级", "干部群众"]

  /// 镇, 乡 or 街道, from a unit's name; 镇 when the name ends in none of them.
  public static func unit(of name: String) -> String {
    for unit in ["街道", "乡", "镇"] where name.hasSuffix(unit) || name.hasSuffix(unit + "人民政府") { return unit }
    if name.hasSuffix("街道办事处") { return "街道" }
    return "镇"
  }

  /// The word of kind `kind` for a unit of kind `unit` (镇, 乡, 街道), or nil for an unknown kind.
  public static func word(_ kind: String, unit: String) -> String? {
    let street = unit == "街道"
    switch kind {
    case "单位": return unit
    case "全", "本", "我": return kind + unit
    case "党委": return street ? "街道党工委" : unit + "党委"
    case "人大": return street ? "街道人大工委" : unit + "人大"
    case "政府": return street ? "街道办事处" : unit + "政府"
    case "上级": return street ? "区委、区政府" : "县委、县政府"
    case "干部群众": return "全" + unit + "干部群众"
    default: return nil
    }
  }
}

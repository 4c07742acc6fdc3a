import Foundation

extension Filter {
  /// `join(separator="")`: the items of a list as text, with `separator` between them.
  static let join = Filter(
    "join",
    parameters: [Parameter("separator", default: "\"\"", summary: "项与项之间的文字")],
    summary: "把列表各项连成文字，项间插入 separator。",
    examples: [Example("{{ [\"东村\", \"西村\", \"南村\"] | join(\"、\") }}", "东村、西村、南村")]
  ) { call throws(ValueFailure) in
    let separator = try call.text(0) ?? ""
    return .text(try texts(of: call).joined(separator: separator))
  }

  /// `join_cn(last="和", separator="、")`: a Chinese list: 甲、乙和丙.
  ///
  /// One item is itself; two are joined by `last` alone (甲和乙); more are joined by `separator` with `last`
  /// before the final item. `last` is usually 和, 及 or 以及.
  static let joinChinese = Filter(
    "join_cn",
    parameters: [
      Parameter("last", default: "\"和\"", summary: "最后两项之间的字，如 和、及、以及"),
      Parameter("separator", default: "\"、\"", summary: "其余各项之间的符号"),
    ],
    summary: "按中文习惯连接列表：甲、乙和丙；两项为“甲和乙”，一项为其本身。",
    examples: [
      Example("{{ [\"东村\", \"西村\", \"南村\"] | join_cn }}", "东村、西村和南村"),
      Example("{{ [\"东村\", \"西村\"] | join_cn(\"及\") }}", "东村及西村"),
      Example("{{ [\"东村\"] | join_cn }}", "东村"),
    ]
  ) { call throws(ValueFailure) in
    let items = try texts(of: call)
    let last = try call.text(0) ?? "和"
    let separator = try call.text(1) ?? "、"
    guard items.count > 1 else { return .text(items.first ?? "") }
    return .text(items.dropLast().joined(separator: separator) + last + items[items.count - 1])
  }

  /// The items of the input list as text; nested lists and mappings fail.
  private static func texts(of call: FilterCall) throws(ValueFailure) -> [String] {
    var texts: [String] = []
    for item in try call.inputElements() {
      do {
        texts.append(try item.printableText(role: "连接列表"))
      } catch {
        throw call.failure("列表中有\(item.kindName)，只能连接文字和数字")
      }
    }
    return texts
  }

  /// `sort(key=none, reverse=false)`: the list in ascending order, or by the item key `key`.
  ///
  /// When every item (or key) reads as a number, items are ordered by value; otherwise by the characters' code
  /// points, which for Chinese is not the pinyin order. Items that compare equal keep their order.
  static let sort = Filter(
    "sort",
    parameters: [
      Parameter("key", default: "none", summary: "按各项中这个键的值排序"),
      Parameter("reverse", default: "false", summary: "为 true 时从大到小"),
    ],
    summary: "把列表排序：全是数字时按数值，否则按字符编码。",
    examples: [Example("{{ [3, 12, 5] | sort | join(\"、\") }}", "3、5、12")]
  ) { call throws(ValueFailure) in
    let items = try call.inputElements()
    let key = try call.text(0)
    let keys = items.map { item -> TemplateValue in
      guard let key else { return item }
      if case .data(let node) = item, let value = node[key] { return .data(value) }
      return .none
    }
    let numbers = keys.map { $0.textValue.flatMap(NumberReading.decimal(from:)) ?? $0.numberValue }
    let order: [Int]
    if numbers.allSatisfy({ $0 != nil }) {
      order = items.indices.sorted { numbers[$0]! < numbers[$1]! || (numbers[$0]! == numbers[$1]! && $0 < $1) }
    } else {
      let texts = keys.map { (try? $0.printableText(role: "排序")) ?? "" }
      order = items.indices.sorted { a, b in
        let (x, y) = (texts[a].unicodeScalars, texts[b].unicodeScalars)
        if x.elementsEqual(y) { return a < b }
        return x.lexicographicallyPrecedes(y)
      }
    }
    let sorted = order.map { items[$0] }
    return .list(call.bool(1, default: false) ? sorted.reversed() : sorted)
  }

  /// `sum(key=none)`: the total of the numbers in a list, or of the item key `key`.
  static let sum = Filter(
    "sum",
    parameters: [Parameter("key", default: "none", summary: "加总各项中这个键的值")],
    summary: "列表中数字之和；给出 key 时加总各项该键的值。每项都要是数字。",
    examples: [Example("{{ [1.5, 2, \"3\"] | sum }}", "6.5")]
  ) { call throws(ValueFailure) in
    let key = try call.text(0)
    var total = Decimal(0)
    for item in try call.inputElements() {
      var value = item
      if let key {
        guard case .data(let node) = item, let found = node[key], found.text != nil else {
          throw call.failure("有一项没有“\(key)”")
        }
        value = .data(found)
      }
      total += try value.number(role: "加总的各项")
    }
    return .number(total)
  }
}

extension TemplateValue {
  /// The number of a `.number`; `nil` otherwise.
  var numberValue: Decimal? {
    if case .number(let number) = self { return number }
    return nil
  }
}

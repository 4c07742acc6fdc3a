extension Template {
  /// Every data path the template reads, in order of first appearance, each with the places that read it.
  ///
  /// Found from the parsed template alone, without data: names in `{{ }}`, in conditions, in `for` and `set`, in
  /// filter arguments, in every branch and every included template. See `Slot` for how loop variables are written.
  ///
  /// ```swift
  /// try Template(path: "t", string: "{% for 项 in 成绩 %}{{ 项.标题 }}{% endfor %}").slots().map(\.path)
  /// // ["成绩", "成绩[].标题"]
  /// ```
  public func slots() -> [Slot] {
    var collector = SlotCollector(units: units, unitIndex: unitIndex)
    collector.walk(units[0].nodes)
    return collector.slots
  }
}

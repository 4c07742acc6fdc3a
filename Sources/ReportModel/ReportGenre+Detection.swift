import ReportOutline

extension ReportGenre {
  /// Tells the genre of a report from its title block and part headings.
  ///
  /// The cues are tried in this order, and the first that speaks decides:
  /// 1. the title and subtitle: 半年 → half-year; 总结 together with 计划, 打算 or 思路 → summary-plan;
  /// 2. the parts' own headings: one with 总结 ("2023年工作总结") → summary-plan; one with 半年
  ///    ("上半年工作回顾") → half-year;
  /// 3. the congress frame: 政府工作报告 in the title, or a subtitle naming the 人民代表大会 → annual;
  /// 4. weaker cues: the review or plan opening with 上半年/下半年/半年来 → half-year; 总结 in the title, or
  ///    a report without any address to the deputies (各位代表, 同志们) → summary-plan;
  /// 5. otherwise annual, the most common genre.
  ///
  /// Only the outline is read; a file name never decides the genre.
  public init(detecting outline: Outline) {
    let title = outline.titleBlock?.title?.text ?? ""
    let subtitle = outline.titleBlock?.subtitle?.text ?? ""
    let heading = title + subtitle
    if heading.contains("半年") {
      self = .halfYear
      return
    }
    if heading.contains("总结"), ["计划", "打算", "思路"].contains(where: heading.contains) {
      self = .summaryPlan
      return
    }
    let partHeadings = outline.parts.compactMap { $0.heading?.title }
    if partHeadings.contains(where: { $0.contains("总结") }) {
      self = .summaryPlan
      return
    }
    if partHeadings.contains(where: { $0.contains("半年") }) {
      self = .halfYear
      return
    }
    if title.contains("政府工作报告") || subtitle.contains("人民代表大会") || subtitle.contains("人代会") {
      self = .annual
      return
    }
    self = ReportGenre.weakCue(in: outline, title: title)
  }

  private static func weakCue(in outline: Outline, title: String) -> ReportGenre {
    var addressesDeputies = false
    for part in outline.parts {
      guard let opening = outline.openingText(of: part, maxScalars: 16) else { continue }
      if part.role == .review || part.role == .plan,
        ["上半年", "今年上半年", "下半年", "半年来"].contains(where: opening.hasPrefix)
      {
        return .halfYear
      }
      if opening.hasPrefix("各位") || opening.hasPrefix("同志们") { addressesDeputies = true }
    }
    if title.contains("总结") { return .summaryPlan }
    if !addressesDeputies, outline.parts.contains(where: { $0.role == .plan }) { return .summaryPlan }
    return .annual
  }
}

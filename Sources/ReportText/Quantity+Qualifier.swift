extension Quantity {
  /// A word that makes a quantity approximate or a bound: 约, 近, 超, 多, 余, 以上, 不到, …
  public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    /// About: 约, 大约, 左右.
    case approximately
    /// Just under: 近, 将近, 接近.
    case nearly
    /// More than: 超, 超过, 超出, 逾, 高于, 多于, 大于.
    case over
    /// At least, reaching: 以上, 至少, 不少于, 不低于, 达, 达到, 高达, 多达, 长达.
    case atLeast
    /// Some more than a round number: 多, 余 ("2000多头", "50余次").
    case more
    /// Less than: 不到, 不足, 低于, 少于, 小于.
    case under
    /// At most: 以下, 以内, 不超过, 不高于, 最多, 至多.
    case atMost
  }
}

extension Quantity.Qualifier {
  /// Words that stand right before the number, longest first so that 超过 wins over 超.
  static let leadingWords: [(word: [UInt8], qualifier: Quantity.Qualifier, excludedBefore: Set<Unicode.Scalar>)] =
    leadingTable.map { (Array($0.0.utf8), $0.1, $0.2) }.sorted { $0.word.count > $1.word.count }

  /// `leadingWords` indexed by their last scalar, each list longest first.
  static let leadingWordsByLastScalar:
    [Unicode.Scalar: [(word: [UInt8], qualifier: Quantity.Qualifier, excludedBefore: Set<Unicode.Scalar>)]] =
      Dictionary(grouping: leadingWords, by: { String(decoding: $0.word, as: UTF8.self).unicodeScalars.last! })

  private static let leadingTable: [(String, Quantity.Qualifier, Set<Unicode.Scalar>)] = [
    ("不少于", .atLeast, []), ("不低于", .atLeast, []), ("不超过", .atMost, []), ("不高于", .atMost, []),
    ("大约", .approximately, []), ("将近", .nearly, []), ("接近", .nearly, []), ("超过", .over, []),
    ("超出", .over, []), ("高于", .over, []), ("多于", .over, []), ("大于", .over, []), ("至少", .atLeast, []),
    ("达到", .atLeast, []), ("高达", .atLeast, []), ("多达", .atLeast, []), ("长达", .atLeast, []),
    ("不到", .under, []), ("不足", .under, []), ("低于", .under, []), ("少于", .under, []), ("小于", .under, []),
    ("最多", .atMost, []), ("至多", .atMost, []),
    // Single characters that also end common words: 签约3个项目, 最近3年, 下达300万元 are not qualified.
    (
      "约", .approximately,
      ["签", "节", "制", "合", "预", "履", "条", "违", "契", "集", "特", "邀", "守", "租", "公", "盟", "简", "婚", "誓", "相", "缔", "解"]
    ),
    ("近", .nearly, ["最", "附", "邻", "远", "就", "新", "靠", "贴", "亲", "相", "临", "逼", "将", "接"]),
    ("超", .over, ["赶", "高"]),
    ("逾", .over, []),
    ("达", .atLeast, ["下", "到", "抵", "通", "传", "表", "发", "送", "转", "直", "畅", "雷", "豁", "腾", "高", "多", "长"]),
  ]

  /// Words that stand after the number and unit.
  static let trailingWords: [(word: [UInt8], qualifier: Quantity.Qualifier)] = [
    (Array("以上".utf8), .atLeast), (Array("以下".utf8), .atMost), (Array("以内".utf8), .atMost),
    (Array("左右".utf8), .approximately),
  ]

  /// 多 and 余, which stand between the number and the magnitude or unit.
  static let moreWords: [[UInt8]] = [Array("多".utf8), Array("余".utf8)]
}

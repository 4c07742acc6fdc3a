extension QuantityUnit {
  /// One way a unit is spelled in text.
  struct Spelling: Sendable {
    var spelling: [UInt8]
    var unit: QuantityUnit
    /// ASCII spellings ("kW") need a word boundary after them.
    var isASCII: Bool
  }

  /// The units of township reports, longest spelling first so that "个百分点" wins over "个" and "人次" over "人".
  static let known: [Spelling] = {
    var table: [Spelling] = []
    func add(_ category: Category, _ texts: [String], alias: [String: String] = [:]) {
      for text in texts {
        table.append(Spelling(spelling: Array(text.utf8), unit: QuantityUnit(text, category: category), isASCII: false))
      }
      for (spelling, text) in alias {
        table.append(
          Spelling(
            spelling: Array(spelling.utf8), unit: QuantityUnit(text, category: category),
            isASCII: spelling.utf8.allSatisfy { $0 < 0x80 }))
      }
    }
    add(.money, ["元", "美元", "欧元", "港元"])
    add(
      .area, ["亩", "公顷", "平方米", "平方公里", "平方千米"],
      alias: ["㎡": "平方米", "平米": "平方米", "平方": "平方米", "m²": "平方米", "㎢": "平方公里", "km²": "平方公里"])
    add(.length, ["公里", "千米", "米", "延米", "厘米", "毫米"], alias: ["km": "公里"])
    add(.weight, ["吨", "公斤", "千克", "斤", "克"], alias: ["kg": "公斤"])
    add(.volume, ["立方米", "立方", "升"], alias: ["m³": "立方米", "㎥": "立方米"])
    add(
      .energy, ["千瓦时", "千瓦", "兆瓦", "瓦", "千伏安", "千伏", "度"],
      alias: ["kWh": "千瓦时", "kW": "千瓦", "MW": "兆瓦", "kVA": "千伏安", "kV": "千伏"])
    add(
      .count,
      [
        "户", "人", "人次", "户次", "车次", "架次", "班次", "场次", "批次", "名", "个", "家", "项", "件", "宗", "次",
        "所", "座", "条", "处", "头", "只", "羽", "尾", "台", "套", "辆", "艘", "株", "棵", "间", "栋", "幢", "批", "场",
        "期", "篇", "份", "张", "册", "本", "位", "对", "支", "队", "组", "片", "类", "轮", "口", "眼", "盏", "根", "块",
        "匹", "箱", "袋", "门", "级", "届", "起", "例", "笔", "单", "床", "村",
      ])
    add(.other, ["岁", "分"])
    add(.time, ["年", "年度", "个月", "月", "日", "天", "小时", "分钟", "秒", "周", "季度", "个工作日", "工作日"])
    add(.percent, ["%"], alias: ["％": "%"])
    add(.permille, ["‰"])
    add(.percentagePoint, ["个百分点", "百分点"])
    add(.multiple, ["倍"])
    add(.temperature, ["℃", "摄氏度"])
    return table.sorted { $0.spelling.count > $1.spelling.count }
  }()

  /// The table indexed by first scalar, each list longest spelling first.
  static let byFirstScalar: [Unicode.Scalar: [Spelling]] = Dictionary(
    grouping: known, by: { String(decoding: $0.spelling, as: UTF8.self).unicodeScalars.first! })
}

extension DataError {
  /// The Chinese message: where (line, and column when it helps), what is wrong, and what to do.
  public var message: String {
    let line = "第 \(location.line) 行"
    let place = "第 \(location.line) 行第 \(location.column) 列"
    switch kind {
    case .tabIndentation:
      return "\(line)用了制表符缩进；YAML 只能用空格缩进，请把制表符换成空格。"
    case .fullWidthIndentation:
      return "\(line)用全角空格“　”缩进；YAML 只能用半角空格缩进，请把行首的全角空格换成半角空格。"
    case .inconsistentIndentation(let found, let expected):
      return "\(line)缩进了 \(found) 个空格，与同一层的上一项（缩进 \(expected) 个空格）对不齐；"
        + "请改为 \(expected) 个空格。若要写成上一项的下一级，上一项的冒号后面要留空。"
    case .unmatchedDedent(let found, let levels):
      let open = levels.map(String.init).joined(separator: "、")
      return "\(line)缩进了 \(found) 个空格，上面没有缩进 \(found) 个空格的层级（已有的层级缩进 \(open) 个空格）；"
        + "请对齐到它所属的那一层。"
    case .mixedBlock(let inSequence):
      return inSequence
        ? "\(line)是“键: 值”，但同一层上面是列表项；同一层要么都是“- 项”，要么都是“键: 值”，请调整缩进或补上“- ”。"
        : "\(line)是列表项“- ”，但同一层上面是“键: 值”；列表要写在某个键的下面，请在上面加一行“键:”或调整缩进。"
    case .plainScalarContinuation:
      return "\(line)接着上一行的值，但不带引号的值不能跨行；长文字请在冒号后写“>”（折叠）或“|”（保留换行），"
        + "再换行缩进书写，或把它并到上一行。"
    case .unexpectedContent:
      return "\(line)的内容接在一个已经写完的值后面；文件的顶层只能有一个值（一组“键: 值”或一个列表），请检查缩进或删去多余的内容。"
    case .tooDeep(let limit):
      return "\(place)的嵌套超过了 \(limit) 层；数据文件最多嵌套 \(limit) 层，请减少层级。"
    case .duplicateKey(let key, let firstLine):
      return "\(place)的键“\(Self.excerpt(key))”重复了，第 \(firstLine) 行已经写过；同一层的键不能重复，请删去一个或改名。"
    case .missingColon(let text, let hint):
      return "\(place)的“\(Self.excerpt(text))”" + Self.colonAdvice(text, hint)
    case .missingKey:
      return "\(place)的冒号前面没有键名；请写成“键: 值”。"
    case .unexpectedColon:
      return "\(place)的值里有“: ”（冒号加空格）；不带引号的值里不能有它，请把整个值用引号括起来，或检查是否漏了换行。"
    case .complexKey:
      return "\(place)的键不是单个文字（如“? 键”或“[a, b]: 值”）；数据文件只支持“键: 值”，键请写成一段文字。"
    case .mergeKey:
      return "\(place)用了合并键“<<”；数据文件不支持合并，请把要用的键逐个写出来。"
    case .unterminatedQuote(let quote):
      let name = quote == .double ? "双引号" : "单引号"
      let inner = quote == .double ? "值里的双引号写成 \\\"" : "值里的单引号写成 ''"
      return "\(place)的\(name)没有结束；引号要在同一行内成对出现，请在值的末尾补上 \(quote.rawValue)（\(inner)）。"
    case .textAfterQuote(let text):
      return "\(place)在引号结束后还有文字“\(Self.excerpt(text))”；请把它也放进引号里，或者删去。"
    case .invalidEscape(let escape):
      return "\(place)的转义“\(escape)”无效；双引号里只能用 \\n、\\t、\\\"、\\\\、\\uXXXX 等转义，"
        + "要写反斜杠本身请写成 \\\\，或改用单引号。"
    case .invalidBlockScalarHeader(let header):
      return "\(place)的“\(Self.excerpt(header))”不是有效的块标记；请只写“|”或“>”，"
        + "后面可加“-”（去掉末尾换行）或“+”（保留末尾空行），然后换行缩进书写。"
    case .reservedIndicator(let indicator):
      return "\(place)的值以“\(indicator)”开头，这个符号在 YAML 里有特殊含义；请把整个值用引号括起来。"
    case .sequenceEntryAfterKey:
      return "\(place)：列表项“- ”不能写在键的同一行；请换行并缩进后再写“- 项”。如果值就是短横线，请写成 \"-\"。"
    case .unterminatedFlow(let opener):
      let closer = opener == "[" ? "]" : "}"
      return "\(place)的“\(opener)”没有对应的“\(closer)”；请补上“\(closer)”。跨行书写时，后面各行要比所属的键缩进更多。"
    case .missingComma(let closer, let found):
      return "\(place)这里需要逗号或“\(closer)”，却是“\(Self.excerpt(found))”；括号里的各项要用逗号隔开，"
        + "含逗号或括号的值请用引号括起来。"
    case .emptyFlowEntry:
      return "\(place)多了一个逗号；括号里两个逗号之间要有值，请删去多余的逗号。"
    case .textAfterFlow(let text):
      return "\(place)在括号结束后还有文字“\(Self.excerpt(text))”；请删去它，或把它移进括号里。"
    case .anchor(let name):
      return "\(place)用了锚点“\(name)”；数据文件不支持锚点和别名，请删去它，把值直接写出来。"
    case .alias(let name):
      return "\(place)用了别名“\(name)”；数据文件不支持锚点和别名，请把它代表的值直接写在这里。"
    case .tag(let name):
      return "\(place)用了标签“\(name)”；数据文件里的值都按文字读取，不需要标签，请删去它，把值直接写出来。"
    case .multipleDocuments(let marker):
      let what = marker == "---" ? "开始了第二份文档" : "表示文档结束"
      return "\(line)的“\(marker)”\(what)；一个数据文件只能有一份文档，请删去这一行，把内容合并到一份里。"
    case .directive(let name):
      return "\(line)的“\(Self.excerpt(name))”是 YAML 指令；数据文件不支持指令，请删去这一行。"
    case .invalidJSON(let expected, let found):
      return "\(place)不是有效的 JSON：这里需要\(expected)，却是“\(Self.excerpt(found))”；"
        + "文件以“{”或“[”开头，按 JSON 读取，请按 JSON 的写法改正（字符串用双引号，各项用逗号隔开，最后一项后面不加逗号）。"
    case .notANumber(let text):
      return "\(place)的“\(Self.excerpt(text))”不是数字；这里需要一个数字，如 12.5。"
    case .notAQuantity(let text):
      return "\(place)的“\(Self.excerpt(text))”不是数量；这里需要一个数，可带单位，如 17.1亿元、10.6%、超35万人次。"
    case .notABoolean(let text):
      return "\(place)的“\(Self.excerpt(text))”不是“是”或“否”；这里请写 是、否、true、false、yes 或 no。"
    case .notAScalar(let expected, let found):
      let what: String
      switch found {
      case .null: what = "没有值"
      case .mapping: what = "是一组“键: 值”"
      case .sequence: what = "是一个列表"
      case .text: what = "是一段文字"
      }
      return "\(place)\(what)；这里需要\(Self.example(expected))。"
    }
  }
}

extension TemplateError.Kind {
  /// What went wrong, in Chinese, one sentence without a location.
  public var message: String {
    switch self {
    case .unknownTag(let name, _):
      name.isEmpty ? "标签是空的" : "没有“\(name)”这种标签"
    case .unclosedTag(let opener):
      "“\(opener)”没有对应的“\(Self.closer(of: opener))”"
    case .missingEnd(let tag, let expected):
      "这个 \(tag) 没有对应的 \(expected)"
    case .unexpectedTag(let name):
      "这里的 \(name) 没有对应的 \(Self.opener(of: name))"
    case .mismatchedEnd(let found, let expected, let line):
      "这里应为 \(expected)（第 \(line) 行的块还没有结束），却是 \(found)"
    case .invalidTagSyntax(let tag, _):
      "\(tag) 标签的写法不对"
    case .nestingTooDeep(let limit):
      "嵌套超过 \(limit) 层"
    case .outputTooLarge(let limit):
      "生成的文字超过 \(limit / 1_000_000) MB，已停止"
    case .tooManyIterations(let limit):
      "循环总次数超过 \(limit) 次，已停止"
    case .unexpectedToken(let found, let expected):
      "表达式有误：这里是\(found)，应为\(expected)"
    case .unexpectedCharacter(let text):
      "表达式里不能有字符“\(text)”"
    case .unterminatedString:
      "字符串没有结束的引号"
    case .emptyExpression:
      "“{{ }}”里没有表达式"
    case .unknownLoopAttribute(let name, _):
      "loop 没有“\(name)”这一项"
    case .unknownFilter(let name, _):
      "没有名为“\(name)”的过滤器"
    case .wrongFilterArguments(let filter, let reason):
      "过滤器 \(filter) 的参数不对：\(reason)"
    case .badFilterInput(let filter, let reason):
      "过滤器 \(filter) 无法处理这个值：\(reason)"
    case .includeNotFound(let name):
      "模板文件夹里没有“\(name)”"
    case .includeOutsideFolder(let name):
      "“\(name)”不在模板所在的文件夹内"
    case .includeUnreadable(let name, let reason):
      "无法读取“\(name)”：\(reason)"
    case .includeCycle(let chain):
      "模板互相包含：\(chain.joined(separator: " → "))"
    case .includeTooDeep(let chain, let limit):
      "包含层数超过 \(limit) 层：\(chain.joined(separator: " → "))"
    case .notANumber(let text, let role):
      "\(role)应为数字，“\(text)”不是数字"
    case .typeMismatch(let operation, let found):
      "\(operation)不能用于\(found)"
    case .divisionByZero:
      "除数为零"
    case .cannotPrint(let kind):
      "不能直接输出\(kind)"
    case .notIterable(let kind, _):
      "for 循环只能遍历列表或映射，这里是\(kind)"
    }
  }

  /// What to do about it, in Chinese; `nil` when the message says it all.
  public var help: String? {
    switch self {
    case .unknownTag(_, let suggestion):
      Self.didYouMean(suggestion) ?? "可用的标签：if、elif、else、endif、for、endfor、set、include；注释写作 {# … #}。"
    case .unclosedTag(let opener):
      "在标签末尾补上“\(Self.closer(of: opener))”；若要输出“\(opener)”本身，写作 {{ \"\(opener)\" }}。"
    case .missingEnd(_, let expected):
      "在块的末尾加上 {% \(expected) %}。"
    case .unexpectedTag(let name):
      "删去这个 \(name)，或在前面补上对应的 {% \(Self.opener(of: name)) … %}。"
    case .mismatchedEnd(_, let expected, _):
      "检查块的配对：先写 {% \(expected) %} 结束里面的块。"
    case .invalidTagSyntax(_, let usage):
      "应写作 \(usage)。"
    case .nestingTooDeep:
      "把模板拆成几个文件，用 include 组合。"
    case .unexpectedToken, .emptyExpression:
      "表达式的写法如 {{ 指标.地区生产总值.本期 | amount(\"亿元\") }}。"
    case .unexpectedCharacter(let text):
      Self.characterHelp(text)
    case .unterminatedString:
      "在字符串末尾补上同样的引号（' 或 \"）。"
    case .unknownLoopAttribute(_, let suggestion):
      Self.didYouMean(suggestion) ?? "loop 有 index、index0、revindex、revindex0、first、last、length。"
    case .unknownFilter(_, let suggestion):
      Self.didYouMean(suggestion) ?? "过滤器一览见 baogao 的文档。"
    case .wrongFilterArguments(let filter, _), .badFilterInput(let filter, _):
      Filter.named(filter).map { "用法：\($0.usage)" }
    case .includeNotFound:
      "检查文件名；include 只在当前模板所在的文件夹里查找（可省略扩展名 .tpl）。"
    case .includeOutsideFolder:
      "include 只能用模板文件夹内的文件名，不能含“..”或以“/”开头。"
    case .includeUnreadable:
      "检查文件的权限和编码（UTF-8 或 GB18030）。"
    case .includeCycle:
      "去掉其中一个 include，打破循环。"
    case .includeTooDeep:
      "减少 include 的层数。"
    case .notANumber:
      "把数据改成数字（如 17.1），或用 amount、percent 等过滤器处理带单位的值。"
    case .typeMismatch:
      "数字用 + - * / % 运算，文字用 ~ 连接；列表先用 length、join 等过滤器。"
    case .divisionByZero:
      "检查除数的数据，或先用 {% if 除数 != 0 %} 判断。"
    case .cannotPrint(let kind):
      kind == "列表" ? "用 join 或 join_cn 过滤器把列表连成文字，如 {{ 名单 | join_cn }}。" : "写出映射中的某一项，如 {{ 指标.财政收入 }}。"
    case .notIterable(_, let isMapping):
      isMapping ? "遍历映射要写两个变量：{% for 键, 值 in 映射 %}。" : "检查数据：这里应是列表（以“- ”开头的各项）。"
    case .outputTooLarge, .tooManyIterations:
      "检查这个循环遍历的数据是否过大（或循环是否套得太深）；确有需要时设置环境变量 BAOGAO_MAX_OUTPUT_MB 或 BAOGAO_MAX_ITERATIONS 放宽上限。"
    }
  }

  static func didYouMean(_ suggestion: String?) -> String? {
    suggestion.map { "你是不是想用 \($0)？" }
  }

  static func closer(of opener: String) -> String {
    switch opener {
    case "{{": "}}"
    case "{#": "#}"
    default: "%}"
    }
  }

  static func opener(of tag: String) -> String {
    tag == "endfor" ? "for" : "if"
  }

  static func characterHelp(_ text: String) -> String {
    switch text {
    case "“", "”", "‘", "’": "字符串要用半角引号 \" 或 '。"
    case "（", "）", "，", "：", "。", "、", "【", "】", "｜":
      "表达式里的符号要用半角；键名含标点时写作 x[\"地区生产总值（亿元）\"]。"
    default: "名称只能含文字、数字和下划线；其他键名写作 x[\"…\"]。"
    }
  }
}

import Foundation
import ReportData
import ReportInduce
import ReportModel
import ReportOutline
import ReportTemplate
import ReportText

/// What `induce` writes besides the induction itself: the manifest, the dry-run table and the summaries.
enum InduceReport {
  /// Characters of the line shown on each side of a slot in the dry-run table.
  static let contextWidth = 12

  // MARK: - Dry run

  /// The slots as a table: 位置, 类型, 键 (the expression for years), 原文, 上下文 (the value in 【】).
  static func slotTable(_ induction: Induction, source: SourceText) -> String {
    var table = TextTable(header: ["位置", "类型", "键", "原文", "上下文"])
    for slot in induction.slots {
      table.append([
        "\(slot.range.lowerBound.line):\(slot.range.lowerBound.column)", slot.kind.chineseName,
        slot.kind == .year ? slot.expression : slot.key, slot.value, context(of: slot, in: source),
      ])
    }
    return table.render()
  }

  /// The slot's line around it: up to `contextWidth` characters each side, "…" where cut, the value in 【】.
  static func context(of slot: InducedSlot, in source: SourceText) -> String {
    let start = slot.range.lowerBound.offset
    let end = slot.range.upperBound.offset
    let line = source.byteRange(ofLine: slot.range.lowerBound.line)
    var before = Substring(source.text(line.lowerBound..<max(line.lowerBound, start)))
    before = before.drop { $0.isWhitespace }
    let after = source.text(min(end, line.upperBound)..<line.upperBound)
    let left = before.count > contextWidth ? "…" + before.suffix(contextWidth) : String(before)
    var right = after.count > contextWidth ? after.prefix(contextWidth) + "…" : after
    while right.last?.isWhitespace == true { right.removeLast() }
    return (left + "【" + slot.value + "】" + right).replacingOccurrences(of: "\t", with: " ")
  }

  /// "共 86 处：数字 60、年份 20……；报告年份 2024。"
  static func countLine(_ induction: Induction) -> String {
    var line = "共 \(induction.slots.count) 处"
    if !induction.slots.isEmpty { line += "：" + counts(induction) }
    if let year = induction.reportYear {
      line += "；报告年份 \(year)（其他年份写成相对它的式子）。"
    } else {
      line += "；没有找到报告年份，年份按原文保留。"
    }
    return line
  }

  /// The slot counts per kind that occur: "数字 60、年份 20、日期 2".
  static func counts(_ induction: Induction) -> String {
    InducedSlot.Kind.allCases.compactMap { kind in
      let count = induction.slots.filter { $0.kind == kind }.count
      return count == 0 ? nil : "\(kind.chineseName) \(count)"
    }.joined(separator: "、")
  }

  /// Entries of the data file: one per distinct key, and 年份.
  static func dataEntryCount(_ induction: Induction) -> Int {
    Set(induction.slots.filter { $0.kind != .year }.map(\.key)).count + (induction.reportYear == nil ? 0 : 1)
  }

  // MARK: - Files

  /// The report's file name as messages and the manifest show it: the last path component, 标准输入 for `-`.
  static func sourceName(_ path: String) -> String {
    path == InputFile.standardInputPath ? "标准输入" : (path as NSString).lastPathComponent
  }

  /// The file name without its extension.
  static func stem(_ name: String) -> String {
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  /// The manifest's one-sentence 说明.
  static func description(_ induction: Induction, sourceName: String) -> String {
    var text = "由 baogao induce 从 \(sourceName) 生成，原报告中的 \(induction.slots.count) 处换成了数据项"
    if !induction.slots.isEmpty { text += "（" + counts(induction) + "）" }
    if let year = induction.reportYear { text += "，报告年份为 \(year) 年" }
    return text + "。"
  }

  /// `manifest.yaml`, with the keys `generate` reads.
  static func manifest(name: String, genre: ReportGenre, description: String) -> String {
    """
    # 模板说明：baogao generate 用它决定模板的名称、类别和入口文件。
    名称: \(scalar(name))
    类别: \(genre.rawValue)
    说明: \(scalar(description))
    入口: \(InduceCommand.entry)

    """
  }

  /// A value written as a plain YAML scalar when that reads back the same, else double-quoted.
  static func scalar(_ text: String) -> String {
    let special = Set("#:'\"\\{}[],&*!|>%@`")
    let isPlain =
      !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
      && !text.contains(where: special.contains) && !"-?~".contains(text.first!)
      && text.first?.isWhitespace == false && text.last?.isWhitespace == false
    guard !isPlain else { return text }
    var out = "\""
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if s.value < 0x20 || s == "\u{7F}" {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count)
            + String(s.value, radix: 16)
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out + "\""
  }

  /// The induced data with the command that turns it into a draft noted under its first comment line.
  static func dataText(_ induction: Induction, nextCommand: String) -> String {
    let note = "# 改好后生成初稿：\(nextCommand)\n"
    let data = induction.data
    guard data.hasPrefix("#"), let newline = data.firstIndex(of: "\n") else { return note + data }
    return String(data[...newline]) + note + String(data[data.index(after: newline)...])
  }

  /// `baogao generate DATA --template DIR`, paths quoted for a POSIX shell where needed.
  static func nextCommand(data: String, folder: String) -> String {
    "baogao generate \(shellQuoted(data)) --template \(shellQuoted(folder))"
  }

  static func shellQuoted(_ path: String) -> String {
    let unsafe = Set(" \t\n'\"$`\\!*?[]{}()<>|&;#~=%")
    guard path.isEmpty || path.contains(where: unsafe.contains) else { return path }
    return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  // MARK: - After writing

  /// Where the files are, the counts, and the next command.
  static func summary(_ induction: Induction, sourceName: String, outputs: InduceOutputs) -> String {
    var table = TextTable(indent: 2)
    table.append(["模板文件夹", "\(outputs.folder)（manifest.yaml、\(InduceCommand.entry)）"])
    table.append(["数据文件", "\(outputs.dataPath)（\(dataEntryCount(induction)) 项）"])
    table.append(["数据项", countLine(induction)])
    var text = "已从 \(sourceName) 生成模板和数据文件：\n" + table.render()
    text += "下一步：把数据文件中的“年份”和各项数字改成今年的，再生成初稿：\n"
    text += "  " + nextCommand(data: outputs.dataPath, folder: outputs.folder) + "\n"
    return text
  }

  /// The first line (1-based) where rendering the induction differs from `Induction.normalized`, or nil when
  /// the round trip holds; 0 when the template or data does not even read back.
  static func roundTripMismatch(_ induction: Induction, _ outline: Outline) -> Int? {
    guard let template = try? Template(path: InduceCommand.entry, string: induction.template),
      let data = try? DataDocument(parsing: induction.data, path: "data.yaml"),
      let rendered = try? template.render(data: data).text
    else { return 0 }
    let back = DraftWriter(format: .text).write(DraftDocument(rendered: rendered))
    let expected = Induction.normalized(outline)
    guard back != expected else { return nil }
    let a = back.split(separator: "\n", omittingEmptySubsequences: false)
    let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
    return ((0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)) + 1
  }
}

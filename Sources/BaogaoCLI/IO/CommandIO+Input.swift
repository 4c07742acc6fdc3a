import Foundation

extension CommandIO {
  /// Reads one input argument: a path (relative to `currentDirectory`) or `-` for standard input.
  ///
  /// - Throws: `CommandError` with exit status 2 and a Chinese message naming the file when it does
  ///   not exist, is a directory, cannot be read, or is larger than the input limit (`limits()`, 100 MB unless
  ///   `BAOGAO_MAX_INPUT_MB` says otherwise).
  public func readInput(_ argument: String) throws(CommandError) -> InputFile {
    let maximum = try limits().inputBytes
    func tooLarge(_ name: String, _ size: Int) -> CommandError {
      CommandError(
        "\(name) 太大（\(size >> 20) MB，上限 \(maximum >> 20) MB），不像一份报告。请检查是否给错了文件；确需读取时设置环境变量 BAOGAO_MAX_INPUT_MB 放宽上限。"
      )
    }
    if argument == "-" {
      let bytes: [UInt8]
      do {
        bytes = try standardInput.readAll()
      } catch {
        throw CommandError("无法读取标准输入：\(error.localizedDescription)")
      }
      if bytes.count > maximum { throw tooLarge("标准输入", bytes.count) }
      return InputFile(path: InputFile.standardInputPath, bytes: bytes, url: nil)
    }
    let url = url(for: argument)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CommandError("找不到文件 '\(argument)'。请检查路径和文件名是否正确。")
    }
    if isDirectory.boolValue {
      throw CommandError("'\(argument)' 是一个目录，不是文件。请给出文件的路径。")
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximum {
      throw tooLarge("文件 '\(argument)'", size)
    }
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw CommandError("没有权限读取 '\(argument)'。")
    }
    do {
      let data = try Data(contentsOf: url)
      return InputFile(path: argument, bytes: [UInt8](data), url: url)
    } catch {
      throw CommandError("无法读取 '\(argument)'：\(error.localizedDescription)")
    }
  }

  /// Reads several input arguments in order, stopping at the first that cannot be read.
  public func readInputs(_ arguments: [String]) throws(CommandError) -> [InputFile] {
    var inputs: [InputFile] = []
    for argument in arguments { inputs.append(try readInput(argument)) }
    return inputs
  }
}

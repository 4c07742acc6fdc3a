import Foundation

extension CommandIO {
  /// The largest input file read, in bytes: a report is well under a megabyte, so anything this large
  /// is the wrong file.
  public static let maximumInputSize = 64 << 20

  /// Reads one input argument: a path (relative to `currentDirectory`) or `-` for standard input.
  ///
  /// - Throws: `CommandError` with exit status 2 and a Chinese message naming the file when it does
  ///   not exist, is a directory, cannot be read, or is larger than `maximumInputSize`.
  public func readInput(_ argument: String) throws(CommandError) -> InputFile {
    if argument == "-" {
      do {
        return InputFile(path: InputFile.standardInputPath, bytes: try standardInput.readAll(), url: nil)
      } catch {
        throw CommandError("无法读取标准输入：\(error.localizedDescription)")
      }
    }
    let url = url(for: argument)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw CommandError("找不到文件 '\(argument)'。请检查路径和文件名是否正确。")
    }
    if isDirectory.boolValue {
      throw CommandError("'\(argument)' 是一个目录，不是文件。请给出文件的路径。")
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
      size > Self.maximumInputSize
    {
      throw CommandError("文件 '\(argument)' 太大（\(size >> 20) MB），不像一份报告。请检查是否给错了文件。")
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

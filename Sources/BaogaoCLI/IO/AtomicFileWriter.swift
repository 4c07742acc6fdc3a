import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file through a temporary file in the same directory and a rename.
///
/// The temporary file is `.<name>.baogao-<random>.tmp` beside the destination (same file system,
/// so the rename is atomic). Without replacement the temporary file is hard-linked to the
/// destination, which fails if a file appeared there meanwhile; file systems without hard links fall
/// back to a check and a rename. The temporary file is removed on every path out.
enum AtomicFileWriter {
  static func write(
    _ bytes: [UInt8], to url: URL, displayPath: String, replacingExisting: Bool
  ) throws(CommandError) {
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw CommandError("无法写入 '\(displayPath)'：目录 '\(directory.path)' 不存在。请先创建目录。")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).baogao-\(randomTag()).tmp").path
    let destination = url.path
    defer { unlink(temporary) }

    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    guard descriptor >= 0 else { throw failure(errno, displayPath) }
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        throw failure(code, displayPath)
      }
      written += result
    }
    if fsync(descriptor) != 0 && errno != EINVAL && errno != ENOTSUP {
      let code = errno
      close(descriptor)
      throw failure(code, displayPath)
    }
    if close(descriptor) != 0 { throw failure(errno, displayPath) }

    if replacingExisting {
      var existing = stat()
      if stat(destination, &existing) == 0 { _ = chmod(temporary, existing.st_mode & 0o7777) }
      if rename(temporary, destination) != 0 { throw failure(errno, displayPath) }
      return
    }
    if link(temporary, destination) == 0 { return }
    let code = errno
    if code == EEXIST { throw CommandError("输出文件 '\(displayPath)' 已存在。如需覆盖，请加上 --force。") }
    guard code == EPERM || code == ENOTSUP || code == EXDEV || code == EOPNOTSUPP || code == EMLINK else {
      throw failure(code, displayPath)
    }
    if FileManager.default.fileExists(atPath: destination) {
      throw CommandError("输出文件 '\(displayPath)' 已存在。如需覆盖，请加上 --force。")
    }
    if rename(temporary, destination) != 0 { throw failure(errno, displayPath) }
  }

  private static func randomTag() -> String {
    String(UInt32.random(in: 0...UInt32.max), radix: 36)
  }

  private static func failure(_ code: Int32, _ path: String) -> CommandError {
    switch code {
    case EACCES, EPERM: CommandError("没有权限写入 '\(path)'。")
    case ENOSPC: CommandError("磁盘空间不足，无法写入 '\(path)'。")
    case EROFS: CommandError("无法写入 '\(path)'：所在的文件系统是只读的。")
    default: CommandError("无法写入 '\(path)'：\(String(cString: strerror(code)))。")
    }
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether two paths name the same file: same device and inode, following symbolic links.
enum FileIdentity {
  /// Whether `a` and `b` are the same existing file, or the same path when either does not exist.
  static func same(_ a: URL, _ b: URL) -> Bool {
    if let first = identity(of: a), let second = identity(of: b) { return first == second }
    return a.standardizedFileURL.resolvingSymlinksInPath().path == b.standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Device and inode of the file at `url`, after following links; `nil` when it does not exist.
  static func identity(of url: URL) -> [UInt64]? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }
}

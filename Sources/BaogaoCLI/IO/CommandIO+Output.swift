import Foundation

extension CommandIO {
  /// Writes a command's result where the invocation says: the file given with `-o FILE` (or the
  /// option named `option`), else standard output. `-o -` also means standard output.
  ///
  /// A file is written atomically and only replaces an existing file when `--force` was given. It
  /// never replaces a file the same command line reads (see `Invocation.inputPaths`), even with
  /// `--force`, unless `allowsOverwritingInputs` is true (such as `lint --fix`).
  ///
  /// ```swift
  /// try io.writeOutput(rendered, for: invocation)
  /// try io.writeOutput(dataFile, for: invocation, option: "data")
  /// ```
  public func writeOutput(
    _ text: String, for invocation: Invocation, option: String = "output", allowsOverwritingInputs: Bool = false
  ) throws(CommandError) {
    try writeOutput(
      bytes: Array(text.utf8), for: invocation, option: option, allowsOverwritingInputs: allowsOverwritingInputs)
  }

  /// Writes bytes where the invocation says; see `writeOutput(_:for:option:allowsOverwritingInputs:)`.
  public func writeOutput(
    bytes: [UInt8], for invocation: Invocation, option: String = "output", allowsOverwritingInputs: Bool = false
  ) throws(CommandError) {
    guard let path = invocation.value(option), path != "-" else {
      standardOutput.write(bytes: bytes)
      return
    }
    let force = invocation.spec.option(named: OptionSpec.force.name) != nil && invocation.flag(OptionSpec.force.name)
    try writeFile(
      bytes, to: path, replacingExisting: force, protecting: allowsOverwritingInputs ? [] : invocation.inputPaths)
  }

  /// Writes `bytes` to the file `path` (relative to `currentDirectory`) atomically: into a temporary
  /// file in the same directory, then renamed over the destination, so a reader sees the old file or
  /// the new one, never half of one. No temporary file is left behind, whatever happens.
  ///
  /// - Parameters:
  ///   - replacingExisting: whether an existing file may be replaced (`--force`); its permissions
  ///     are kept.
  ///   - inputs: paths that must not be replaced in any case; compared by file identity, so another
  ///     spelling of the same path or a link to it is caught too.
  /// - Throws: `CommandError` (exit status 2) naming the file: it exists and `replacingExisting` is
  ///   false (the message says to add `--force`), it is one of `inputs`, it is a directory, its
  ///   directory does not exist, or writing failed.
  public func writeFile(
    _ bytes: [UInt8], to path: String, replacingExisting: Bool, protecting inputs: [String] = []
  ) throws(CommandError) {
    try checkOutputFile(path, replacingExisting: replacingExisting, protecting: inputs)
    try AtomicFileWriter.write(bytes, to: url(for: path), displayPath: path, replacingExisting: replacingExisting)
  }

  /// Checks that `writeFile` may write `path`, without writing anything: a command that writes
  /// several files checks them all first, so that it writes all of them or none.
  ///
  /// - Throws: the `CommandError` that `writeFile(_:to:replacingExisting:protecting:)` would throw
  ///   before writing (a directory, an input file, an existing file without `replacingExisting`).
  public func checkOutputFile(
    _ path: String, replacingExisting: Bool, protecting inputs: [String] = []
  ) throws(CommandError) {
    let url = url(for: path)
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      throw CommandError("'\(path)' 是一个目录，不能作为输出文件。请给出文件的路径。")
    }
    if exists, let input = inputs.first(where: { FileIdentity.same(url, self.url(for: $0)) }) {
      let spelled = input == path ? "" : "（即 '\(input)'）"
      throw CommandError(
        "输出文件 '\(path)'\(spelled)也是这条命令的输入文件；baogao 不会覆盖输入文件，加 --force 也不会。请用 -o 另给一个文件名。")
    }
    if exists && !replacingExisting {
      throw CommandError("输出文件 '\(path)' 已存在。如需覆盖，请加上 --force。")
    }
  }
}

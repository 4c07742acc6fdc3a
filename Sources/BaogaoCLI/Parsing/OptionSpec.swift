/// One option a subcommand accepts, described as a value.
///
/// Options are named by their long name without dashes (`"format"` for `--format`); that name is
/// also the key for `Invocation.value(_:)`, `flag(_:)` and `values(_:)`. A short alias is a single
/// character (`"o"` for `-o`).
///
/// ```swift
/// .flag("force", help: "允许覆盖已存在的输出文件")
/// .value("format", placeholder: "FORMAT", allowed: ["text", "json"], default: "text", help: "输出格式")
/// .value("output", short: "o", placeholder: "FILE", help: "写入的文件；默认写到标准输出")
/// .repeated("ref", placeholder: "FILE", help: "参考报告，可多次给出", isInputFile: true)
/// ```
public struct OptionSpec: Sendable, Hashable {
  /// What an option takes.
  public enum Kind: Sendable, Hashable {
    /// A switch without a value: `--force`.
    case flag
    /// An option with one value: `--format json`, `--format=json`, `-o FILE`.
    case value
    /// An option with one value that may be given several times: `--ref a.txt --ref b.txt`.
    case repeated
  }

  /// The long name without the leading dashes: `"dry-run"` for `--dry-run`.
  public var name: String
  /// The one-character short alias without the dash: `"o"` for `-o`.
  public var short: Character?
  /// The kind: flag, single value or repeated value.
  public var kind: Kind
  /// The placeholder shown in usage and help: `FORMAT`, `FILE`. Empty for flags.
  public var placeholder: String
  /// The accepted values; `nil` accepts any value.
  public var allowedValues: [String]?
  /// The value when the option is not given (single-value options only).
  public var defaultValue: String?
  /// Whether the option must be given (single-value and repeated options only).
  public var isRequired: Bool
  /// Whether the value names a file that the command reads: output never replaces such a file.
  public var isInputFile: Bool
  /// A one-line description in Chinese, shown in the options table.
  public var help: String

  /// Creates an option; the static factories below read better at the call site.
  public init(
    name: String, short: Character? = nil, kind: Kind, placeholder: String = "", allowedValues: [String]? = nil,
    defaultValue: String? = nil, isRequired: Bool = false, isInputFile: Bool = false, help: String
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.placeholder = placeholder
    self.allowedValues = allowedValues
    self.defaultValue = defaultValue
    self.isRequired = isRequired
    self.isInputFile = isInputFile
    self.help = help
  }

  /// A switch without a value, such as `--force` or `--dry-run`.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, kind: .flag, help: help)
  }

  /// An option that takes one value, such as `--format FORMAT` or `-o FILE`.
  ///
  /// - Parameters:
  ///   - allowed: the accepted values, or `nil` for any value.
  ///   - default: the value when the option is not given.
  ///   - isRequired: whether the command cannot run without it.
  ///   - isInputFile: whether the value is a file the command reads.
  public static func value(
    _ name: String, short: Character? = nil, placeholder: String, allowed: [String]? = nil, default: String? = nil,
    isRequired: Bool = false, isInputFile: Bool = false, help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, kind: .value, placeholder: placeholder, allowedValues: allowed,
      defaultValue: `default`, isRequired: isRequired, isInputFile: isInputFile, help: help)
  }

  /// An option that takes one value and may be given several times, such as `--ref FILE`.
  public static func repeated(
    _ name: String, short: Character? = nil, placeholder: String, allowed: [String]? = nil,
    isRequired: Bool = false, isInputFile: Bool = false, help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, kind: .repeated, placeholder: placeholder, allowedValues: allowed,
      isRequired: isRequired, isInputFile: isInputFile, help: help)
  }

  /// The standard `-o FILE` / `--output FILE` option that `CommandIO.writeOutput(_:for:)` reads.
  public static let output = OptionSpec.value(
    "output", short: "o", placeholder: "FILE", help: "写入的文件；不给或给 - 时写到标准输出")

  /// The standard `--force` flag that allows `--output` to replace an existing file.
  public static let force = OptionSpec.flag("force", help: "允许覆盖已存在的输出文件（输入文件除外）")

  /// `--name`, as the user types it.
  public var longFlag: String { "--\(name)" }

  /// `-o`, as the user types it, when there is a short alias.
  public var shortFlag: String? { short.map { "-\($0)" } }

  /// Whether the option takes a value.
  public var takesValue: Bool { kind != .flag }
}

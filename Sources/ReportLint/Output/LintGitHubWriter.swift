import Foundation
import ReportText

/// Findings as GitHub Actions workflow commands, so they show up as annotations on a pull request.
///
/// `::warning file=报告.txt,line=3,col=5,endLine=3,endColumn=7,title=placeholder.unfilled::message`. Info and
/// note become `notice`. Messages escape `%`, CR and LF; property values also escape `:` and `,`.
public struct LintGitHubWriter: Sendable {
  public init() {}

  public func write(_ files: [LintedFile]) -> String {
    var out = ""
    for file in files {
      for finding in file.findings {
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info, .note: command = "notice"
        }
        let range = finding.range
        let properties = [
          ("file", file.source.path), ("line", "\(range.lowerBound.line)"), ("col", "\(range.lowerBound.column)"),
          ("endLine", "\(range.upperBound.line)"), ("endColumn", "\(range.upperBound.column)"),
          ("title", finding.ruleID),
        ].map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        out += "::\(command) \(properties)::\(Self.escapeData(finding.message))\n"
      }
    }
    return out
  }

  /// `%` → `%25`, CR → `%0D`, LF → `%0A`.
  public static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Data escaping plus `:` → `%3A` and `,` → `%2C`.
  public static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

import Testing

@testable import ReportTemplate

/// Include names that may not leave the folder.
@Suite struct IncludeNameTests {
  @Test(arguments: ["part", "part.tpl", "parts/review", "parts/review.tpl", "一、回顾"])
  func accepts(_ name: String) { #expect(TemplateLoader.isAcceptable(name)) }

  @Test(arguments: ["", "../x", "a/../b", "/etc/passwd", "~/x", "a\\b", "a//b", "a/", "..", "a\0b"])
  func refuses(_ name: String) { #expect(!TemplateLoader.isAcceptable(name)) }
}

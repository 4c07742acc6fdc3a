// The ReportLint target; its work starts with a later issue.

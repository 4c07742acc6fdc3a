// The ReportCompare target; its work starts with a later issue.

// The ReportData target; its work starts with a later issue.

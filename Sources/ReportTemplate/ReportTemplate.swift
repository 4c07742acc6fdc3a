// The ReportTemplate target; its work starts with a later issue.

public enum ReportModelNamespace {}

public enum ReportOutlineNamespace {}

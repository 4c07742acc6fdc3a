extension ComparisonHTMLWriter {
  /// The page's only style sheet: system fonts (with the common Chinese ones), no web fonts, and print rules
  /// that keep black text on white, keep the bands of the charts and avoid splitting rows and charts.
  ///
  /// It holds no `<` or `&`, so it is valid XML text as it is.
  static let styleSheet = """
    :root { --ink: #1d232b; --muted: #5b6572; --rule: #c9d0d8; --band: #cfdcec; --band-edge: #6a86a8;
      --bad: #b3261e; --warn: #8a5a00; --good: #2e6b3a; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1040px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
      font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
        "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", "Helvetica Neue", Arial,
        sans-serif;
      font-size: 15px; line-height: 1.6; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    h2 { font-size: 19px; margin: 28px 0 8px; }
    h3 { font-size: 16px; margin: 22px 0 6px; }
    section.draft > section > h2, section.draft > section > h3 { border-bottom: 1px solid var(--rule);
      padding-bottom: 2px; }
    .meta, .note, .line, .source { color: var(--muted); }
    .note { font-size: 13px; margin: 0 0 6px; }
    .line, .source { font-size: 12px; white-space: nowrap; }
    section.draft { margin-top: 36px; }
    main > section.draft:first-child { margin-top: 0; }
    .scorebox { display: flex; gap: 24px; align-items: flex-start; margin: 16px 0; padding: 12px 16px;
      border: 1px solid var(--rule); border-radius: 6px; }
    .scorebox .score { margin: 0; min-width: 120px; text-align: center; }
    .scorebox .value { font-size: 40px; font-weight: 700; line-height: 1.1; }
    .scorebox .unit { color: var(--muted); }
    .scorebox .label { display: block; font-size: 13px; color: var(--muted); }
    .scorebox .nearest p { margin: 0 0 6px; }
    ol.refs { margin: 0; padding: 0; list-style: none; columns: 3 14em; column-gap: 20px; font-size: 13px; }
    ol.refs li { display: flex; justify-content: space-between; gap: 8px; border-bottom: 1px dotted var(--rule);
      break-inside: avoid; }
    ol.differences { padding-left: 1.6em; margin: 0; }
    ol.differences li { margin: 2px 0; }
    ol.differences li.missing-part { color: var(--bad); font-weight: 600; }
    table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
    th, td { border: 1px solid var(--rule); padding: 4px 7px; vertical-align: top; text-align: left; }
    thead th { background: #eef2f6; }
    th.ref, td.ref { background: #f7f9fb; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.score { font-weight: 700; }
    td.missing, .mark-missing { color: var(--bad); font-weight: 700; }
    .mark-missing { border: 1.5px solid var(--bad); border-radius: 3px; padding: 0 4px; }
    tr.missing td { background: #fdf1f0; }
    tr.absent .part-name.absent { color: var(--muted); }
    .part-name { margin: 0; font-weight: 600; }
    .pos { display: inline-block; min-width: 1.5em; text-align: center; border: 1px solid var(--rule);
      border-radius: 3px; font-size: 12px; }
    ol.sections { margin: 2px 0 0; padding-left: 2em; }
    .topic { font-size: 12px; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px;
      padding: 0 3px; white-space: nowrap; }
    .flag { display: inline-block; font-size: 12px; border: 1px solid var(--warn); color: var(--warn);
      border-radius: 3px; padding: 0 4px; margin: 1px 0; white-space: nowrap; }
    .flag.missing { border-color: var(--bad); color: var(--bad); font-weight: 700; }
    ul.closest { margin: 0; padding-left: 1.2em; }
    svg.chart { display: block; width: 100%; max-width: 100%; height: auto; margin: 4px 0 8px; }
    svg.chart text { font-family: inherit; fill: var(--ink); }
    svg.chart .axis { stroke: #9aa5b1; stroke-width: 1; }
    svg.chart .grid { stroke: #e1e6eb; stroke-width: 1; }
    svg.chart .track { fill: #f3f5f7; stroke: #c9d0d8; stroke-width: 1; }
    svg.chart .band { fill: var(--band); stroke: var(--band-edge); stroke-width: 1; }
    svg.chart .median { stroke: #1d232b; stroke-width: 2; }
    svg.chart .dot { fill: #1d232b; stroke: #fff; stroke-width: 1.5; }
    svg.chart .dot.out { fill: var(--bad); }
    svg.chart .bar { fill: var(--band-edge); }
    svg.chart .yes { fill: var(--good); }
    svg.chart .no { fill: #fff; stroke: var(--bad); stroke-width: 1.5; }
    svg.chart .muted { fill: var(--muted); }
    svg.chart .bad { fill: var(--bad); font-weight: 700; }
    svg.chart .group { font-weight: 700; }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { max-width: none; padding: 0; color: #000; background: #fff; font-size: 10.5pt; }
      a { color: #000; text-decoration: none; }
      h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
      thead { display: table-header-group; }
      tr, li, .scorebox, svg.chart, p.note { break-inside: avoid; page-break-inside: avoid; }
      section.chart { break-inside: avoid; page-break-inside: avoid; }
      svg.chart { max-height: 240mm; }
      main > section.draft + section.draft, section.summary + section.draft { break-before: page;
        page-break-before: always; }
      table { font-size: 9.5pt; }
    }

    """
}

/**
 * Queries over the warehouse for the views, written with jOOQ and returning records; views never
 * see SQL. One service per view — {@link vn.cchc.analytics.OverviewService},
 * {@link vn.cchc.analytics.TrendService}, {@link vn.cchc.analytics.RankingService},
 * {@link vn.cchc.analytics.DrillDownService}, {@link vn.cchc.analytics.HeatmapService},
 * {@link vn.cchc.analytics.DataQualityService} — plus {@link vn.cchc.analytics.FilterOptionsService}
 * for the filter widgets and {@link vn.cchc.analytics.MeasureCatalog} for what can be charted (the
 * three headline KPIs and every catalog indicator). Every figure is a
 * {@link vn.cchc.analytics.Figure}: the value (null when nothing was reported, never 0), its
 * {@link vn.cchc.analytics.Basis} and the units, reports and sums behind it.
 *
 * <h2>How figures are made (DOMAIN §6)</h2>
 * <ul>
 * <li>A rate is Σ numerators / Σ denominators over the reports that give both counts of a pair
 *     (RATIO_OF_SUMS). The KPIs: on-time rate = Σ tthc.ontime.{dept,district,commune} /
 *     Σ tthc.resolved.*; online rate = Σ dvc.received_online / Σ dvc.received; staffing fill =
 *     Σ staff.{civil,public}.present / Σ staff.*.assigned. A catalog rate with numerator and
 *     denominator ids is its own pair. Reports that give only the rate are left out of a ratio of
 *     sums and counted ({@code rateOnlyReports}); when no report gives counts, one report's rate is
 *     REPORTED and several reports' rates are averaged unweighted as MEAN_OF_REPORTED_RATES — the UI
 *     must say so. A percentage without counts is the same (REPORTED or MEAN_OF_REPORTED_RATES).</li>
 * <li>Counts and money add up over reports (SUM; one report: REPORTED). Coded and text answers do
 *     not add up: one report's code is REPORTED, several are NOT_AGGREGABLE (drill down).</li>
 * <li>Figures are per period, never summed across periods.</li>
 * </ul>
 *
 * <h2>Which reports make a figure: no double counting</h2>
 * The UBND tỉnh report (agency kind {@code province}) is the province's aggregate: it already sums
 * its departments and districts (see how vn.cchc.sample builds it). So:
 * <ul>
 * <li>a <b>province</b>'s figure is its aggregate report alone; only for a province-period without
 *     one do its department and district reports feed it instead (communes only where no district
 *     reports, a district's report holding its communes) — never both (the view
 *     {@code analytics_report.feeds_province}, sql/V5__analytics.sql);</li>
 * <li>the <b>country</b>'s figure is the ratio of sums over the reports that feed the provinces,
 *     i.e. over the provinces' aggregates;</li>
 * <li>with an <b>agency kind</b> filter the figure is over the agencies of that kind instead (e.g. all
 *     departments of a province), and an <b>agency</b>'s figure is its own reports — with its
 *     predecessors' through the 2025 department lineage ({@code agency_lineage}).</li>
 * </ul>
 * A drill-down lists a province's agencies each with its own figure, the aggregate among them; they
 * are not meant to be added up.
 *
 * <h2>Comparing periods</h2>
 * A period is compared with the previous period of the same kind ({@link vn.cchc.analytics.PeriodCodes#previous}):
 * the previous quarter, Q1 with the previous year's Q4; H1, 9M and Y with the previous year's. A
 * cumulative ("lũy kế") indicator's quarter holds the year to date and is compared with the same
 * quarter of the previous year. A trend runs over one {@link vn.cchc.analytics.Grain} (quarters,
 * half-years, nine months or years) and says on its {@link vn.cchc.analytics.Axis} whether the values
 * are per period, year to date or stocks: quarterly and cumulative values never share an axis. Change
 * in a KPI card is in percentage points.
 *
 * <h2>63 or 34 provinces (DOMAIN §8)</h2>
 * Reports stay filed under the province they were written for (the 63 until 2025-06-30, the 34 from
 * 2025-07-01). {@link vn.cchc.analytics.Boundary#NEW_34} shows a period before the merger by the 2025
 * provinces, each the ratio of sums over the 2008 provinces that became it ({@code units} says how
 * many). {@link vn.cchc.analytics.Boundary#OLD_63} shows a period after the merger by the 2008
 * provinces that continue as exactly one 2025 province (unchanged or renamed, e.g. Cao Bằng, Thừa
 * Thiên Huế → Huế) with that province's figures; the members of a merged province get none — a
 * merged figure cannot be split — and are listed apart as MERGED. District agencies end on
 * 2025-06-30 and are not expected after.
 *
 * <h2>Who is expected to report</h2>
 * An agency is expected in a period when the period's last day lies between the last days of its
 * earliest and latest current reports; rankings list the expected agencies without a figure apart
 * (NOT_REPORTED, or NO_VALUE when they reported but not this measure), completeness lists them as
 * missing.
 *
 * <h2>Speed</h2>
 * Every figure is one DuckDB query that pivots each report's few indicators and aggregates, so a
 * chart gets a few rows back. QueryBenchmark (src/test, profile {@code analytics-benchmark}) prints
 * p50/p95 per view against the same SQL run raw through JDBC; no pre-aggregated table is needed.
 * WarehouseSummaryService (the home page's counts) belongs to another part of the app.
 */
package vn.cchc.analytics;

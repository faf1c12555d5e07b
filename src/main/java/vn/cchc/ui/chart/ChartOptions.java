package vn.cchc.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarDataItem;
import org.icepear.echarts.charts.bar.BarLabel;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.heatmap.HeatmapSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.components.visualMap.ContinousVisualMap;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.analytics.Figure;
import vn.cchc.analytics.Heatmap;
import vn.cchc.analytics.RankingRow;
import vn.cchc.analytics.Trend;
import vn.cchc.analytics.TrendPoint;
import vn.cchc.analytics.TrendSeries;
import vn.cchc.ui.i18n.Labels;

/**
 * ECharts options for the dashboard's charts, built from analytics records. A missing figure is
 * "-" (ECharts' gap), never 0. Bars carry their unit's key as the data item id, so a click names the
 * unit; line points and heatmap cells are named by their indexes, which the view maps back.
 */
public final class ChartOptions {

    private static final String GAP = "-";

    private ChartOptions() {
    }

    /** Ranked units as horizontal bars, the first row on top. */
    public static Option rankingBars(List<RankingRow> rows, String seriesName) {
        List<String> names = new ArrayList<>();
        List<BarDataItem> items = new ArrayList<>();
        for (RankingRow row : rows) {
            names.add(row.rank() + ". " + row.name());
            items.add(new BarDataItem().setId(row.key()).setName(row.name()).setValue(valueOf(row.figure())));
        }
        BarSeries bars = new BarSeries().setName(seriesName).setData(items.toArray(BarDataItem[]::new))
                .setLabel(new BarLabel().setShow(true).setPosition("right"));
        return new Option()
                .setGrid(new Grid().setLeft("3%").setRight("12%").setTop(10).setBottom(10).setContainLabel(true))
                .setTooltip(new Tooltip().setTrigger("item"))
                .setXAxis(new ValueAxis())
                .setYAxis(new CategoryAxis().setInverse(true).setData(names.toArray()))
                .setSeries(bars);
    }

    /** One line per unit over the trend's periods. */
    public static Option trendLines(Trend trend, Locale locale) {
        Object[] periods = trend.periods().stream().map(p -> Labels.period(p, locale)).toArray();
        List<LineSeries> lines = new ArrayList<>();
        for (TrendSeries series : trend.series()) {
            lines.add(new LineSeries().setName(series.label()).setConnectNulls(false)
                    .setData(series.points().stream().map(p -> valueOf(p.figure())).toArray()));
        }
        return new Option()
                .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(40).setBottom(10).setContainLabel(true))
                .setLegend(new Legend().setTop(0).setType("scroll"))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setXAxis(new CategoryAxis().setBoundaryGap(false).setData(periods))
                .setYAxis(new ValueAxis().setScale(true))
                .setSeries(lines.toArray(LineSeries[]::new));
    }

    /** A small line without axes for an overview card. */
    public static Option sparkline(List<TrendPoint> points, Locale locale) {
        Object[] periods = points.stream().map(p -> Labels.period(p.period(), locale)).toArray();
        LineSeries line = new LineSeries().setShowSymbol(false).setSmooth(false).setConnectNulls(false)
                .setData(points.stream().map(p -> valueOf(p.figure())).toArray());
        return new Option()
                .setGrid(new Grid().setLeft(2).setRight(2).setTop(4).setBottom(4))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setXAxis(new CategoryAxis().setShow(false).setBoundaryGap(false).setData(periods))
                .setYAxis(new ValueAxis().setShow(false).setScale(true))
                .setSeries(line);
    }

    /** Agencies (rows) × periods (columns); a cell is [column, row, value]. */
    public static Option heatmap(Heatmap heatmap, Locale locale) {
        List<String> periods = heatmap.periods();
        List<AgencyOption> agencies = heatmap.agencies();
        List<Object[]> data = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < agencies.size(); y++) {
            for (int x = 0; x < periods.size(); x++) {
                Object v = valueOf(heatmap.figure(y, x));
                if (v instanceof Double d) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
                data.add(new Object[] {x, y, v});
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        return new Option()
                .setGrid(new Grid().setLeft("2%").setRight("2%").setTop(10).setBottom(60).setContainLabel(true))
                .setTooltip(new Tooltip().setTrigger("item"))
                .setXAxis(new CategoryAxis().setData(periods.stream().map(p -> Labels.period(p, locale)).toArray()))
                .setYAxis(new CategoryAxis().setInverse(true).setData(rowLabels(agencies)))
                .setVisualMap(new ContinousVisualMap().setMin(min).setMax(max).setCalculable(true)
                        .setOrient("horizontal").setLeft("center").setBottom(0))
                .setSeries(new HeatmapSeries().setName(Labels.measure(heatmap.measure(), locale))
                        .setData(data.toArray(Object[][]::new)));
    }

    /** Agency names repeat across provinces (every province has a "Sở Nội vụ"): add the province when several. */
    private static Object[] rowLabels(List<AgencyOption> agencies) {
        boolean severalProvinces = agencies.stream().map(AgencyOption::provinceSlug).distinct().count() > 1;
        return agencies.stream().map(a -> severalProvinces && a.provinceName() != null
                ? a.name() + " — " + a.provinceName() : a.name()).toArray();
    }

    /** A figure's value rounded for drawing, or ECharts' gap marker when nothing was reported. */
    static Object valueOf(Figure figure) {
        if (figure == null || figure.value() == null) {
            return GAP;
        }
        return Math.round(figure.value() * 100.0) / 100.0;
    }
}

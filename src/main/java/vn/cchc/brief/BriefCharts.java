package vn.cchc.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The briefing's two small charts, drawn on the server with JFreeChart in the dashboard's colours
 * (frontend/components/cchc-chart-theme.js): the ranking as horizontal bars with the threshold
 * marked, and the trend of the on-time and online rates. PNG bytes at twice the printed size; the
 * same figures give the same bytes (no clock, no random, one font).
 */
final class BriefCharts {

    /** The dashboard's palette, in its order. */
    static final Color BLUE = new Color(0x1565c0);
    static final Color RED = new Color(0xc62828);
    static final Color GREEN = new Color(0x2e7d32);
    static final Color TEXT = new Color(0x263238);
    static final Color AXIS = new Color(0x90a4ae);
    static final Color GRID = new Color(0xeceff1);
    static final Color LABEL = new Color(0x455a64);

    /** Printed size in points; drawn at twice that in pixels. */
    static final int WIDTH = 255;
    static final int HEIGHT = 190;
    private static final int SCALE = 2;
    static final int RANKED_SHOWN = 12;

    private static final Font BASE = font();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private BriefCharts() {
    }

    static byte[] ranking(BriefingFacts f, BriefingText text, BriefLanguage lang) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<BriefingFacts.UnitFigure> shown = shown(f.ranking());
        String series = lang.pick(f.rankingNameVi(), f.rankingNameEn());
        for (BriefingFacts.UnitFigure u : shown) {
            data.addValue(u.value(), series, shortName(u.name()));
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis values = new NumberAxis("%");
        double low = shown.stream().mapToDouble(BriefingFacts.UnitFigure::value).min().orElse(0);
        values.setRange(Math.max(0, Math.floor(Math.min(low, f.threshold()) / 10) * 10 - 10), 102);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, BLUE);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker threshold = new ValueMarker(f.threshold(), RED, new BasicStroke(1.5f));
        plot.addRangeMarker(threshold);
        return png(chart(text.rankingChartTitle(), plot, false));
    }

    static byte[] trend(BriefingFacts f, BriefingText text, BriefLanguage lang) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BriefingFacts.TrendLine line : f.trend()) {
            for (int i = 0; i < f.trendPeriods().size(); i++) {
                data.addValue(line.values().get(i), lang.pick(line.nameVi(), line.nameEn()), shortPeriod(f.trendPeriods().get(i)));
            }
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, BLUE);
        lines.setSeriesPaint(1, GREEN);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        lines.setSeriesStroke(1, new BasicStroke(2f));
        CategoryAxis periods = new CategoryAxis();
        // Eight short labels ("Q1/24") are narrower than their slots' default share: let them be whole.
        periods.setMaximumCategoryLabelWidthRatio(1.6f);
        periods.setCategoryMargin(0.05);
        NumberAxis values = new NumberAxis("%");
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, periods, values, lines);
        return png(chart(text.trendChartTitle(), plot, true));
    }

    /** "2024-Q1" → "Q1/24", "2024-Y" → "2024": eight labels fit under a small chart. */
    static String shortPeriod(String code) {
        String kind = code.substring(5);
        return kind.equals("Y") ? code.substring(0, 4) : kind + "/" + code.substring(2, 4);
    }

    /** Everything when few; else the best and the worst halves. */
    private static List<BriefingFacts.UnitFigure> shown(List<BriefingFacts.UnitFigure> ranked) {
        if (ranked.size() <= RANKED_SHOWN) {
            return ranked;
        }
        List<BriefingFacts.UnitFigure> shown = new ArrayList<>(ranked.subList(0, RANKED_SHOWN / 2));
        shown.addAll(ranked.subList(ranked.size() - RANKED_SHOWN / 2, ranked.size()));
        return shown;
    }

    /** "Sở Nội vụ — Quảng Bình" → "Sở Nội vụ": the chart's labels are short. */
    private static String shortName(String name) {
        int dash = name.indexOf(" — ");
        String s = dash > 0 ? name.substring(0, dash) : name;
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        Font small = BASE.deriveFont(7f * SCALE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.getDomainAxis().setTickLabelFont(small);
        plot.getDomainAxis().setTickLabelPaint(LABEL);
        plot.getDomainAxis().setAxisLinePaint(AXIS);
        plot.getRangeAxis().setTickLabelFont(small);
        plot.getRangeAxis().setLabelFont(small);
        plot.getRangeAxis().setTickLabelPaint(LABEL);
        plot.getRangeAxis().setAxisLinePaint(AXIS);
        JFreeChart chart = new JFreeChart(null, BASE, plot, legend);
        chart.setTitle(new TextTitle(title, BASE.deriveFont(Font.BOLD, 8.5f * SCALE)));
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(small);
            l.setItemPaint(TEXT);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static byte[] png(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH * SCALE, HEIGHT * SCALE));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DejaVu Sans where the system has it (Vietnamese letters), else the JDK's logical sans font. */
    private static Font font() {
        Path dejavu = BriefFonts.REGULAR;
        try {
            if (Files.isReadable(dejavu)) {
                return Font.createFont(Font.TRUETYPE_FONT, dejavu.toFile()).deriveFont(9f);
            }
        } catch (java.awt.FontFormatException | IOException e) {
            // fall through to the logical font
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    }
}

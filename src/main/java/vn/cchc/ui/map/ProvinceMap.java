package vn.cchc.ui.map;

import java.util.List;
import java.util.Objects;
import com.vaadin.flow.server.streams.DownloadHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.analytics.Boundary;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.chart.ValueFormat;

/**
 * A choropleth of one indicator over the 63 or the 34 provinces: an ECharts {@code map} series with a
 * continuous {@code visualMap} legend. The browser fetches the boundary file once per page (through a
 * session-bound Vaadin download URL, so only a signed-in user gets it) and registers it; a province
 * without a figure is grey, its tooltip says why. Clicks arrive as the chart's clicks, keyed by slug.
 */
public class ProvinceMap extends Chart {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Not a colour of the scale: a province without a figure must not look like a low one. */
    private static final String NO_DATA_GREY = "#d0d0d0";

    private String mapName;

    public ProvinceMap() {
        addClassName("cchc-province-map");
        // Vietnam with its archipelagos is about as wide as it is tall.
        setHeight("min(560px, 100vw)");
    }

    public void show(Boundary boundary, List<MapArea> areas, String seriesName, ValueFormat format,
                     String hoangSa, String truongSa) {
        String name = ProvinceShapes.mapName(boundary);
        if (!Objects.equals(name, mapName)) {
            mapName = name;
            getElement().setAttribute("map-name", name);
            getElement().setAttribute("map-src",
                    DownloadHandler.forClassResource(ProvinceMap.class, ProvinceShapes.resource(boundary), name + ".json"));
        }
        setOptionJson(JSON.writeValueAsString(option(name, areas, seriesName, hoangSa, truongSa)), format);
    }

    static ObjectNode option(String map, List<MapArea> areas, String seriesName, String hoangSa, String truongSa) {
        double min = areas.stream().map(MapArea::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = areas.stream().map(MapArea::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode visual = option.putObject("visualMap");
        visual.put("type", "continuous").put("min", Math.floor(min)).put("max", Math.ceil(Math.max(max, min + 1)))
                .put("calculable", true).put("left", 0).put("bottom", 0).put("itemHeight", 100)
                .putObject("inRange").putArray("color").add("#fde0c5").add("#facba6").add("#4ba3c7").add("#0b4f8a");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "map").put("map", map).put("name", seriesName).put("nameProperty", "code")
                .put("roam", false).put("selectedMode", false).put("aspectScale", 0.95);
        series.putArray("layoutCenter").add("50%").add("50%");
        series.put("layoutSize", "96%");
        series.putObject("label").put("show", false);
        series.putObject("emphasis").putObject("label").put("show", false);
        series.putObject("itemStyle").put("areaColor", NO_DATA_GREY).put("borderColor", "#ffffff").put("borderWidth", 0.6);
        ArrayNode data = series.putArray("data");
        for (MapArea a : areas) {
            ObjectNode item = data.addObject().put("name", a.key());
            if (a.name() != null) {
                item.put("title", a.name());
            }
            if (a.clickable()) {
                item.put("id", a.key());
            }
            if (a.value() != null) {
                item.put("value", Math.round(a.value() * 100.0) / 100.0);
            } else {
                item.put("value", "-").put("note", a.note());
            }
        }
        // The archipelagos are small on a country map: name them where they lie. They lie at its east
        // edge, so a name to their right was cut off on a phone: each is named over open sea instead
        // (Hoàng Sa above, Trường Sa to the west), wrapped to a short width so that both languages fit.
        ObjectNode marks = series.putObject("markPoint");
        marks.put("symbol", "circle").put("symbolSize", 4).put("silent", true);
        marks.putObject("itemStyle").put("color", "#555555");
        marks.putObject("label").put("show", true).put("fontSize", 10).put("color", "#555555").put("formatter", "{b}")
                .put("width", ARCHIPELAGO_LABEL_WIDTH).put("overflow", "break").put("lineHeight", 13);
        ArrayNode points = marks.putArray("data");
        archipelago(points, hoangSa, 112.0, 16.5, "top");
        archipelago(points, truongSa, 113.8, 9.8, "left");
        return option;
    }

    /** Wide enough for "QĐ. Trường Sa" on one line, narrow enough that a name fits beside a phone's map. */
    private static final int ARCHIPELAGO_LABEL_WIDTH = 84;

    private static void archipelago(ArrayNode points, String name, double longitude, double latitude, String labelPosition) {
        ObjectNode point = points.addObject().put("name", name);
        point.putArray("coord").add(longitude).add(latitude);
        point.putObject("label").put("position", labelPosition);
    }
}

package vn.cchc.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.DrillLevel;
import vn.cchc.analytics.DrillRow;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.RankingRow;
import vn.cchc.analytics.Unranked;

/**
 * The map's areas from what a view already has: a province ranking or the country's drill-down level.
 * Every province of the map file is an area. One the services did not return (outside the user's
 * province scope) is drawn grey, unnamed, says only that it is outside the scope, and is not clickable:
 * the scope is the services', not the map's, and no other province's name reaches the page.
 */
public final class MapAreas {

    private MapAreas() {
    }

    /** {@code t} translates a key of the ui bundle (a view's getTranslation). */
    public static List<MapArea> of(Ranking ranking, Function<String, String> t) {
        Map<String, MapArea> known = new HashMap<>();
        for (RankingRow r : ranking.rows()) {
            known.put(r.key(), new MapArea(r.key(), r.name(), r.figure().value(), null, true));
        }
        for (Unranked u : ranking.unranked()) {
            known.put(u.key(), new MapArea(u.key(), u.name(), null,
                    t.apply("map.noData") + " (" + t.apply("rankings.reason." + u.reason().name()) + ")", true));
        }
        return all(ranking.boundary(), known, t);
    }

    public static List<MapArea> of(DrillLevel level, Function<String, String> t) {
        Map<String, MapArea> known = new HashMap<>();
        for (DrillRow r : level.children()) {
            Double value = r.figure() == null ? null : r.figure().value();
            known.put(r.key(), new MapArea(r.key(), r.name(), value, value == null ? t.apply("map.noData") : null, true));
        }
        return all(level.boundary(), known, t);
    }

    private static List<MapArea> all(Boundary boundary, Map<String, MapArea> known, Function<String, String> t) {
        List<MapArea> areas = new ArrayList<>();
        for (ProvinceShapes.Shape s : ProvinceShapes.of(boundary)) {
            areas.add(known.getOrDefault(s.code(), new MapArea(s.code(), null, null, t.apply("map.outOfScope"), false)));
        }
        return areas;
    }
}

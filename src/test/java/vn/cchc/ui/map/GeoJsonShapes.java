package vn.cchc.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The province map's GeoJSON as JTS geometries and back: polygons and multipolygons only, lon/lat,
 * written with 4 decimals (about 11 m, far below what the simplification removes). Hand-written
 * because jts-io pulls in json-simple and an old JUnit; the map files use no other geometry type.
 */
final class GeoJsonShapes {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** One feature: our province slug, its name, the ISO 3166-2 code where it has one, its shape. */
    record Shape(String code, String name, String iso, Geometry geometry) {
    }

    private GeoJsonShapes() {
    }

    static List<Shape> read(String geoJson) {
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode f : JSON.readTree(geoJson).get("features")) {
            JsonNode p = f.get("properties");
            shapes.add(new Shape(p.get("code").asString(), p.get("name").asString(),
                    p.has("iso") ? p.get("iso").asString() : null, geometry(f.get("geometry"))));
        }
        return shapes;
    }

    static String write(List<Shape> shapes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Shape s : shapes) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            Map<String, String> props = new LinkedHashMap<>();
            props.put("code", s.code());
            props.put("name", s.name());
            if (s.iso() != null) {
                props.put("iso", s.iso());
            }
            ObjectNode p = f.putObject("properties");
            props.forEach(p::put);
            ObjectNode g = f.putObject("geometry");
            g.put("type", "MultiPolygon");
            ArrayNode polygons = g.putArray("coordinates");
            for (int i = 0; i < s.geometry().getNumGeometries(); i++) {
                Polygon polygon = (Polygon) s.geometry().getGeometryN(i);
                ArrayNode rings = polygons.addArray();
                ring(rings.addArray(), polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(rings.addArray(), polygon.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static void ring(ArrayNode out, Coordinate[] coordinates) {
        for (Coordinate c : coordinates) {
            out.addArray().add(round(c.x)).add(round(c.y));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static Geometry geometry(JsonNode g) {
        String type = g.get("type").asString();
        JsonNode coordinates = g.get("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if (!"MultiPolygon".equals(type)) {
            throw new IllegalArgumentException("not a polygon: " + type);
        }
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode p : coordinates) {
            parts.add(polygon(p));
        }
        return GEOMETRIES.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return GEOMETRIES.createLinearRing(cs);
    }
}

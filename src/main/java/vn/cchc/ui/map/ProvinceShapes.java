package vn.cchc.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.analytics.Boundary;

/**
 * The provinces drawn on each boundary's map file (src/main/resources/map): their slugs and names,
 * read once, so that the map can name every province, also those without a figure.
 */
public final class ProvinceShapes {

    /** One feature of a map file. */
    public record Shape(String code, String name) {
    }

    private static final Map<Boundary, List<Shape>> SHAPES = new EnumMap<>(Boundary.class);

    private ProvinceShapes() {
    }

    /** The map's name on the client and its file under the classpath. */
    static String mapName(Boundary boundary) {
        return boundary == Boundary.NEW_34 ? "vn-34" : "vn-63";
    }

    static String resource(Boundary boundary) {
        return "/map/" + mapName(boundary) + ".geojson";
    }

    public static synchronized List<Shape> of(Boundary boundary) {
        return SHAPES.computeIfAbsent(boundary, ProvinceShapes::read);
    }

    private static List<Shape> read(Boundary boundary) {
        try (InputStream in = ProvinceShapes.class.getResourceAsStream(resource(boundary))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(boundary));
            }
            List<Shape> shapes = new ArrayList<>();
            for (JsonNode f : JsonMapper.builder().build().readTree(in).get("features")) {
                shapes.add(new Shape(f.get("properties").get("code").asString(), f.get("properties").get("name").asString()));
            }
            return List.copyOf(shapes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.cchc.ui.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import vn.cchc.ui.map.GeoJsonShapes.Shape;

/**
 * Builds the province map's two files (src/main/resources/map/README.md):
 * <ol>
 *   <li>with the extract of Natural Earth's 63 (tools/map/extract-vn-63.mjs) as second argument, simplifies
 *       it as a coverage — shared borders stay shared, no gaps or slivers — into {@code map/vn-63.geojson};</li>
 *   <li>dissolves the 63 into the 34 along reference/province_succession.csv (each 2025 province is the
 *       whole of its 2008 members, Nghị quyết 202/2025/QH15) into {@code map/vn-34.geojson}.</li>
 * </ol>
 * Run: {@code ./mvnw -B -ntp -o -Dcchc.sample.skip=true -Pmap-build process-test-classes [-Dmap.source=extract]}.
 */
public final class ProvinceMapBuild {

    /** Degrees (about 1.1 km at Vietnam's latitudes): invisible at the dashboard's sizes, a third of the bytes. */
    static final double TOLERANCE = 0.01;

    /** Degrees: parts smaller than this (about 5.5 km) across are islands kept unsimplified. */
    static final double SMALL_ISLAND = 0.05;

    private ProvinceMapBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args[0]);
        Path map63 = resources.resolve("map/vn-63.geojson");
        if (args.length > 1 && !args[1].isBlank()) {
            List<Shape> extract = GeoJsonShapes.read(Files.readString(Path.of(args[1])));
            Files.writeString(map63, GeoJsonShapes.write(simplify(extract)));
            System.out.printf("63 provinces simplified (tolerance %.3f°) → %s (%,d bytes)%n", TOLERANCE, map63,
                    Files.size(map63));
        }
        List<Shape> old = GeoJsonShapes.read(Files.readString(map63));
        Path map34 = resources.resolve("map/vn-34.geojson");
        List<Shape> merged = dissolve(old, successors(resources), names(resources));
        Files.writeString(map34, GeoJsonShapes.write(merged));
        System.out.printf("%d provinces dissolved into %d → %s (%,d bytes)%n", old.size(), merged.size(), map34,
                Files.size(map34));
    }

    /**
     * Simplifies the large parts as one coverage; keeps the small islands off the coast as they are (the simplifier
     * would drop them, and with them most of Hoàng Sa and Trường Sa), which costs a few hundred vertices.
     */
    static List<Shape> simplify(List<Shape> shapes) {
        GeometryFactory factory = new GeometryFactory();
        Geometry[] large = new Geometry[shapes.size()];
        List<List<Polygon>> small = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Geometry g = shapes.get(i).geometry();
            List<Polygon> big = new ArrayList<>();
            List<Polygon> tiny = new ArrayList<>();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon part = (Polygon) g.getGeometryN(p);
                Envelope e = part.getEnvelopeInternal();
                (Math.max(e.getWidth(), e.getHeight()) < SMALL_ISLAND ? tiny : big).add(part);
            }
            large[i] = factory.createMultiPolygon(big.toArray(Polygon[]::new));
            small.add(tiny);
        }
        Geometry[] simplified = CoverageSimplifier.simplify(large, TOLERANCE);
        List<Shape> out = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            List<Polygon> parts = new ArrayList<>(multiParts(simplified[i]));
            // An island the simplified coast now reaches would overlap it: it is within 1 km of the shore, drop it.
            small.get(i).stream().filter(island -> Arrays.stream(simplified).noneMatch(island::intersects)).forEach(parts::add);
            out.add(new Shape(s.code(), s.name(), s.iso(), factory.createMultiPolygon(parts.toArray(Polygon[]::new))));
        }
        return out;
    }

    private static List<Polygon> multiParts(Geometry g) {
        MultiPolygon m = multi(g);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < m.getNumGeometries(); i++) {
            parts.add((Polygon) m.getGeometryN(i));
        }
        return parts;
    }

    /** The 2025 provinces in slug order, each the coverage union of its 2008 members. */
    static List<Shape> dissolve(List<Shape> old, Map<String, String> successor, Map<String, String> names) {
        Map<String, List<Geometry>> members = new TreeMap<>();
        for (Shape s : old) {
            String next = successor.get(s.code());
            if (next == null) {
                throw new IllegalStateException("no successor for " + s.code());
            }
            members.computeIfAbsent(next, k -> new ArrayList<>()).add(s.geometry());
        }
        List<Shape> out = new ArrayList<>();
        members.forEach((code, parts) -> out.add(new Shape(code, names.get(code), null,
                multi(CoverageUnion.union(parts.toArray(Geometry[]::new))))));
        return out;
    }

    private static MultiPolygon multi(Geometry g) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        if (g instanceof Polygon p) {
            return new GeometryFactory().createMultiPolygon(new Polygon[] {p});
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return new GeometryFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    static Map<String, String> successors(Path resources) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : csv(resources.resolve("reference/province_succession.csv"))) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    static Map<String, String> names(Path resources) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : csv(resources.resolve("reference/provinces.csv"))) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    /** The first columns only (slug, name / new slug), which are never quoted in the reference files. */
    private static List<String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }
}

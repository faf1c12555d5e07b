package vn.cchc.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import vn.cchc.ui.map.GeoJsonShapes.Shape;

/**
 * The committed map files against the reference data: one feature per province of each generation,
 * keyed by our slugs, valid shapes, the 34 exactly the union of their 2008 members, and the Hoàng Sa
 * and Trường Sa archipelagos drawn as Đà Nẵng's and Khánh Hòa's.
 */
class ProvinceMapFilesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Around the Paracel (Hoàng Sa) and the Spratly (Trường Sa) islands, clear of the mainland and each other. */
    private static final Envelope HOANG_SA = new Envelope(111.0, 113.0, 15.6, 17.3);
    private static final Envelope TRUONG_SA = new Envelope(111.3, 117.5, 6.0, 11.6);

    @Test
    void everyProvinceOfEachGenerationHasExactlyOneFeature() throws IOException {
        Map<String, List<String>> generations = Files.readAllLines(RESOURCES.resolve("reference/provinces.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                .collect(Collectors.groupingBy(r -> r[2], TreeMap::new, Collectors.mapping(r -> r[0], Collectors.toList())));
        assertEquals(sorted(generations.get("2008")), codes(shapes("vn-63")));
        assertEquals(sorted(generations.get("2025")), codes(shapes("vn-34")));
        assertEquals(63, shapes("vn-63").size());
        assertEquals(34, shapes("vn-34").size());
    }

    @Test
    void namesAreTheReferenceNamesWithNaturalEarthsMislabelsFixed() throws IOException {
        Map<String, String> names = ProvinceMapBuild.names(RESOURCES);
        for (String file : List.of("vn-63", "vn-34")) {
            for (Shape s : shapes(file)) {
                assertEquals(names.get(s.code()), s.name(), s.code());
            }
        }
        Map<String, String> byIso = shapes("vn-63").stream().collect(Collectors.toMap(Shape::iso, Shape::code));
        assertEquals("dong-nai", byIso.get("VN-39"));
        assertEquals("bac-kan", byIso.get("VN-53"));
        assertEquals("hung-yen", byIso.get("VN-66"));
    }

    @Test
    void theArchipelagosBelongToDaNangAndKhanhHoa() throws IOException {
        assertEquals(List.of("da-nang"), owners(shapes("vn-63"), HOANG_SA));
        assertEquals(List.of("khanh-hoa"), owners(shapes("vn-63"), TRUONG_SA));
        assertEquals(List.of("da-nang-2025"), owners(shapes("vn-34"), HOANG_SA));
        assertEquals(List.of("khanh-hoa-2025"), owners(shapes("vn-34"), TRUONG_SA));
    }

    @Test
    void the34AreTheUnionsOfTheir2008MembersAndDoNotOverlap() throws IOException {
        List<Shape> old = shapes("vn-63");
        old.forEach(s -> assertTrue(s.geometry().isValid(), s.code()));
        Map<String, String> successor = ProvinceMapBuild.successors(RESOURCES);
        double total = 0;
        for (Shape merged : shapes("vn-34")) {
            assertTrue(merged.geometry().isValid(), merged.code());
            Geometry members = new GeometryFactory().buildGeometry(old.stream()
                    .filter(s -> merged.code().equals(successor.get(s.code()))).map(Shape::geometry).toList()).union();
            // Equal up to the 4-decimal rounding of the written coordinates.
            assertEquals(members.getArea(), merged.geometry().getArea(), 1e-3 * members.getArea(), merged.code());
            assertTrue(merged.geometry().symDifference(members).getArea() < 1e-3 * members.getArea(), merged.code());
            total += merged.geometry().getArea();
        }
        double country = new GeometryFactory().buildGeometry(old.stream().map(Shape::geometry).toList()).union().getArea();
        assertEquals(country, total, 1e-3 * country, "the 34 cover the country once");
    }

    @Test
    void theFilesStayLight() throws IOException {
        assertTrue(Files.size(RESOURCES.resolve("map/vn-63.geojson")) < 300_000);
        assertTrue(Files.size(RESOURCES.resolve("map/vn-34.geojson")) < 300_000);
    }

    private static List<String> owners(List<Shape> shapes, Envelope area) {
        return shapes.stream().filter(s -> {
            for (int i = 0; i < s.geometry().getNumGeometries(); i++) {
                if (area.contains(s.geometry().getGeometryN(i).getEnvelopeInternal())) {
                    return true;
                }
            }
            return false;
        }).map(Shape::code).toList();
    }

    private static List<Shape> shapes(String name) throws IOException {
        return GeoJsonShapes.read(Files.readString(RESOURCES.resolve("map/" + name + ".geojson")));
    }

    private static List<String> codes(List<Shape> shapes) {
        return shapes.stream().map(Shape::code).sorted().toList();
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }
}

package vn.cchc.sample;

import java.util.Locale;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.Slugs;

/**
 * A body that files reports: the province's People's Committee (its aggregate), one of its
 * departments, or one of its districts.
 *
 * @param department   the department type; null unless kind is DEPARTMENT
 * @param districtName the district's name without "huyện" (invented); null unless kind is DISTRICT
 */
public record Agency(Kind kind, ProvinceRef province, DepartmentRef department, String districtName) {

    /** The warehouse's agency kinds (reference/agency_kinds.csv). */
    public enum Kind {
        PROVINCE("province"), DEPARTMENT("department"), DISTRICT("district");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static Agency province(ProvinceRef province) {
        return new Agency(Kind.PROVINCE, province, null, null);
    }

    static Agency department(ProvinceRef province, DepartmentRef department) {
        return new Agency(Kind.DEPARTMENT, province, department, null);
    }

    static Agency district(ProvinceRef province, String name) {
        return new Agency(Kind.DISTRICT, province, null, name);
    }

    /** The short canonical name the warehouse stores: "UBND tỉnh", "Sở Xây dựng", "UBND huyện Yên Sơn". */
    public String name() {
        return switch (kind) {
            case PROVINCE -> "UBND tỉnh";
            case DEPARTMENT -> department.name();
            case DISTRICT -> "UBND huyện " + districtName;
        };
    }

    /** ASCII, for file names: ubnd-tinh, so-xay-dung, ubnd-huyen-yen-son. */
    public String slug() {
        return switch (kind) {
            case PROVINCE -> "ubnd-tinh";
            case DEPARTMENT -> department.slug();
            case DISTRICT -> "ubnd-huyen-" + Slugs.of(districtName);
        };
    }

    /** Identity for the random streams: the same agency keeps its character across the years. */
    String key() {
        return province.slug() + "/" + slug();
    }

    /** Whether this is a centrally-run city ("thành phố"), known from its aliases ("Thành phố Hà Nội"). */
    boolean inCity() {
        return isCity(province);
    }

    static boolean isCity(ProvinceRef province) {
        return province.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("thành phố"));
    }

    /** "tỉnh Quảng Bình", "thành phố Hà Nội". */
    String provincePhrase() {
        return (inCity() ? "thành phố " : "tỉnh ") + province.name();
    }
}

package vn.cchc.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.VietnameseText;

/**
 * Invented district names: two common place-name syllables ("Yên Sơn", "Tân Lộc"). Plausible, not
 * real — the reports say so. A name that contains a province's name, alias or town (folded, as the
 * metadata detector compares them: "Vĩnh" folds to the town "Vinh") is refused, because a district
 * report's date line names its district and must not read as another province.
 */
final class DistrictNames {

    private static final List<String> FIRST = List.of("Yên", "Tân", "Phú", "Hàm", "Đông", "Tây", "Thạch", "Lâm",
            "Thanh", "Xuân", "Kim", "Mỹ", "Đức", "Hương", "Cẩm", "Triệu", "Lục", "Bảo", "Chiêm", "Văn", "Quế", "Hiệp",
            "Tiên", "Kỳ", "Mường", "Na", "Sa", "Bố", "Chợ", "Đại");
    private static final List<String> SECOND = List.of("Sơn", "Lộc", "Hòa", "Phong", "Thủy", "Minh", "Trạch", "Lập",
            "Điền", "Thọ", "Xuyên", "Hóa", "Lương", "Mỹ", "Tiến", "Khê", "Hải", "Bàn", "Châu", "Trà", "Nhai", "Lạc",
            "Tân", "Thắng", "Hiệp", "Đồn", "Quan", "Từ");

    private final List<String> provinceKeys = new ArrayList<>();

    DistrictNames(ReferenceData reference) {
        for (ProvinceRef p : reference.provinces()) {
            provinceKeys.add(VietnameseText.matchKey(p.name()));
            p.aliases().forEach(a -> provinceKeys.add(VietnameseText.matchKey(a)));
            p.places().forEach(a -> provinceKeys.add(VietnameseText.matchKey(a)));
        }
    }

    List<String> invent(int count, RandomGenerator random) {
        Set<String> names = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < count) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
            if (acceptable(name) && names.add(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    boolean acceptable(String name) {
        String key = " " + VietnameseText.matchKey(name) + " ";
        String[] words = name.split(" ");
        if (words[0].equals(words[1])) {
            return false;
        }
        return provinceKeys.stream().noneMatch(p -> !p.isEmpty() && key.contains(" " + p + " "));
    }
}

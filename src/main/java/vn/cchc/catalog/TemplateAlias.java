package vn.cchc.catalog;

/**
 * How one row of one template generation is written (catalog/aliases.csv).
 *
 * @param section 1..7: the section of a 2021 table, the "Biểu mẫu" number of a 2023 one
 * @param parent  the target of the enclosing row, where the label alone is ambiguous
 * @param code    the item code the template prints: a hint only, codes drift
 * @param target  an indicator id, or a '#' key for a group header that carries no statistic
 */
public record TemplateAlias(String generation, int section, String parent, String code, String label,
                            String target) {

    public boolean isHeader() {
        return target.startsWith("#");
    }
}

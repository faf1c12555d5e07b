package vn.cchc.sample;

/**
 * One row of a template's appendix table, as the catalog's aliases.csv writes it.
 *
 * @param target      an indicator id, or a '#' key for a group header that carries no statistic
 * @param subRow      a row of a "Trong đó" (of which) block: no item code of its own
 * @param opensSubRows the first row of such a block, whose code cell says "Trong đó"
 */
public record TemplateRow(int section, String code, String label, String target, boolean subRow,
                          boolean opensSubRows) {

    public boolean isHeader() {
        return target.startsWith("#");
    }

    /** 1 for "3.", 2 for "3.1", 3 for "3.1.1"; a sub-row sits one level below the row it details. */
    public int depth() {
        return code.isEmpty() ? 4 : code.split("\\.").length;
    }
}

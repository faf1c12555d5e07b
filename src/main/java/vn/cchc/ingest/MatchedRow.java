package vn.cchc.ingest;

import vn.cchc.catalog.TemplateAlias;

/**
 * An appendix row with the template row it was recognised as — or none.
 *
 * @param alias   the matching template row; null when the row matches nothing (kept as a finding)
 * @param label   the row's label with lost glyphs repaired (the raw text stays in {@code row})
 * @param section the template section the row stood in
 */
public record MatchedRow(AppendixRow row, TemplateAlias alias, String label, int section, double score) {

    public boolean matched() {
        return alias != null;
    }
}

package vn.cchc.catalog;

/** A text that opens a section of a template generation (catalog/sections.csv). */
public record SectionHeading(String generation, int section, String label) {
}

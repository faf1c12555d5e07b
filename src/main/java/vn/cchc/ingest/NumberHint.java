package vn.cchc.ingest;

/**
 * What the caller knows of the quantity a value should be — from the unit column as written
 * ('%') or from the catalog. It settles the separators a report leaves ambiguous: "45.700" is
 * 45700 hồ sơ but "92.86" is 92.86 %.
 */
public enum NumberHint {
    PERCENT, COUNT, MONEY, ANY
}

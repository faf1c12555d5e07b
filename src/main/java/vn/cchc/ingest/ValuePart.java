package vn.cchc.ingest;

/**
 * One item of a breakdown written inside a value: "77 (cấp tỉnh 54, huyện 23)" has the parts
 * province 54 and district 23.
 *
 * @param part   "province", "district" or "commune" when the item names an administrative
 *               level (cấp tỉnh / tỉnh, cấp huyện / huyện, cấp xã / xã); else its label as written
 * @param number the item's number
 * @param raw    the item as written ("cấp tỉnh 54")
 */
public record ValuePart(String part, Double number, String raw) {
}

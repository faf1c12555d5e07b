package vn.cchc.analytics;

import java.util.List;

/**
 * A province of a boundary.
 *
 * @param successorSlug for a 2008 province, the 2025 province it became part of
 * @param memberSlugs   for a 2025 province, the 2008 provinces it was made of
 */
public record ProvinceOption(String slug, String name, String generation, String region, String successorSlug,
                             List<String> memberSlugs) {
}

package vn.cchc.analytics;

import java.util.HashSet;
import java.util.Set;

/**
 * An agency that filed reports, with the province it filed under.
 *
 * @param members the agencies this option stands for: itself (always added), and under the 34 boundaries every
 *                agency of its unit ({@link ContinuingUnit}) — so that a link naming a predecessor
 *                (an agency id from before the 2025 merger) still finds its option
 */
public record AgencyOption(long id, String name, String kind, String provinceSlug, String provinceName, Set<Long> members) {

    public AgencyOption {
        Set<Long> all = new HashSet<>(members);
        all.add(id);
        members = Set.copyOf(all);
    }

    /** An option that stands for itself alone. */
    public AgencyOption(long id, String name, String kind, String provinceSlug, String provinceName) {
        this(id, name, kind, provinceSlug, provinceName, Set.of(id));
    }

    /** Whether choosing this option reads the agency's reports (false for null: no agency). */
    public boolean standsFor(Long agencyId) {
        return agencyId != null && members.contains(agencyId);
    }
}

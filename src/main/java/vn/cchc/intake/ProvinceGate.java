package vn.cchc.intake;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.cchc.analytics.AccessScope;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.catalog.VietnameseOrder;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.warehouse.BatchLoader;

/**
 * An importer loads only their provinces' reports: the same scope that bounds what they read
 * ({@link AccessScope}), applied to what they write. A 2025 province covers its 2008 predecessors'
 * reports. A report whose province could not be read is refused to a scoped importer (it would be
 * invisible to them once loaded): the preview lets them set it.
 */
final class ProvinceGate implements BatchLoader.Gate {

    private final AccessScope scope;
    private final Set<String> slugs;
    private final ReferenceData reference;
    private final String account;

    ProvinceGate(AccessScope scope, ReferenceData reference, String account) {
        this.scope = scope;
        this.reference = reference;
        this.account = account;
        this.slugs = new HashSet<>(scope.provinces());
        for (Map.Entry<String, String> e : reference.successorSlugs().entrySet()) {
            if (scope.provinces().contains(e.getValue())) {
                slugs.add(e.getKey());
            }
        }
    }

    static ProvinceGate of(AccessScope scope, ReferenceData reference) {
        return new ProvinceGate(scope, reference, null);
    }

    /** The loader's gate: their provinces, and their name on every report they load. */
    static ProvinceGate of(Loader who, ReferenceData reference) {
        return new ProvinceGate(who.scope(), reference, who.actor().name());
    }

    @Override
    public String loadedBy() {
        return account;
    }

    /** Whether a province slug of either generation is one the loader may load. */
    boolean allows(String slug) {
        return scope.countryWide() || (slug != null && slugs.contains(slug));
    }

    @Override
    public String refusal(ParsedReport report) {
        if (scope.countryWide()) {
            return null;
        }
        var province = report.metadata().province();
        if (province == null || province.value() == null) {
            return "refused: the report's province could not be read, and this account may load only the reports of "
                    + names() + " (set the province in the upload preview)";
        }
        if (slugs.contains(province.value())) {
            return null;
        }
        return "refused: the report is of " + name(province.value()) + ", and this account may load only the reports of "
                + names() + "; nothing was loaded";
    }

    private String names() {
        return scope.provinces().isEmpty() ? "no province" : String.join(", ", scope.provinces().stream().map(this::name).sorted(VietnameseOrder.NAMES).toList());
    }

    private String name(String slug) {
        return reference.province(slug).map(p -> p.name()).orElse(slug);
    }
}

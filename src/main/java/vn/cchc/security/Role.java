package vn.cchc.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do; each role has everything the roles before it have. viewer: overview,
 * trends, rankings, heatmap and their exports; analyst: + drill-down to report values and source
 * lines, data quality; importer: + loading reports; admin: + accounts and the audit log.
 */
public enum Role {
    VIEWER, ANALYST, IMPORTER, ADMIN;

    /** The names views are annotated with ({@code @RolesAllowed(Role.Names.ANALYST)}). */
    public static final class Names {
        public static final String VIEWER = "VIEWER";
        public static final String ANALYST = "ANALYST";
        public static final String IMPORTER = "IMPORTER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** As stored and typed: viewer, analyst, importer, admin. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** Spring authorities: this role's and every lower one's ({@code ROLE_VIEWER} …). */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(this::includes).map(r -> "ROLE_" + r.name()).toList();
    }
}

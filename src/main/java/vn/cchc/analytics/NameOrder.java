package vn.cchc.analytics;

import static org.jooq.impl.DSL.collation;
import static org.jooq.impl.DSL.unquotedName;

import org.jooq.Collation;
import org.jooq.Field;
import vn.cchc.catalog.VietnameseOrder;

/**
 * Names ordered in SQL as {@link VietnameseOrder} orders them in Java: DuckDB's ICU collation "vi"
 * (the same CLDR tailoring), so that a query's ORDER BY on a name never falls back to byte order.
 */
final class NameOrder {

    private static final Collation VI = collation(unquotedName(VietnameseOrder.LOCALE));

    private NameOrder() {
    }

    /** The name, for ORDER BY, in Vietnamese order. */
    static Field<String> of(Field<String> name) {
        return name.collate(VI);
    }
}

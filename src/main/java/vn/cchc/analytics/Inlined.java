package vn.cchc.analytics;

import org.jooq.DSLContext;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * The views' queries sent with their values written into the SQL (jOOQ renders and escapes them)
 * rather than as a prepared statement with bind values. DuckDB plans a prepared statement when it
 * is prepared and again when it runs with its values; a dashboard query is run once, so the first
 * plan was wasted: a quarter to a third of the CPU of a figure query on the quarterly sample
 * (measured per statement: prepare 7 ms + execute 8–12 ms of CPU, against 11–16 ms inlined).
 */
final class Inlined {

    private Inlined() {
    }

    /** The same database and settings, the statements static. */
    static DSLContext of(DSLContext dsl) {
        return DSL.using(dsl.configuration().derive(SettingsTools.clone(dsl.settings())
                .withStatementType(StatementType.STATIC_STATEMENT)));
    }
}

package vn.cchc.warehouse;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the web app cannot start because of its warehouse (a read-only file system, a lock, a file
 * not migrated for a read-only start), Spring Boot prints this analysis — the cause in one line and
 * what to do — instead of the whole chain of bean-creation stack traces (some 135 lines).
 * Registered in META-INF/spring.factories.
 */
public class WarehouseFailureAnalyzer extends AbstractFailureAnalyzer<WarehouseException> {

    static final String READ_ONLY_SETTING = "cchc.warehouse.read-only=true (environment: CCHC_WAREHOUSE_READ_ONLY=true)";

    @Override
    protected FailureAnalysis analyze(Throwable root, WarehouseException cause) {
        return new FailureAnalysis(cause.getMessage(), action(cause), null);
    }

    static String action(WarehouseException cause) {
        if (FatalCause.isLock(cause)) {
            return "Stop the other process that holds the warehouse (another instance of the app, a load), "
                    + "or give this app a copy of its own (java -jar cchc-analytics.jar snapshot --db FILE --out COPY.duckdb).";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (message.contains("is not migrated") || message.contains("not up to date")) {
            return "Start the app once without " + READ_ONLY_SETTING + " (or run java -jar cchc-analytics.jar load --db FILE), then again with it.";
        }
        if (FatalCause.of(cause).isPresent()) {
            return "To show a warehouse that cannot be written (a read-only file system, a copy), start the app with "
                    + READ_ONLY_SETTING + ": it is then opened read-only and loading is disabled.";
        }
        return "Check the warehouse file (cchc.warehouse.path, environment CCHC_WAREHOUSE); to only show an existing warehouse, "
                + "start with " + READ_ONLY_SETTING + ".";
    }
}

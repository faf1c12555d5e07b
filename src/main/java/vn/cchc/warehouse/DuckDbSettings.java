package vn.cchc.warehouse;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;

/**
 * DuckDB's own memory and thread budget for the warehouse, from the configuration: a system
 * property {@code cchc.duckdb.memory-limit} / {@code cchc.duckdb.threads}, or the environment
 * variable {@code CCHC_DUCKDB_MEMORY_LIMIT} / {@code CCHC_DUCKDB_THREADS} (the property wins).
 * Unset, DuckDB's defaults apply (80 % of the machine's memory, one thread per core) — which on a
 * shared machine may be more than the loader should take beside its own heap.
 *
 * <p>The web app, whose DuckDB work is mostly the dashboard's queries, runs on
 * {@code cchc.duckdb.query-threads} ({@code CCHC_DUCKDB_QUERY_THREADS}) threads, 1 unless told,
 * when {@code cchc.duckdb.threads} is not set ({@link #useQueryThreads}). A view's query is small
 * (tens of milliseconds): split over two threads on a 2-core server where another process keeps a
 * core busy, it waits for the slower half and spends 10–20 % more CPU (measured on the quarterly
 * sample, README). DuckDB's thread count belongs to the database instance, not to a connection,
 * and the web app's loads share that instance: measured on the same machine, its writer and the
 * derived tables' rebuild were no slower on one thread. The command line's loads keep DuckDB's
 * default (or {@code cchc.duckdb.threads}).
 */
public final class DuckDbSettings {

    /** DuckDB's size syntax: "512MB", "1.5GiB", "50%". */
    private static final Pattern SIZE = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib|%)?");

    private DuckDbSettings() {
    }

    /**
     * Sets the open warehouse's DuckDB threads to the query thread count, unless
     * {@code cchc.duckdb.threads} says otherwise (then that count stands, as the warehouse was opened with it).
     */
    public static void useQueryThreads(Warehouse warehouse) {
        queryThreads(System.getProperties()::getProperty, System.getenv())
                .ifPresent(n -> warehouse.dsl().set(DSL.name("threads"), DSL.inline(n)).execute());
    }

    /** The web app's thread count: empty when cchc.duckdb.threads is set (it applies to the whole process). */
    static java.util.OptionalInt queryThreads(Function<String, String> properties, Map<String, String> environment) {
        if (setting("threads", properties, environment) != null) {
            return java.util.OptionalInt.empty();
        }
        String threads = setting("query-threads", properties, environment);
        if (threads == null) {
            return java.util.OptionalInt.of(1);
        }
        if (!threads.strip().matches("[1-9]\\d{0,3}")) {
            throw new WarehouseException("cchc.duckdb.query-threads=" + threads + ": not a thread count from 1", null);
        }
        return java.util.OptionalInt.of(Integer.parseInt(threads.strip()));
    }

    static Properties configured() {
        return from(System.getProperties()::getProperty, System.getenv());
    }

    /** @throws WarehouseException naming the setting when its value is no size or thread count */
    static Properties from(Function<String, String> properties, Map<String, String> environment) {
        Properties config = new Properties();
        String memory = setting("memory-limit", properties, environment);
        if (memory != null) {
            if (!SIZE.matcher(memory.strip()).matches()) {
                throw new WarehouseException("cchc.duckdb.memory-limit=" + memory + ": not a size such as 512MB, 2GB or 50%", null);
            }
            config.setProperty("memory_limit", memory.strip());
        }
        String threads = setting("threads", properties, environment);
        if (threads != null) {
            if (!threads.strip().matches("[1-9]\\d{0,3}")) {
                throw new WarehouseException("cchc.duckdb.threads=" + threads + ": not a thread count from 1", null);
            }
            config.setProperty("threads", threads.strip());
        }
        return config;
    }

    private static String setting(String name, Function<String, String> properties, Map<String, String> environment) {
        String value = properties.apply("cchc.duckdb." + name);
        if (value == null || value.isBlank()) {
            value = environment.get("CCHC_DUCKDB_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}

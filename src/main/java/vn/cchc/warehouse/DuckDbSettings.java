package vn.cchc.warehouse;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * DuckDB's own memory and thread budget for the warehouse, from the configuration: a system
 * property {@code cchc.duckdb.memory-limit} / {@code cchc.duckdb.threads}, or the environment
 * variable {@code CCHC_DUCKDB_MEMORY_LIMIT} / {@code CCHC_DUCKDB_THREADS} (the property wins).
 * Unset, DuckDB's defaults apply (80 % of the machine's memory, one thread per core) — which on a
 * shared machine may be more than the loader should take beside its own heap.
 */
final class DuckDbSettings {

    /** DuckDB's size syntax: "512MB", "1.5GiB", "50%". */
    private static final Pattern SIZE = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib|%)?");

    private DuckDbSettings() {
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

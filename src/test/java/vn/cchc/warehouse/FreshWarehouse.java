package vn.cchc.warehouse;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;

/** A fresh, migrated DuckDB file per test, its loader, and the seeds parsed as the CLI parses them. */
abstract class FreshWarehouse {

    @TempDir
    Path tmp;
    Warehouse warehouse;
    DSLContext dsl;
    ReportLoader loader;
    final ReportParser parser = SeedReports.parser();

    @BeforeEach
    void open() {
        warehouse = Warehouse.open(tmp.resolve("w.duckdb"));
        dsl = warehouse.dsl();
        loader = new ReportLoader(warehouse);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    ParsedReport seed(String file) throws Exception {
        return parser.parse(file, SeedReports.bytes(file));
    }
}

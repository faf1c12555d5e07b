package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import vn.cchc.warehouse.Warehouse;

/**
 * A first start unpacks the bundled sample while Spring starts ({@link SampleUnpackAhead}), and the
 * warehouse bean's seed takes that unpack instead of starting its own; with the sample off, a
 * read-only warehouse, corrected reference data or an existing file nothing is started.
 */
class SampleUnpackAheadIT {

    @TempDir
    Path tmp;

    @Test
    void aFirstStartUnpacksAheadAndTheSeedWaitsForThatUnpack() {
        Path file = tmp.resolve("data/cchc.duckdb");
        prepared(settings(file));
        assertThat(SampleWarehouse.unpackingAhead(file)).isTrue();

        new SampleWarehouse().seed(file, null);

        assertThat(SampleWarehouse.unpackingAhead(file)).as("taken by the seed").isFalse();
        assertThat(file).exists();
        assertThat(file.resolveSibling("cchc.duckdb.building")).doesNotExist();
        try (Warehouse w = Warehouse.open(file)) {
            assertThat(w.dsl().fetchCount(REPORT)).isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void nothingIsStartedUnlessTheWarehouseBeanWouldSeedTheBundledSample() throws Exception {
        Path file = tmp.resolve("cchc.duckdb");
        prepared(settings(file).withProperty("cchc.sample.on-first-start", "false"));
        prepared(settings(file).withProperty("cchc.warehouse.read-only", "true"));
        prepared(settings(file).withProperty("cchc.data.dir", tmp.toString()));
        assertThat(SampleWarehouse.unpackingAhead(file)).isFalse();

        Path existing = tmp.resolve("existing.duckdb");
        Files.writeString(existing, "");
        prepared(settings(existing));
        assertThat(SampleWarehouse.unpackingAhead(existing)).isFalse();
        assertThat(tmp.resolve("existing.duckdb.building")).doesNotExist();
    }

    private static MockEnvironment settings(Path file) {
        return new MockEnvironment().withProperty("cchc.warehouse.path", file.toString());
    }

    private static void prepared(MockEnvironment env) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);
        new SampleUnpackAhead().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
    }
}

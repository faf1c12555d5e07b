package vn.cchc.intake;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.ingest.InputLimits;
import vn.cchc.warehouse.Warehouse;

/** The app's intake: the warehouse it owns, the configured limits, the derived tables rebuilt after each write. */
@Configuration
public class IntakeConfig {

    /** What a first start without a warehouse file loads (cchc.sample.on-first-start). */
    @Bean
    public SampleWarehouse sampleWarehouse() {
        return new SampleWarehouse();
    }

    /**
     * @param threads parsers per load; one by default, so that a load never takes both cores of a
     *                small server from the people using the dashboard
     */
    @Bean
    public ReportIntake reportIntake(Warehouse warehouse, AnalyticsTables analyticsTables,
                                     @Value("${cchc.data.dir:}") String dataDir,
                                     @Value("${cchc.intake.threads:1}") int threads) {
        return ReportIntake.of(warehouse, dataDir.isBlank() ? null : Path.of(dataDir), InputLimits.configured(), threads,
                analyticsTables::ensureFresh);
    }
}

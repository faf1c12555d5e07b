package vn.cchc.intake;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * A first start's head start: as soon as the app's settings are final (every property source in
 * place, tests' included) and before Spring scans, configures and starts Tomcat and Vaadin, the
 * bundled sample begins unpacking on a thread of its own, so the seconds it takes overlap the
 * seconds Spring takes on the other core. The warehouse bean then only waits for it
 * ({@link SampleWarehouse#seed}). The same conditions as the bean's: a warehouse file that does not
 * exist, the sample on first start, not read-only, the bundled reference data. Registered in
 * META-INF/spring.factories: a context listener would come too late.
 */
public final class SampleUnpackAhead implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String path = env.getProperty("cchc.warehouse.path", "");
        if (path.isBlank()
                || env.getProperty("cchc.warehouse.read-only", Boolean.class, false)
                || !env.getProperty("cchc.sample.on-first-start", Boolean.class, true)
                || !env.getProperty("cchc.data.dir", "").isBlank()) {
            return;
        }
        SampleWarehouse.unpackAhead(Path.of(path));
    }
}

package vn.cchc.warehouse;

import java.nio.file.Path;

/**
 * What the app's first start fills a missing warehouse file with (the bundled sample, loaded
 * through the intake). An interface here so that the warehouse does not depend on the intake that
 * depends on it.
 */
public interface WarehouseSeed {

    /**
     * Builds a complete warehouse at {@code target}, which does not exist yet.
     *
     * @param dataDir corrected catalog and reference files, or null for the bundled ones
     */
    void seed(Path target, Path dataDir);
}

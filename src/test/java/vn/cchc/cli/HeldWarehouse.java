package vn.cchc.cli;

import java.nio.file.Path;
import vn.cchc.warehouse.Warehouse;

/**
 * A second process holding a warehouse open, as the web app does: {@code HeldWarehouse FILE [read-only]},
 * until its input closes; with {@code read-only} as the app in its read-only mode does.
 */
final class HeldWarehouse {

    private HeldWarehouse() {
    }

    public static void main(String[] args) throws Exception {
        boolean readOnly = args.length > 1 && args[1].equals("read-only");
        try (Warehouse w = readOnly ? Warehouse.openReadOnly(Path.of(args[0])) : Warehouse.open(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            System.in.read(); // returns when the parent closes our input
        }
    }
}

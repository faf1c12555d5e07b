package vn.cchc.cli;

import java.nio.file.Path;
import vn.cchc.warehouse.Warehouse;

/** A second process holding a warehouse open, as the web app does: {@code HeldWarehouse FILE}, until its input closes. */
final class HeldWarehouse {

    private HeldWarehouse() {
    }

    public static void main(String[] args) throws Exception {
        try (Warehouse w = Warehouse.open(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            System.in.read(); // returns when the parent closes our input
        }
    }
}

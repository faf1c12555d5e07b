package vn.cchc;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.cchc.cli.Cli;
import vn.cchc.cli.Launch;

/**
 * One jar, two faces: without arguments, with Spring options only, or with {@code serve}, it starts
 * the web dashboard; otherwise it runs the command line and exits ({@link Launch} decides).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/cchc-layout.css")
// Server push: the upload page's progress bars move while its files are read in the background.
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        Launch launch = Launch.of(args);
        if (launch.webApp()) {
            try {
                SpringApplication.run(Application.class, launch.springArgArray());
            } catch (RuntimeException e) {
                // Spring has printed why (WarehouseFailureAnalyzer): end with the command line's code for it.
                if (causedByWarehouse(e)) {
                    System.exit(3);
                }
                throw e;
            }
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }

    private static boolean causedByWarehouse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof vn.cchc.warehouse.WarehouseException) {
                return true;
            }
        }
        return false;
    }
}

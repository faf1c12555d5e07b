package vn.cchc;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
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
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        Launch launch = Launch.of(args);
        if (launch.webApp()) {
            SpringApplication.run(Application.class, launch.springArgArray());
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}

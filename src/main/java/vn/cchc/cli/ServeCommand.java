package vn.cchc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code serve [--name=value ...]}: starts the web dashboard. Listed and documented here like every
 * command, but started by {@code Application.main}, which {@link Launch} tells to do so before the
 * command line is built: the web app keeps running after main returns, a command ends with System.exit.
 */
@Command(name = "serve", header = "${bundle:serve.header}", description = "${bundle:serve.description}")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    /** Spring's own options; documented only, they never reach this class (see {@link Launch}). */
    @Parameters(paramLabel = "--PROPERTY=VALUE", descriptionKey = "opt.serve.springArgs", arity = "0..*")
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        throw new IllegalStateException("serve is started by Application.main (see Launch), not by Cli.run");
    }
}

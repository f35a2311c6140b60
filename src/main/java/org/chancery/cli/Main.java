package org.chancery.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chancery <command>}: the one entry point of the jar. */
@Command(name = "chancery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "The publishing platform of a diplomatic mission.",
        subcommands = {ServeCommand.class, UserCommand.class, TokenCommand.class, VersionCommand.class,
            CommandLine.HelpCommand.class, ReindexCommand.class, SampleCommand.class, BackupCommand.class,
            RestoreCommand.class, ExportCommand.class})
public final class Main implements Runnable {
    private final Environment environment;

    private Main(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Environment.system(), out, err);
    }

    static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(environment));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("chancery: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("chancery: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

package org.chancery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chancery version}: prints the program's version. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version of Chancery.")
final class VersionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    static String version() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("/chancery/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().getOut().println("chancery " + version());
    }

    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"chancery " + version()};
        }
    }
}

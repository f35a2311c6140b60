package org.chancery.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Switches the shipped {@code logback.xml} between its readable lines ({@code text}) and JSON
 * lines ({@code json}). Logback reads {@code CHANCERY_LOG_FORMAT} by itself when it starts; this
 * applies the {@code log_format} setting when it came from a flag or the configuration file.
 */
public final class LogFormat {
    private LogFormat() {
    }

    /** Makes the process's logs use {@code format}, unless they already do. */
    public static void use(String format) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            use(context, format);
        }
    }

    /** Reconfigures {@code context} from {@code logback.xml} with {@code format}, unless it already uses it. */
    static void use(LoggerContext context, String format) {
        if (context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(format) != null) {
            return;
        }
        context.reset();
        context.putProperty("CHANCERY_LOG_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(LogFormat.class.getResource("/logback.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("cannot set up " + format + " logs: " + e.getMessage(), e);
        }
    }
}

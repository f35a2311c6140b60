package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml: readable lines by default, JSON lines when CHANCERY_LOG_FORMAT=json. */
class LogFormatTest {

    @Test
    void readable_lines_by_default() throws JoranException {
        assertThat(rootAppenders(null)).containsExactly("text");
    }

    @Test
    void json_lines_on_request() throws JoranException {
        assertThat(rootAppenders("json")).containsExactly("json");
    }

    @Test
    void the_setting_switches_a_running_context_to_json_lines_and_back() throws JoranException {
        LoggerContext context = configured(null);

        LogFormat.use(context, "json");
        List<String> json = appenders(context);
        LogFormat.use(context, "text");
        List<String> text = appenders(context);
        context.stop();

        assertThat(json).containsExactly("json");
        assertThat(text).containsExactly("text");
    }

    private static List<String> rootAppenders(String format) throws JoranException {
        LoggerContext context = configured(format);
        List<String> names = appenders(context);
        context.stop();
        return names;
    }

    private static LoggerContext configured(String format) throws JoranException {
        LoggerContext context = new LoggerContext();
        if (format != null) {
            context.putProperty("CHANCERY_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        return context;
    }

    private static List<String> appenders(LoggerContext context) {
        List<String> names = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(a -> names.add(a.getName()));
        return names;
    }
}

package org.chancery.validation;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The English sentences of {@link FieldProblem}s for API clients and the command line, from
 * {@code validation/details.properties}, keyed like the site's bundles. Arguments are written as
 * they are (a limit of 2000 reads "2000", not "2,000"); a key without a sentence reads as itself.
 */
public final class Details {
    private static final Properties SENTENCES = load();

    private Details() {
    }

    public static String of(FieldProblem problem) {
        String pattern = SENTENCES.getProperty(problem.messageKey());
        if (pattern == null) {
            return problem.field() + ": " + problem.messageKey();
        }
        Object[] args = problem.args().stream().map(String::valueOf).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Details.class.getResourceAsStream("/validation/details.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

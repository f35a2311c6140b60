package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.account.AccountException;
import org.chancery.account.Role;
import org.chancery.admin.AdminHomeHandler;
import org.chancery.editor.EditorText;
import org.chancery.publication.PublicationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every visible word comes from the bundles: the keys the code asks for exist in every language,
 * the languages agree on their keys, and no template writes words of its own.
 */
class BundleAndTemplateTextTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path ERROR_HANDLING = JAVA.resolve("org/chancery/site/ErrorHandling.java");

    /** A dotted bundle key, which tells a key apart from other string literals passed to text(). */
    private static final String KEY = "([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)";
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\.text\\(\\s*\"" + KEY + "\""),
            Pattern.compile("\\bformatter\\(\\s*\"" + KEY + "\""),
            Pattern.compile("(?:\\bbadRequest|\\bnew HttpError)\\(\\s*(?:\\d+\\s*,\\s*)?\"" + KEY + "\""),
            // a field's problem: check.invalid("slug", "page.error.slugTaken", ...), InvalidInput.of(field, code, key, ...)
            Pattern.compile("(?:\\binvalid|\\bInvalidInput\\.of|\\bFieldProblem\\.of)\\(\\s*[^,()]+,\\s*(?:\"[a-z-]+\",\\s*)?\""
                    + KEY + "\""),
            // an error message named for later, as QueryParams takes it: "error.archive.badNumber"
            Pattern.compile("\"(error\\.[a-z][A-Za-z0-9-]*\\.[A-Za-z0-9-]+)\""));
    private static final Pattern KNOWN_STATUSES = Pattern.compile("KNOWN\\s*=\\s*Set\\.of\\(([\\d,\\s]+)\\)");

    private static final Set<String> LABEL_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");
    private static final Pattern TAG = Pattern.compile("<[!/?]?[A-Za-z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    // ---- bundles ----

    /** The languages with a bundle, found by listing the folder so a new one is checked too. */
    static List<String> languages() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("messages_") && n.endsWith(".properties"))
                    .map(n -> n.substring("messages_".length(), n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String lang) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statuses ErrorHandling shows a page of its own for, plus 500 for everything else. */
    private static Set<Integer> errorStatuses() {
        Matcher m = KNOWN_STATUSES.matcher(read(ERROR_HANDLING));
        assertThat(m.find()).as("the KNOWN statuses in " + ERROR_HANDLING).isTrue();
        Set<Integer> statuses = new TreeSet<>(Set.of(500));
        Arrays.stream(m.group(1).split(",")).map(String::strip).map(Integer::valueOf).forEach(statuses::add);
        return statuses;
    }

    /** Literal keys in templates and Java code, the names of types and roles, and the error pages' words. */
    static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.concat(files(TEMPLATES, ".jte").stream(), files(JAVA, ".java").stream()).map(BundleAndTemplateTextTest::read)
                .forEach(text -> KEY_USES.forEach(p -> p.matcher(text).results().forEach(r -> keys.add(r.group(1)))));
        Arrays.stream(PublicationType.values()).map(PublicationType::labelKey).forEach(keys::add);
        Arrays.stream(Role.values()).map(Role::labelKey).forEach(keys::add);
        Arrays.stream(AccountException.Reason.values()).map(AccountException.Reason::messageKey).forEach(keys::add);
        keys.addAll(AdminHomeHandler.abilities(Role.ADMIN));
        keys.addAll(EditorText.keys());
        errorStatuses().forEach(s -> keys.addAll(List.of("error." + s + ".title", "error." + s + ".message")));
        return keys;
    }

    @Test
    void key_scan_finds_keys_of_every_kind() {
        assertThat(languages()).contains("en");
        assertThat(usedKeys()).contains("archive.title", "masthead.counter", "format.date.long",
                "error.archive.badType", "error.404.message", "error.422.title", "error.500.title", "type.interview",
                "role.editor", "account.error.short-password", "admin.home.can.users", "error.429.title",
                "form.error.required", "page.error.slugReserved", "page.error.slugTaken");
    }

    @ParameterizedTest(name = "messages_{0}")
    @MethodSource("languages")
    void every_used_key_is_in_every_bundle(String lang) {
        assertThat(bundle(lang).stringPropertyNames()).as("keys of messages_" + lang).containsAll(usedKeys());
    }

    @Test
    void all_bundles_have_the_same_keys() {
        Map<String, Set<String>> keys = new TreeMap<>();
        languages().forEach(lang -> keys.put(lang, bundle(lang).stringPropertyNames()));
        Set<String> all = new TreeSet<>();
        keys.values().forEach(all::addAll);

        keys.forEach((lang, own) -> assertThat(own).as("keys of messages_" + lang).containsAll(all));
    }

    @ParameterizedTest(name = "messages_{0}")
    @MethodSource("languages")
    void messages_with_arguments_are_valid_icu_patterns(String lang) {
        Properties p = bundle(lang);
        p.stringPropertyNames().stream().filter(k -> p.getProperty(k).contains("{")).forEach(k ->
                assertThatCode(() -> new MessageFormat(p.getProperty(k), Locale.forLanguageTag(lang)))
                        .as(lang + " " + k).doesNotThrowAnyException());
    }

    /**
     * A count is worded by plural selection in every language or in none: a message that selects a
     * plural form in one bundle must do so in each, with every form that language's rules have
     * (one, few, many and other in Russian), or "не более 5 ссылок" would read "5 ссылки".
     */
    @Test
    void a_message_that_selects_plural_forms_in_one_language_does_so_in_every_language() {
        Map<String, Properties> bundles = new TreeMap<>();
        languages().forEach(lang -> bundles.put(lang, bundle(lang)));
        Set<String> plural = new TreeSet<>();
        bundles.values().forEach(p -> p.stringPropertyNames().stream()
                .filter(k -> !pluralSelectors(p.getProperty(k)).isEmpty()).forEach(plural::add));
        assertThat(plural).isNotEmpty();
        bundles.forEach((lang, p) -> {
            Set<String> forms = PluralRules.forLocale(Locale.forLanguageTag(lang)).getKeywords();
            plural.forEach(k -> assertThat(pluralSelectors(p.getProperty(k))).as(lang + " " + k).containsAll(forms));
        });
    }

    /** The selectors of a pattern's plural arguments ("one", "few", "=0"); empty without any. */
    static Set<String> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> selectors = new TreeSet<>();
        int depth = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                depth++;
            } else if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                depth--;
            } else if (depth > 0 && part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(parsed.getSubstring(part));
            }
        }
        return selectors;
    }

    // ---- templates ----

    static List<Path> templates() {
        return files(TEMPLATES, ".jte");
    }

    /** Words left in a template once its code, comments, tags and attribute values are gone. */
    static List<String> literalWords(String template) {
        String text = JteMarkup.of(template)
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>", " ");
        text = TAG.matcher(text).replaceAll(" ").replaceAll("&#?\\w+;", " ");
        return WORD.matcher(text).results().map(r -> r.group()).toList();
    }

    /** Labelling attributes (title, alt, placeholder, aria-label) whose value holds a literal word. */
    static List<String> literalLabels(String template) {
        String markup = JteMarkup.of(template).replaceAll("(?s)<!--.*?-->", " ");
        List<String> found = new ArrayList<>();
        TAG.matcher(markup).results().forEach(tag -> ATTRIBUTE.matcher(tag.group()).results().forEach(a -> {
            String value = a.group(2) != null ? a.group(2) : a.group(3);
            if (LABEL_ATTRIBUTES.contains(a.group(1).toLowerCase(Locale.ROOT)) && WORD.matcher(value).find()) {
                found.add(a.group(1) + "=\"" + value + "\"");
            }
        }));
        return found;
    }

    @Test
    void there_are_templates_to_check() {
        assertThat(templates()).extracting(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
                .contains("layout/page.jte", "layout/masthead.jte", "archive/index.jte");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void template_writes_no_words_of_its_own(Path template) {
        assertThat(literalWords(read(template))).as("literal text in " + template).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void template_labels_no_element_with_a_literal_word(Path template) {
        assertThat(literalLabels(read(template))).as("literal labels in " + template).isEmpty();
    }

    @Test
    void checker_flags_literal_text_beside_code() {
        assertThat(literalWords("<p>Hello ${x}</p>")).containsExactly("Hello");
        assertThat(literalWords("<p>${t.text(\"a\")}: ${x}</p>")).isEmpty();
    }

    @Test
    void checker_reads_content_blocks_as_markup_at_any_depth() {
        assertThat(literalWords("@template.layout.page(title = t.text(\"x\"), content = @`<h1>Welcome</h1>`)"))
                .containsExactly("Welcome");
        assertThat(literalWords("@template.a(c = @`<div>@template.b(c = @`<p>Deep ${x}</p>`)</div>`, d = f(1))"))
                .containsExactly("Deep");
        assertThat(literalWords("!{var block = @`<b>Bold</b>`;}")).containsExactly("Bold");
        assertThat(literalWords("@template.layout.page(title = p.title(), content = @`\n<h1>${t.text(\"k\")}</h1>\n`)"))
                .isEmpty();
    }

    @Test
    void checker_skips_code_with_nested_brackets_and_quoted_brackets() {
        String template = """
                @import org.chancery.site.Chrome
                @param Chrome chrome
                !{var t = chrome.t(); var s = "})`@";}
                @if(f(g("(")) > 1 && s.equals("}") && c == ')')<b>${t.text("a.b", map(x -> x > 1), "{")}</b>
                @elseif(list.size() < 2)<i>$unsafe{html("<em>no</em>")}</i>
                @else<hr>@endif
                @for(int m = 1; m <= 12; m++)<li>${m}</li>@endfor
                @template.publication.headline(t = t, title = s.title(), place = p(q(r)), eventDate = null)
                """;

        assertThat(literalWords(template)).isEmpty();
    }

    @Test
    void checker_ignores_comments_tags_attributes_entities_and_punctuation() {
        String template = """
                <!DOCTYPE html>
                <!-- a note for editors -->
                <%-- a note for developers --%>
                <a class="pager-next" rel="next" href="/en/news?page=2" data-zone="Europe/London">…</a>
                <script src="/assets/clock.js" defer>tick();</script>
                <p>: , - … | &nbsp; &hellip; (${a}) [${b}] 1/2</p>
                """;

        assertThat(literalWords(template)).isEmpty();
    }

    @Test
    void checker_flags_text_after_a_tag_holding_a_quoted_angle_bracket() {
        assertThat(literalWords("<a data-x=\"a>b\">Go</a>")).containsExactly("Go");
        assertThat(literalWords("info@embassy")).containsExactly("info", "embassy");
    }

    @Test
    void label_checker_flags_literal_labels_only() {
        assertThat(literalLabels("<img src=\"/a.png\" alt=\"Embassy logo\"><nav aria-label='Pages'>"))
                .containsExactly("alt=\"Embassy logo\"", "aria-label=\"Pages\"");
        assertThat(literalLabels("<a title=\"${t.text(\"x\")}\" class=\"skip\"><input placeholder=\"${p}\">"))
                .isEmpty();
        assertThat(literalLabels("<i title=\"Note\">")).containsExactly("title=\"Note\"");
    }

    /**
     * The markup of a JTE template with its code taken out: {@code ${...}}, {@code $unsafe{...}},
     * {@code !{...}}, {@code @...} directives with their parenthesised Java and JTE comments. The
     * content of {@code @`...`} blocks inside code is markup, so it is kept, at any depth.
     */
    static final class JteMarkup {
        private final String src;
        private final StringBuilder out = new StringBuilder();
        private int i;

        private JteMarkup(String src) {
            this.src = src;
        }

        static String of(String template) {
            JteMarkup m = new JteMarkup(template);
            m.markup(false);
            return m.out.toString();
        }

        /** Copies markup to the end, or in a content block up to its closing backtick. */
        private void markup(boolean inBlock) {
            while (i < src.length()) {
                if (inBlock && src.charAt(i) == '`') {
                    i++;
                    return;
                }
                if (src.startsWith("<%--", i)) {
                    int end = src.indexOf("--%>", i);
                    i = end < 0 ? src.length() : end + 4;
                } else if (src.startsWith("${", i) || src.startsWith("!{", i)) {
                    i++;
                    code();
                } else if (src.startsWith("$unsafe{", i)) {
                    i += "$unsafe".length();
                    code();
                } else if (src.charAt(i) == '@') {
                    directive();
                } else {
                    out.append(src.charAt(i++));
                }
            }
            if (inBlock) {
                throw new IllegalArgumentException("a content block is not closed");
            }
        }

        private void directive() {
            int start = ++i;
            while (i < src.length() && (Character.isJavaIdentifierPart(src.charAt(i)) || src.charAt(i) == '.')) {
                i++;
            }
            String name = src.substring(start, i);
            boolean call = i < src.length() && src.charAt(i) == '(';
            if (name.equals("import") || name.equals("param")) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (call && (Set.of("if", "elseif", "for").contains(name) || name.startsWith("template."))) {
                code();
            } else if (!Set.of("else", "endif", "endfor", "raw", "endraw").contains(name)) {
                out.append('@').append(name);
            }
        }

        /** Skips Java from an opening bracket to its match, keeping the markup of content blocks. */
        private void code() {
            int depth = 0;
            do {
                if (i >= src.length()) {
                    throw new IllegalArgumentException("unbalanced brackets in template code");
                }
                char c = src.charAt(i);
                if (c == '"' || c == '\'') {
                    skipLiteral(c);
                    continue;
                }
                if (src.startsWith("@`", i)) {
                    i += 2;
                    out.append(' ');
                    markup(true);
                    out.append(' ');
                    continue;
                }
                if ("({[".indexOf(c) >= 0) {
                    depth++;
                } else if (")}]".indexOf(c) >= 0) {
                    depth--;
                }
                i++;
            } while (depth > 0);
            out.append(' ');
        }

        private void skipLiteral(char quote) {
            if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? src.length() : end + 3;
                return;
            }
            i++;
            while (i < src.length() && src.charAt(i) != quote) {
                i += src.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }
    }
}

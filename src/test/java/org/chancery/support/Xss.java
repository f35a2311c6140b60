package org.chancery.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A corpus of known XSS payloads ({@code xss/payloads.txt}) and the check that a page runs none of them. */
public final class Xss {
    private static final String DANGEROUS = "script, iframe, frame, svg, math, style, object, embed, form, input, button,"
            + " textarea, select, meta, base, link, template, video, audio, source, noscript, details, body";

    private Xss() {
    }

    public static List<String> payloads() {
        try (InputStream in = Xss.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The public page carries only the site's own scripts, no dangerous element in its content,
     * and no attribute anywhere that runs script or loads it.
     */
    public static void assertNothingExecutable(Document page) {
        assertThat(page.select("main").select(DANGEROUS)).isEmpty();
        assertOwnScriptsOnly(page);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (!isPreviewText(element, attribute)) {
                    assertSafe(attribute);
                }
            }
        }
    }

    /** The title and description quoted for search results and link previews: text in a meta element, never a link or markup. */
    private static boolean isPreviewText(Element element, Attribute attribute) {
        String kind = element.hasAttr("property") ? element.attr("property") : element.attr("name");
        return element.nameIs("meta") && attribute.getKey().equals("content")
                && Set.of("description", "og:title", "og:description", "twitter:title", "twitter:description").contains(kind);
    }

    /**
     * For pages whose content is a form holding the payload as typed (the editor's): only the
     * site's own scripts, no event handler, and no link or form target that runs script. Field
     * values may hold the payload's text; the browser never runs a value.
     */
    public static void assertNothingExecutableAround(Document page) {
        assertOwnScriptsOnly(page);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("attribute").doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")) {
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(value).as(key).doesNotContain("javascript:").doesNotContain("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }

    private static void assertOwnScriptsOnly(Document page) {
        assertThat(page.select("script[src]")).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/assets/"));
        // The page's JSON-LD and the masthead's settings are data, never run; their text escapes every angle bracket.
        assertThat(page.select("script:not([src])")).allSatisfy(s -> {
            assertThat(s.attr("type")).as("inline scripts are data only").isIn("application/ld+json", "application/json");
            assertThat(s.data()).doesNotContain("<", ">");
        });
    }

    private static void assertSafe(Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        assertThat(key).as("attribute").doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("formaction")
                .isNotEqualTo("srcdoc");
        assertThat(value).as(key + "=" + value).doesNotContain("javascript:").doesNotContain("vbscript:");
        if (key.equals("href") || key.equals("src")) {
            assertThat(value).doesNotStartWith("data:");
        }
    }
}

package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chancery.support.TestSite;

/** The pages a backup test compares between a site and its restored copy, with the site's own address masked. */
final class ComparedPages {
    /** A word each language's sample publications hold, for a search page with hits. */
    private static final Map<String, String> SEARCHED = Map.of("en", "visa", "ru", "победы");

    private ComparedPages() {
    }

    /** Both languages' pages (see {@link #inLanguage}) and the publications. */
    static Map<String, String> of(TestSite site, String... publications) {
        var all = new TreeMap<>(inLanguage(site, "en", publications));
        all.putAll(inLanguage(site, "ru"));
        return all;
    }

    /** One language's home, archive, a search and feed, and the publications, by path; each must answer 200. */
    static Map<String, String> inLanguage(TestSite site, String lang, String... publications) {
        String origin = site.url("");
        List<String> pages = List.of("/" + lang + "/", "/" + lang + "/news",
                "/" + lang + "/search?q=" + URLEncoder.encode(SEARCHED.get(lang), StandardCharsets.UTF_8),
                "/" + lang + "/feed.xml");
        var all = new TreeMap<String, String>();
        for (String path : Stream.concat(pages.stream(), Stream.of(publications)).toList()) {
            var response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            all.put(path, response.body().replace(origin, "ORIGIN"));
        }
        return all;
    }
}

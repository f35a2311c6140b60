package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chancery.support.TestSite;

/** The pages a backup test compares between a site and its restored copy, with the site's own address masked. */
final class ComparedPages {
    private static final List<String> PAGES = List.of("/en/", "/en/news", "/en/search?q=visa", "/en/feed.xml");

    private ComparedPages() {
    }

    /** Home, archive, a search, the feed and one publication, by path; each must answer 200. */
    static Map<String, String> of(TestSite site, String publication) {
        String origin = site.url("");
        var all = new TreeMap<String, String>();
        for (String path : Stream.concat(PAGES.stream(), Stream.of(publication)).toList()) {
            var response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            all.put(path, response.body().replace(origin, "ORIGIN"));
        }
        return all;
    }
}

package org.chancery.sitemap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.Follower;
import org.chancery.content.Paths;
import org.chancery.page.StaticPage;
import org.chancery.web.BaseUrl;

/**
 * The sitemap: each language's home page and archive, the static pages, then every published
 * publication (by id)
 * with the time it last changed. Up to {@code perFile} addresses (50,000, the protocol's limit)
 * it is one file at {@value #ROOT}; beyond, that address is an index of the files
 * {@code /sitemaps/1.xml}, {@code /sitemaps/2.xml}, ... Written files are kept until a
 * publication changes.
 */
public final class SitemapService implements Follower {
    public static final String ROOT = "/sitemap.xml";
    public static final int MAX_URLS = 50_000;

    private final SitemapQueries queries;
    private final BaseUrl baseUrl;
    private final List<String> languages;
    private final int perFile;
    private final SitemapXml xml = new SitemapXml();
    private final Cache<Integer, String> written = Caffeine.newBuilder()
            .maximumSize(100).expireAfterWrite(Duration.ofHours(1)).recordStats().build();

    public SitemapService(SitemapQueries queries, BaseUrl baseUrl, List<String> languages, int perFile) {
        if (perFile < 2 * languages.size() + 1) { // the static pages may push publications to the next file
            throw new IllegalArgumentException("a sitemap file must hold more than the fixed pages");
        }
        this.queries = queries;
        this.baseUrl = baseUrl;
        this.languages = List.copyOf(languages);
        this.perFile = perFile;
    }

    public static String partPath(int n) {
        return "/sitemaps/" + n + ".xml";
    }

    /** {@value #ROOT}: the sitemap itself, or the index of its files when there are too many addresses for one. */
    public String root() {
        return written.get(0, k -> {
            int files = files();
            if (files == 1) {
                return xml.urlset(part(1));
            }
            List<SitemapUrl> parts = new ArrayList<>();
            for (int n = 1; n <= files; n++) {
                parts.add(new SitemapUrl(baseUrl.absolute(partPath(n)), null));
            }
            return xml.index(parts);
        });
    }

    /** File {@code n} of a sitemap too large for one; empty when there is no such file. */
    public Optional<String> file(int n) {
        int files = files();
        if (files == 1 || n < 1 || n > files) {
            return Optional.empty();
        }
        return Optional.of(written.get(n, k -> xml.urlset(part(n))));
    }

    /** Forgets the written files when publications or static pages change. */
    @Override
    public void follow(Event event) {
        if (event.aboutPublication() || event.kind() == Kind.PAGE) {
            reset();
        }
    }

    @Override
    public void reset() {
        written.invalidateAll();
    }

    /** The written files, for the cache metrics. */
    public Cache<?, ?> cache() {
        return written;
    }

    private int files() {
        long total = fixed().size() + queries.count();
        return (int) Math.max(1, (total + perFile - 1) / perFile);
    }

    /** The addresses of file {@code n}: the fixed pages come first, then the publications. */
    private List<SitemapUrl> part(int n) {
        List<SitemapUrl> fixed = fixed();
        long start = (long) (n - 1) * perFile;
        List<SitemapUrl> urls = new ArrayList<>();
        if (start < fixed.size()) {
            urls.addAll(fixed.subList((int) start, fixed.size()));
        }
        long offset = Math.max(0, start - fixed.size());
        queries.slice(offset, perFile - urls.size()).forEach(row -> urls.add(new SitemapUrl(
                baseUrl.absolute(Paths.publication(row.lang(), row.id(), row.slug())), row.updatedAt())));
        return urls;
    }

    private List<SitemapUrl> fixed() {
        List<SitemapUrl> urls = new ArrayList<>();
        for (String lang : languages) {
            var changed = queries.lastChange(lang).orElse(null);
            urls.add(new SitemapUrl(baseUrl.absolute(Paths.home(lang)), changed));
            urls.add(new SitemapUrl(baseUrl.absolute(Paths.archive(lang)), changed));
        }
        queries.staticPages().forEach(page -> urls.add(new SitemapUrl(
                baseUrl.absolute(StaticPage.path(page.lang(), page.slug())), page.updatedAt())));
        return urls;
    }
}

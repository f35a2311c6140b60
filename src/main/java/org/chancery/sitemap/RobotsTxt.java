package org.chancery.sitemap;

import java.util.List;
import org.chancery.search.SearchPage;
import org.chancery.web.BaseUrl;

/**
 * {@code /robots.txt}: crawlers may read the whole public site but not the press office, the API
 * or the search results (endless, and each page is already listed in the sitemap, named here).
 */
public final class RobotsTxt {
    private RobotsTxt() {
    }

    public static String text(BaseUrl baseUrl, List<String> languages) {
        StringBuilder text = new StringBuilder("User-agent: *\nDisallow: /admin\nDisallow: /api/\n");
        languages.forEach(lang -> text.append("Disallow: ").append(SearchPage.path(lang)).append('\n'));
        return text.append("\nSitemap: ").append(baseUrl.absolute(SitemapService.ROOT)).append('\n').toString();
    }
}

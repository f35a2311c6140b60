package org.chancery.page;

import java.util.Map;
import org.chancery.content.BodyRenderer;
import org.chancery.site.PublicPage;
import org.chancery.site.Shown;
import org.jsoup.Jsoup;

/**
 * A static page as readers see it, for {@code page/show.jte}.
 *
 * @param id           the page's id, which names it to the page cache
 * @param html         the body rendered from Markdown and sanitized, safe to emit unescaped
 * @param translations the addresses of the same page in other languages, by language
 */
public record PageView(long id, String title, String html, Map<String, String> translations) implements PublicPage {

    @Override
    public Shown shown() {
        return Shown.page(id).withTranslations(translations);
    }

    public PageView {
        translations = Map.copyOf(translations);
    }

    /** The start of its text, as a publication without a lead is described. */
    @Override
    public String description() {
        return BodyRenderer.summarize(Jsoup.parseBodyFragment(html).text());
    }
}

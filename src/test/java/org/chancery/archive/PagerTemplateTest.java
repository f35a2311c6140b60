package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import java.util.function.IntFunction;
import org.chancery.web.Localizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The pager (layout/pager.jte) writes page numbers as the page's language writes numbers. */
class PagerTemplateTest {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private static Document pager(String lang, int current, int last) {
        StringOutput out = new StringOutput();
        IntFunction<String> href = n -> "/" + lang + "/news/page/" + n;
        ENGINE.render("layout/pager.jte", Map.of("t", new Localizer(lang), "pager", Pager.of(current, last),
                "href", href), out);
        return Jsoup.parseBodyFragment(out.toString());
    }

    @Test
    void russian_page_numbers_group_thousands_with_a_no_break_space() {
        Document page = pager("ru", 1234, 12000);

        // wholeText: jsoup's text() would turn the no-break space into a space
        assertThat(page.selectFirst("[aria-current=page]").wholeText()).isEqualTo("1\u00a0234");
        assertThat(page.select("nav.pager li a").stream().map(a -> a.wholeText())).containsExactly("1", "1\u00a0232", "1\u00a0233",
                "1\u00a0235", "1\u00a0236", "12\u00a0000");
        assertThat(page.select("nav.pager li a").last().attr("href")).isEqualTo("/ru/news/page/12000");
    }

    @Test
    void english_page_numbers_group_thousands_with_a_comma() {
        Document page = pager("en", 1234, 12000);

        assertThat(page.selectFirst("[aria-current=page]").text()).isEqualTo("1,234");
        assertThat(page.select("nav.pager li a").last().text()).isEqualTo("12,000");
    }
}

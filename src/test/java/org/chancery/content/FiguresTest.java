package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private final BodyRenderer renderer = new BodyRenderer();

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, List.of()).html());
    }

    @Test
    void an_image_alone_on_a_line_is_a_figure_with_its_title_as_the_caption() {
        Document html = render("Before.\n\n![The Ambassador at the wreath-laying](/media/ab/wreath.jpg"
                + " \"Photo: Embassy press service\")\n\nAfter.");

        Element figure = html.selectFirst("figure.image");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("The Ambassador at the wreath-laying");
        assertThat(figure.selectFirst("img").hasAttr("title")).isFalse();
        assertThat(figure.select("figcaption").text()).isEqualTo("Photo: Embassy press service");
        assertThat(html.select("p")).extracting(Element::text).containsExactly("Before.", "After.");
    }

    @Test
    void an_image_without_a_title_has_no_empty_caption() {
        assertThat(render("![A reception in the garden](/media/ab/garden.jpg)").select("figure.image figcaption"))
                .isEmpty();
    }

    @Test
    void images_on_consecutive_lines_are_a_gallery_each_linked_to_itself_at_full_size() {
        Document html = render("![First](/media/a/1.jpg \"One\")\n![Second](/media/a/2.jpg)\n"
                + "![Third](/media/a/3.jpg \"Three\")");

        Element gallery = html.selectFirst("div.gallery");
        assertThat(gallery).isNotNull();
        assertThat(gallery.select("figure.image")).hasSize(3);
        assertThat(gallery.select("figure.image > a")).extracting(a -> a.attr("href"))
                .containsExactly("/media/a/1.jpg", "/media/a/2.jpg", "/media/a/3.jpg");
        assertThat(gallery.select("img")).extracting(i -> i.attr("alt")).containsExactly("First", "Second", "Third");
        assertThat(gallery.select("figcaption")).extracting(Element::text).containsExactly("One", "Three");
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void every_image_is_loaded_lazily_and_decoded_asynchronously_an_inline_one_staying_inline() {
        Document html = render("A flag ![flag](/media/a/flag.png) in a sentence.");

        assertThat(html.select("figure")).isEmpty();
        assertThat(html.selectFirst("p img").attr("loading")).isEqualTo("lazy");
        assertThat(html.selectFirst("p img").attr("decoding")).isEqualTo("async");
    }

    @Test
    void a_caption_is_text_never_markup_and_a_script_address_never_becomes_a_link() {
        Document html = render("![x](/media/a/1.jpg \"<script>alert(1)</script>\")\n\n![y](javascript:alert(1))");

        assertThat(html.select("figcaption").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("[href^=javascript], [src^=javascript]")).isEmpty();
    }
}

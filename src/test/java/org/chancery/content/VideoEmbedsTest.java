package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoEmbedsTest {
    private final BodyRenderer renderer = new BodyRenderer();

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42",
        "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
        "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
        "https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/, https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4?autoplay=1",
    })
    void the_three_sites_addresses_are_read_and_played_from_their_privacy_enhanced_players(String address,
            String player) {
        assertThat(VideoEmbeds.of(address)).hasValueSatisfying(v -> assertThat(v.player()).isEqualTo(player));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=short", "https://www.youtube.com/channel/UC123",
        "https://example.com/watch?v=dQw4w9WgXcQ", "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
        "ftp://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ/../../x", "https://vimeo.com/channels/staff",
        "https://rutube.ru/video/not-hex/", "https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ", "not a url"})
    void other_addresses_are_no_video(String address) {
        assertThat(VideoEmbeds.of(address)).isEmpty();
    }

    @Test
    void a_link_alone_on_a_line_becomes_a_poster_that_links_to_the_video_and_loads_nothing_from_its_site() {
        Document html = Jsoup.parseBodyFragment(renderer.render(
                "The Ambassador's address:\n\n[Address on Victory Day](https://youtu.be/dQw4w9WgXcQ)\n\nEnd.",
                List.of()).html());

        Element figure = html.selectFirst("figure.video");
        assertThat(figure).isNotNull();
        assertThat(figure.attr("data-player")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        assertThat(figure.selectFirst("a.video-poster").attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(figure.select(".video-title").text()).isEqualTo("Address on Victory Day");
        assertThat(figure.select(".video-site").text()).isEqualTo("YouTube");
        assertThat(html.select("iframe, img, script")).isEmpty();
        assertThat(html.select("p")).extracting(Element::text).containsExactly("The Ambassador's address:", "End.");
    }

    @Test
    void a_bare_address_on_a_line_becomes_a_poster_titled_with_the_address() {
        Document html = Jsoup.parseBodyFragment(renderer.render("https://vimeo.com/76979871", List.of()).html());

        assertThat(html.select("figure.video .video-title").text()).isEqualTo("https://vimeo.com/76979871");
        assertThat(html.select("figure.video a").attr("href")).isEqualTo("https://vimeo.com/76979871");
    }

    @Test
    void a_video_link_within_a_sentence_or_a_transcripts_turn_stays_a_link() {
        String sentence = renderer.render("Watch [the address](https://youtu.be/dQw4w9WgXcQ) today.", List.of()).html();
        String turn = renderer.render("Question: [the address](https://youtu.be/dQw4w9WgXcQ)", List.of("Question"))
                .html();

        assertThat(sentence).doesNotContain("figure").contains("<a href=\"https://youtu.be/dQw4w9WgXcQ\"");
        assertThat(turn).doesNotContain("figure");
    }

    @Test
    void a_title_is_text_never_markup() {
        Document html = Jsoup.parseBodyFragment(renderer.render(
                "[<b>Victory</b> & \"peace\" <script>alert(1)</script>](https://youtu.be/dQw4w9WgXcQ)", List.of()).html());

        assertThat(html.select("figure.video")).hasSize(1);
        assertThat(html.select("figure.video *").stream().map(Element::tagName).distinct())
                .containsExactlyInAnyOrder("a", "span");
        assertThat(html.select(".video-title").text()).isEqualTo("Victory & \"peace\"");
    }

    @Test
    void a_linked_picture_stays_a_linked_picture() {
        String html = renderer.render("[![Still](/media/ab/still.jpg)](https://youtu.be/dQw4w9WgXcQ)", List.of())
                .html();

        assertThat(html).doesNotContain("figure").contains("<img");
    }
}

package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Chromium;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser a published video is a poster until the reader clicks it: the page asks
 * nothing of the video's site before, and the privacy-enhanced player, which the site's
 * Content-Security-Policy allows, takes the poster's place after.
 */
class VideoBrowserTest {
    private static TestSite site;
    private static ChromeDriver browser;
    private static String page;

    @BeforeAll
    static void start() {
        assumeTrue(Chromium.available());
        site = TestSite.sample();
        Staff staff = Staff.of(site);
        ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
        ApiClient.Response draft = author.post("/api/v1/publications", Map.of("type", "speech", "language", "en",
                "title", "The Ambassador's Victory Day address", "lead", "On video.",
                "body", "The address:\n\n[Address on Victory Day](https://youtu.be/dQw4w9WgXcQ)\n\nEnd of the address."));
        editor.post("/api/v1/publications/" + draft.id() + "/publish",
                Map.of("force", true, "reason", "A video for the day"));
        page = draft.text("path");
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void the_poster_loads_nothing_from_the_video_site_and_a_click_starts_the_private_player() {
        browser.get(site.url(page));
        var js = (JavascriptExecutor) browser;
        Chromium.cspViolations(browser);

        assertThat(browser.findElements(By.cssSelector("iframe"))).isEmpty();
        assertThat(resources(js)).noneMatch(url -> url.contains("youtube") || url.contains("ytimg"));
        WebElement poster = browser.findElement(By.cssSelector("figure.video a.video-poster"));
        assertThat(poster.getText()).contains("Address on Victory Day");
        assertThat(poster.getSize().getHeight()).as("a 16:9 poster, not a line of text").isGreaterThan(150);

        poster.click();
        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("figure.video iframe")));

        assertThat(frame.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        assertThat(frame.getAttribute("title")).isEqualTo("Address on Victory Day");
        assertThat(Chromium.cspViolations(browser)).as("the player is allowed as a frame").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> resources(JavascriptExecutor js) {
        return (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    }
}

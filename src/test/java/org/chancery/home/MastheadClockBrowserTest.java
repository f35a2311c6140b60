package org.chancery.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.chancery.support.Chromium;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The masthead clocks keep time in the reader's browser, each in its own zone. */
class MastheadClockBrowserTest {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static TestSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Chromium.available());
        site = TestSite.sample();
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
    void clocks_move_from_the_servers_time_to_the_browsers_time_in_each_zone() {
        browser.get(site.url("/en/"));
        List<WebElement> clocks = browser.findElements(By.cssSelector("time.clock-time"));
        assertThat(clocks).hasSize(2);

        // The server renders the seed's instant (2020); the script replaces it with the real time.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !clocks.get(0).getText().equals("12:57"));

        for (WebElement clock : clocks) {
            ZoneId zone = ZoneId.of(clock.getAttribute("data-zone"));
            ZonedDateTime now = ZonedDateTime.now(zone);
            assertThat(clock.getText()).isIn(HH_MM.format(now), HH_MM.format(now.minusMinutes(1)),
                    HH_MM.format(now.plusMinutes(1)));
        }
    }
}

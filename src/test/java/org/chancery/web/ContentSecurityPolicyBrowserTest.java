package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.chancery.account.Role;
import org.chancery.support.Chromium;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser the site's own scripts run under its Content-Security-Policy and nothing of
 * the site is refused, while script that got into a page some other way is.
 */
class ContentSecurityPolicyBrowserTest {
    private static TestSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Chromium.available());
        site = TestSite.sample();
        site.addUser("ed@embassy.test", Role.EDITOR);
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
    void the_public_pages_scripts_run_and_nothing_is_refused() {
        for (String path : new String[] {"/en/", "/ru/", "/en/news", "/en/consular-services", "/en/search?q=visa",
            "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency", "/en/no-such-page"}) {
            browser.get(site.url(path));
            // clock.js replaced the server's 12:57 (the seed's instant) with the browser's time
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(
                    By.cssSelector("time.clock-time")).getText().equals("12:57"));

            assertThat(Chromium.cspViolations(browser)).as(path).isEmpty();
        }
    }

    @Test
    void the_press_offices_pages_are_not_refused_anything() {
        browser.get(site.url("/admin/sign-in"));
        browser.findElement(By.name("email")).sendKeys("ed@embassy.test");
        browser.findElement(By.name("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(site.url("/admin")));

        for (String path : new String[] {"/admin", "/admin/publications", "/admin/publications/new",
            "/admin/publications/1/edit", "/admin/media", "/admin/pages", "/admin/masthead"}) {
            browser.get(site.url(path));
            assertThat(Chromium.cspViolations(browser)).as(path).isEmpty();
        }
    }

    @Test
    void script_put_into_a_page_otherwise_is_refused() {
        browser.get(site.url("/en/"));
        Chromium.cspViolations(browser);  // what was said before
        var page = (JavascriptExecutor) browser;

        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true';"
                + "document.body.appendChild(s);"
                + "var b = document.createElement('button'); b.setAttribute('onclick', 'window.clicked = true');"
                + "document.body.appendChild(b); b.click();");

        assertThat(page.executeScript("return window.injected === true || window.clicked === true")).isEqualTo(false);
        assertThat(Chromium.cspViolations(browser)).hasSize(2);
    }
}

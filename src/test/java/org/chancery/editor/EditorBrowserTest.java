package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.chancery.account.Role;
import org.chancery.support.Chromium;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The press office's day in a real browser: an author writes a transcript, watching the preview
 * follow the text, saves and submits it; an editor, in a session of their own, publishes it; the
 * home page lists it. All of it under the site's Content-Security-Policy, which the browser's
 * console must not have had to enforce.
 */
class EditorBrowserTest {
    private static final String TITLE = "Interview of Sergey Lavrov to TASS on the post-pandemic world";

    private static TestSite site;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assumeTrue(Chromium.available());
        site = TestSite.sample();
        site.addUser("ann@embassy.test", Role.AUTHOR);
        site.addUser("ed@embassy.test", Role.EDITOR);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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

    /** The editor's script, the preview and the masthead's clocks ran under the site's Content-Security-Policy. */
    @AfterEach
    void nothingRefused() {
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    /** Each test begins without a session. */
    @BeforeEach
    void signedOut() {
        browser.get(site.url("/healthz"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void an_author_writes_and_submits_a_transcript_an_editor_publishes_it_and_readers_find_it() {
        signIn("ann@embassy.test");
        browser.findElement(By.cssSelector(".primary-action a[href='/admin/publications/new']")).click();
        wait.until(ExpectedConditions.urlToBe(site.url(EditorPaths.NEW)));

        new Select(field("type")).selectByValue("interview");
        field("title").sendKeys(TITLE);
        field("lead").sendKeys("The Minister on the world after the pandemic.");
        field("place").sendKeys("Moscow");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-04-29'", field("eventDate"));
        field("speakers").sendKeys("Question\nSergey Lavrov");
        field("body").sendKeys("Question: Will the world change after the pandemic?\n\n"
                + "Sergey Lavrov: It will, but not overnight.\n\nQuestion: And Europe?\n\n"
                + "Sergey Lavrov: Europe will have to decide.");

        wait.until(d -> d.findElements(By.cssSelector("[data-preview-pane] .transcript .turn")).size() == 4);
        assertThat(browser.findElements(By.cssSelector("[data-preview-pane] .turn .speaker")))
                .extracting(WebElement::getText).containsExactly("Question:", "Sergey Lavrov:", "Question:",
                        "Sergey Lavrov:");
        assertThat(browser.findElement(By.cssSelector("[data-preview-pane] h1.headline")).getText())
                .isEqualTo(TITLE + ", Moscow, April 29, 2020");

        browser.findElement(By.cssSelector("button.save")).click();
        wait.until(ExpectedConditions.urlContains("/edit?done=create"));
        browser.findElement(By.cssSelector("form.step-submit button")).click();
        wait.until(ExpectedConditions.urlContains("/edit?done=submit"));
        assertThat(browser.findElement(By.cssSelector(".item-status .status")).getText()).isEqualToIgnoringCase("Submitted");
        assertThat(browser.findElements(By.cssSelector("form.step-publish"))).isEmpty();
        signOut();

        signIn("ed@embassy.test");
        browser.get(site.url(EditorPaths.LIST + "?status=submitted"));
        browser.findElement(By.linkText(TITLE)).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        browser.findElement(By.cssSelector("form.step-publish button")).click();
        wait.until(ExpectedConditions.urlContains("/edit?done=publish"));
        assertThat(browser.findElement(By.cssSelector(".item-status .status")).getText()).isEqualToIgnoringCase("Published");

        browser.get(site.url("/en/"));
        WebElement listed = browser.findElement(By.cssSelector(".latest .publication-list li:first-child .listed-headline a"));
        assertThat(listed.getText()).startsWith(TITLE);
        listed.click();
        wait.until(d -> !d.findElements(By.cssSelector("article .transcript .turn")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("article .transcript .turn"))).hasSize(4);
    }

    @Test
    void text_typed_but_never_saved_is_offered_back_after_the_session_was_lost() {
        signIn("ann@embassy.test");
        browser.get(site.url(EditorPaths.NEW));
        field("title").sendKeys("Statement typed before the session ran out");
        field("body").sendKeys("Every word of it.");
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return localStorage.getItem('chancery.editor.new')") != null);
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript(
                "return localStorage.getItem('chancery.editor.new')")).contains("Every word of it."));

        browser.manage().deleteAllCookies();
        leave(site.url("/admin/sign-in"));
        signIn("ann@embassy.test");
        browser.get(site.url(EditorPaths.NEW));

        WebElement notice = browser.findElement(By.cssSelector("[data-backup-notice]"));
        wait.until(ExpectedConditions.visibilityOf(notice));
        notice.findElement(By.cssSelector("[data-backup-restore]")).click();
        assertThat(field("title").getAttribute("value")).isEqualTo("Statement typed before the session ran out");
        assertThat(field("body").getAttribute("value")).isEqualTo("Every word of it.");
        assertThat(notice.isDisplayed()).isFalse();
        wait.until(d -> !d.findElements(By.cssSelector("[data-preview-pane] article")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        leave(site.url("/admin"));
    }

    /** Goes to {@code url}, answering the page's question about leaving unsaved changes. */
    private static void leave(String url) {
        browser.get(url);
        try {
            browser.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // no unsaved changes to ask about
        }
    }

    private static WebElement field(String name) {
        return browser.findElement(By.cssSelector("form.editor-form [name='" + name + "']"));
    }

    private static void signIn(String email) {
        browser.get(site.url("/admin/sign-in"));
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(site.url("/admin")));
    }

    private static void signOut() {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/admin/sign-in"));
    }
}

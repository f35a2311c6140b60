package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Passwords, tokens and session ids never reach the logs, even when a request fails. */
class SecretsStayOutOfLogsTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private TestSite site;

    @BeforeEach
    void capture() {
        logs.start();
        root.addAppender(logs);
        site = TestSite.sample();
    }

    @AfterEach
    void release() {
        site.close();
        root.detachAppender(logs);
    }

    private String logged() {
        StringBuilder all = new StringBuilder();
        logs.list.forEach(e -> {
            all.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                all.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        });
        return all.toString();
    }

    @Test
    void sign_ins_lockouts_and_failures_log_no_secret() {
        site.addUser("editor@embassy.example", Role.EDITOR);
        Browser browser = site.browser();
        for (int i = 0; i < 5; i++) {
            browser.submit("/admin/sign-in", "form.sign-in",
                    Map.of("email", "typed password", "password", "secret attempt " + i));
        }
        Browser editor = site.browser().signIn("editor@embassy.example");
        String session = editor.cookie("chancery_session").orElseThrow();
        String csrf = editor.page("/admin").select("form.sign-out input[name=_csrf]").val();
        String token = site.app().accounts().tokens().create("editor@embassy.example", "");
        String setup = site.app().accounts().setup().offerIfNoAdmin().orElseThrow();
        site.app().database().jdbi().useHandle(h -> h.execute("DROP TABLE setup_tokens"));
        assertThat(site.browser().get("/admin/setup/" + setup).statusCode()).isEqualTo(500);

        String logged = logged();

        assertThat(logged).contains("signed in", "Too many failed sign-ins", "/admin/setup/(token)");
        for (String secret : List.of("secret attempt", "typed password", TestSite.PASSWORD, session, csrf, token,
                token.substring(4), setup)) {
            assertThat(logged).as("logs").doesNotContain(secret);
        }
    }
}

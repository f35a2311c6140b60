package org.chancery.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser on a {@link TestSite}: it keeps its cookies, does not follow redirects and
 * submits forms as they are on the page (hidden fields such as {@code _csrf} included).
 */
public final class Browser {
    private final TestSite site;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    Browser(TestSite site) {
        this.site = site;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** GETs a page that must answer {@code status} and returns its parsed HTML. */
    public Document page(String path, int status) {
        return parse(expect(get(path), status));
    }

    public Document page(String path) {
        return page(path, 200);
    }

    /** POSTs form fields, in order, as {@code application/x-www-form-urlencoded}. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits a form of a page: its own fields with their values (checked boxes only, as a browser
     * sends them), then {@code filled} over them.
     */
    public HttpResponse<String> submit(Element form, Map<String, String> filled) {
        return send(form, filled);
    }

    /**
     * Sends a form as a browser would: the fields it would send (checked boxes only, the selected
     * option, text areas as written, nothing from disabled fields), then {@code filled} over them,
     * to {@code action}, encoded as the form's {@code enctype} says.
     */
    public HttpResponse<String> send(Element form, String action, Map<String, String> filled) {
        Map<String, String> fields = new LinkedHashMap<>(fields(form));
        fields.putAll(filled);
        return "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))
                ? postMultipart(action, fields)
                : post(action, fields);
    }

    public HttpResponse<String> send(Element form, Map<String, String> filled) {
        return send(form, form.attr("action"), filled);
    }

    /** The fields a browser would send for {@code form} as it stands. */
    public static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element el : form.select("input[name], textarea[name], select[name]")) {
            if (el.closest("fieldset[disabled]") != null || el.hasAttr("disabled")) {
                continue;
            }
            String type = el.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (el.is("textarea")) {
                fields.put(el.attr("name"), el.wholeText());
            } else if (el.is("select")) {
                Element option = el.selectFirst("option[selected]");
                option = option == null ? el.selectFirst("option") : option;
                fields.put(el.attr("name"), option == null ? "" : option.attr("value"));
            } else if ((type.equals("checkbox") || type.equals("radio"))) {
                if (el.hasAttr("checked")) {
                    fields.put(el.attr("name"), el.hasAttr("value") ? el.val() : "on");
                }
            } else if (!type.equals("submit") && !type.equals("button")) {
                fields.put(el.attr("name"), el.val());
            }
        }
        return fields;
    }

    /** POSTs form fields as {@code multipart/form-data}, as a browser sends a form with that enctype. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String... headers) {
        String boundary = "----chancery" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /**
     * POSTs fields and one file as {@code multipart/form-data}, the file in the field {@code file}, as a
     * browser uploads one; like curl, it waits for "100 Continue" before sending the body.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----chancery" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Opens the page at {@code path}, fills its form {@code selector} and submits it. */
    public HttpResponse<String> submit(String path, String selector, Map<String, String> filled) {
        Element form = page(path).selectFirst(selector);
        assertThat(form).as("form " + selector + " on " + path).isNotNull();
        return submit(form, filled);
    }

    /** Signs in through the sign-in form and checks that it worked. */
    public Browser signIn(String email, String password) {
        HttpResponse<String> response = submit("/admin/sign-in", "form.sign-in",
                Map.of("email", email, "password", password));
        assertThat(response.statusCode()).as("sign-in of " + email).isEqualTo(303);
        return this;
    }

    /** Signs in as a user that {@link TestSite#addUser} made. */
    public Browser signIn(String email) {
        return signIn(email, TestSite.PASSWORD);
    }

    /** The value of a cookie this browser holds for the site. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(URI.create(site.url("/admin/"))).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    public static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri().getPath())
                .isEqualTo(status);
        return response;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(site.url(path)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

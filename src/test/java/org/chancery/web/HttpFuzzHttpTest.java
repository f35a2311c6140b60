package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.account.Role;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random requests at the whole HTTP surface of the sample site, over raw sockets so that
 * nothing is tidied on the way: methods known and invented, the site's addresses and mangled
 * ones, queries with stray bytes, ranges, content codings, validators, content types and
 * bodies. None may be answered with a server error or hang, every label of the request
 * metrics must come from a closed set whatever was sent, and the heap must stay flat. The generator is seeded: the seed is printed, and {@code -Dchancery.fuzz.seed=N}
 * replays a failure; {@code -Dchancery.fuzz.requests=N} runs more of them.
 */
class HttpFuzzHttpTest {
    private static final long SEED = Long.getLong("chancery.fuzz.seed", System.nanoTime());
    private static final int REQUESTS = Integer.getInteger("chancery.fuzz.requests", 1500);
    /** A liveness bound, far above any answer's normal time: an answer slower than this is a hang. */
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final String[] KNOWN_METHODS = {"GET", "GET", "GET", "GET", "HEAD", "HEAD", "POST", "POST", "PUT",
        "PATCH", "DELETE", "OPTIONS", "TRACE"};
    private static final String[] PATHS = {"/", "/en", "/en/", "/en/news", "/en/news/", "/en/news/page/1",
        "/en/news/page/2", "/en/news/type/interview", "/en/news/1", "/en/news/1-x", "/en/news/2", "/en/news/999999",
        "/en/search", "/en/search?q=lavrov", "/en/feed.xml", "/en/atom.xml", "/en/feed/interview.xml",
        "/en/atom/statement.xml", "/sitemap.xml", "/sitemaps/1.xml", "/robots.txt", "/assets/site.css",
        "/assets/editor.js", "/api/v1/publications", "/api/v1/publications/1", "/api/v1/publications/1/revisions",
        "/api/v1/publications/1/publish", "/api/v1/search?q=pandemic", "/api/v1/openapi.json", "/api/v1/media",
        "/admin", "/admin/", "/admin/sign-in", "/admin/publications", "/admin/media", "/admin/setup/x", "/metrics",
        "/metrics/", "/healthz", "/readyz", "/favicon.ico", "/ru", "/ru/news", "/xx/news", "/en/contacts"};
    private static final String[] CODINGS = {"gzip", "br", "deflate", "zstd", "identity", "*", "compress", "x-y"};

    private static TestSite site;
    private static String media;
    private final Random random = new Random(SEED);

    @BeforeAll
    static void start() {
        System.out.println("HttpFuzzHttpTest seed: " + SEED + " (replay with -Dchancery.fuzz.seed=" + SEED + ")");
        site = TestSite.sample();
        String token = Staff.of(site).add("ed@embassy.test", Role.EDITOR).token();
        byte[] gif = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        HttpResponse<String> upload = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/media?name=dot.gif")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gif)).build());
        media = upload.headers().firstValue("Location").orElseThrow();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** What one request got: the status (0 when the server closed without answering) and how long it took. */
    private record Answer(int status, Duration took) {
    }

    @Test
    void no_request_gets_a_server_error_or_hangs_and_nothing_grows_with_their_variety() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        int[] seriesAfter = new int[3];
        List<Set<List<String>>> requestSeries = new ArrayList<>();
        long[] heapAfter = new long[3];
        seriesAfter[0] = series();
        heapAfter[0] = heap();
        requestSeries.add(requestSeries());
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < REQUESTS; i++) {
                String request = request();
                Answer answer = send(request);
                slowest = answer.took().compareTo(slowest) > 0 ? answer.took() : slowest;
                boolean serverError = answer.status() >= 500 && !(answer.status() == 501 && inventedMethod(request));
                if (serverError || answer.took().compareTo(HANG) > 0) {
                    failures.add(answer.status() + " in " + answer.took().toMillis() + " ms for:\n"
                            + request.substring(0, Math.min(request.length(), 600)));
                    failed.add(request);
                }
            }
            seriesAfter[round] = series();
            heapAfter[round] = heap();
            requestSeries.add(requestSeries());
        }
        Set<List<String>> labels = requestSeries.get(2);
        System.out.printf("HttpFuzzHttpTest: %d requests, slowest %d ms, metric lines %d -> %d -> %d, request"
                + " series %d -> %d -> %d, heap used %d -> %d -> %d MB%n", 2 * REQUESTS, slowest.toMillis(),
                seriesAfter[0], seriesAfter[1], seriesAfter[2], requestSeries.get(0).size(), requestSeries.get(1).size(),
                labels.size(), heapAfter[0] >> 20, heapAfter[1] >> 20, heapAfter[2] >> 20);

        if (!failed.isEmpty()) {
            // whole, byte for byte, for replaying with nc or curl
            Files.write(Path.of("target", "http-fuzz-failures.txt"), String.join("\n\n", failed)
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        assertThat(failures).as("seed " + SEED + " (whole requests in target/http-fuzz-failures.txt)").isEmpty();
        // every label of the request metrics comes from a closed set: the methods HTTP defines (or "other"),
        // the routes' templates (or "unmatched"), the statuses; whatever was sent adds no label value of its own
        String as = "seed " + SEED + ": request metric labels";
        assertThat(labels).as(as).allSatisfy(series -> {
            assertThat(series.get(0)).isIn("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
                    "CONNECT", "other");
            assertThat(series.get(1)).matches("unmatched|/[A-Za-z0-9/{}<>._-]*").doesNotContain("%").hasSizeLessThan(80);
            assertThat(series.get(2)).matches("[1-5][0-9][0-9]");
        });
        assertThat(labels.stream().map(series -> series.get(1)).distinct().count()).as(as).isLessThan(100);
        assertThat(heapAfter[2] - heapAfter[1]).as("seed " + SEED + ": heap growth in the second round")
                .isLessThan(96L << 20);
    }

    private String request() {
        String method = method();
        String target = target();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\n").append("Connection: close\r\n");
        int headers = random.nextInt(5);
        for (int i = 0; i < headers; i++) {
            head.append(header()).append("\r\n");
        }
        byte[] body = body();
        if (body.length > 0 || random.nextInt(4) == 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return head + new String(body, StandardCharsets.ISO_8859_1);
    }

    private String method() {
        return switch (random.nextInt(10)) {
            case 0 -> randomToken(1 + random.nextInt(12));
            case 1 -> randomToken(3).toLowerCase(java.util.Locale.ROOT) + "X";
            default -> pick(KNOWN_METHODS);
        };
    }

    private static boolean inventedMethod(String request) {
        String method = request.substring(0, request.indexOf(' '));
        return !List.of(KNOWN_METHODS).contains(method);
    }

    private String target() {
        String path = random.nextInt(8) == 0 ? media : pick(PATHS);
        switch (random.nextInt(10)) {
            case 0 -> path = path + "/";
            case 1 -> path = "/" + path;
            case 2 -> path = path + (path.contains("?") ? "&" : "?") + randomQuery();
            case 3 -> path = path + "/" + randomSegment();
            case 4 -> path = path.replace("/en", "/" + randomSegment());
            case 5 -> path = path + "/../" + randomSegment();
            case 6 -> path = path.toUpperCase(java.util.Locale.ROOT);
            default -> {
                // the address as it is
            }
        }
        return path;
    }

    private String header() {
        return switch (random.nextInt(12)) {
            case 0 -> "Range: " + range();
            case 1 -> "If-Range: " + (random.nextBoolean() ? "\"abc\"" : "Mon, 07 Dec 2026 10:00:00 GMT");
            case 2 -> "Accept-Encoding: " + acceptEncoding();
            case 3 -> "If-None-Match: " + pick(new String[] {"*", "\"x\"", "W/\"y\"", "\"", randomSegment()});
            case 4 -> "If-Modified-Since: " + pick(new String[] {"Mon, 07 Dec 2026 10:00:00 GMT",
                "Monday, 07-Dec-26 10:00:00 GMT", "Mon Dec  7 10:00:00 2026", "yesterday", "Mon, 7 Dec 2026"});
            case 5 -> "Content-Type: " + pick(new String[] {"application/json", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "multipart/form-data", "text/plain", "application/json; charset=x",
                randomSegment()});
            case 6 -> "Authorization: Bearer " + randomSegment();
            case 7 -> "Cookie: chancery_session=" + randomSegment() + "; csrf=" + randomSegment();
            case 8 -> "X-Forwarded-For: " + pick(new String[] {"1.2.3.4", "::1", "dead.beef", "unknown", "300.1.1.1"});
            case 9 -> "Accept-Language: " + pick(new String[] {"ru", "en;q=0.1", "*", "zz-ZZ", ";;"});
            case 10 -> "Accept: " + pick(new String[] {"application/json", "text/html", "*/*", "application/xml",
                "image/*;q=0"});
            default -> "X-" + randomToken(5) + ": " + randomSegment();
        };
    }

    private String range() {
        return switch (random.nextInt(8)) {
            case 0 -> "bytes=99999-";
            case 1 -> "bytes=-100";
            case 2 -> "bytes=0-0,5-10";
            case 3 -> "bytes=" + random.nextInt(100) + "-" + random.nextInt(100);
            case 4 -> "bytes=-0";
            case 5 -> "bytes=0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0,0-0";
            case 6 -> "items=0-5";
            default -> "bytes=" + randomSegment();
        };
    }

    private String acceptEncoding() {
        int n = 1 + random.nextInt(4);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String coding = pick(CODINGS);
            parts.add(random.nextBoolean() ? coding : coding + ";q=" + pick(new String[] {"0", "0.5", "1", "1.0",
                "0.001", "2", "x"}));
        }
        return String.join(random.nextBoolean() ? ", " : ",", parts);
    }

    private byte[] body() {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"title\": \"x\"} {\"second\": 1}".getBytes(StandardCharsets.UTF_8);
            case 1 -> "email=a%00b&password=x&csrf=y".getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> new byte[0];
        };
    }

    private String randomQuery() {
        return randomToken(1 + random.nextInt(6)).toLowerCase(java.util.Locale.ROOT) + "=" + randomSegment();
    }

    /** A path segment of random printable characters and percent-escaped bytes, %00 and invalid UTF-8 among them. */
    private String randomSegment() {
        int length = random.nextInt(10) == 0 ? 2000 + random.nextInt(4000) : 1 + random.nextInt(20);
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                segment.append('%').append(String.format("%02X", random.nextInt(256)));
            } else {
                segment.append((char) ('a' + random.nextInt(26)));
            }
        }
        return segment.toString();
    }

    private String randomToken(int length) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append((char) ('A' + random.nextInt(26)));
        }
        return token.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Sends the request as it is and reads the status line; 0 when the server closed the connection first. */
    private static Answer send(String request) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", site.app().port())) {
            socket.setSoTimeout((int) HANG.multipliedBy(2).toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may refuse a request before it has all been sent, and say why below
            }
            String status = statusLine(socket.getInputStream());
            drain(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Answer(status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : 0, took);
        } catch (SocketTimeoutException e) {
            return new Answer(0, HANG.multipliedBy(2));
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        } catch (java.net.SocketException e) {
            // reset by the server: no answer
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the answer's status is all that matters
        }
    }

    private static int series() {
        return (int) site.get("/metrics").body().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count();
    }

    /** The method, route and status of each series of the request metrics. */
    private static Set<List<String>> requestSeries() {
        Pattern label = Pattern.compile("(method|route|status)=\"([^\"]*)\"");
        Set<List<String>> series = new HashSet<>();
        site.get("/metrics").body().lines().filter(l -> l.startsWith("chancery_http_requests_seconds_count{"))
                .forEach(line -> {
                    Map<String, String> values = new HashMap<>();
                    Matcher m = label.matcher(line);
                    while (m.find()) {
                        values.put(m.group(1), m.group(2));
                    }
                    series.add(List.of(values.get("method"), values.get("route"), values.get("status")));
                });
        return series;
    }

    private static long heap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws bench/run's results as a PNG: for each URL a group of bars, one per server, of requests
 * per second (left) and of the 99th percentile latency (right). Run as a single-file program:
 * {@code java bench/Chart.java results.csv chart.png}. Headless AWT only, no other libraries.
 */
public final class Chart {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0x9ecae1), new Color(0xd62728),
        new Color(0x2ca02c), new Color(0xff7f0e)};
    private static final int PANEL_WIDTH = 640;
    private static final int HEIGHT = 460;
    private static final int TOP = 60;
    private static final int BOTTOM = 90;
    private static final int LEFT = 70;

    /** One CSV row: a URL's label, the server, its median requests per second and p99 latency. */
    record Row(String url, String server, double requestsPerSecond, double p99Millis, boolean alike) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/Chart.java RESULTS.csv CHART.png");
            System.exit(2);
        }
        List<Row> rows = read(Path.of(args[0]));
        if (rows.isEmpty()) {
            System.err.println("Chart: no results in " + args[0]);
            System.exit(1);
        }
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        panel(g, 0, rows, "Requests per second (higher is better)", Row::requestsPerSecond);
        panel(g, PANEL_WIDTH, rows, "p99 latency, ms (lower is better)", Row::p99Millis);
        legend(g, servers(rows));
        g.dispose();
        ImageIO.write(image, "png", Path.of(args[1]).toFile());
    }

    private static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            rows.add(new Row(f[header.indexOf("url")], f[header.indexOf("server")],
                    Double.parseDouble(f[header.indexOf("requests_per_s")]), Double.parseDouble(f[header.indexOf("p99_ms")]),
                    !"no".equals(f[header.indexOf("like_for_like")])));
        }
        return rows;
    }

    private static List<String> servers(List<Row> rows) {
        Set<String> servers = new LinkedHashSet<>();
        rows.forEach(r -> servers.add(r.server()));
        return List.copyOf(servers);
    }

    private static void panel(Graphics2D g, int x0, List<Row> rows, String title, ToDoubleFunction<Row> value) {
        Map<String, List<Row>> byUrl = new LinkedHashMap<>();
        rows.forEach(r -> byUrl.computeIfAbsent(r.url(), k -> new ArrayList<>()).add(r));
        List<String> servers = servers(rows);
        double max = niceCeiling(rows.stream().mapToDouble(value).max().orElse(1));
        int plotWidth = PANEL_WIDTH - LEFT - 20;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseY = TOP + plotHeight;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, x0 + LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            double v = max * i / 5;
            int y = baseY - (int) Math.round(plotHeight * i / 5.0);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(x0 + LEFT, y, x0 + LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = format(v);
            g.drawString(label, x0 + LEFT - 6 - fm.stringWidth(label), y + 4);
        }
        int groupWidth = plotWidth / byUrl.size();
        int barWidth = Math.max(4, (groupWidth - 16) / servers.size());
        int group = 0;
        for (var entry : byUrl.entrySet()) {
            int gx = x0 + LEFT + group * groupWidth + 8;
            for (Row row : entry.getValue()) {
                int s = servers.indexOf(row.server());
                double v = value.applyAsDouble(row);
                int h = (int) Math.round(plotHeight * v / max);
                int bx = gx + s * barWidth;
                g.setColor(COLOURS[s % COLOURS.length]);
                g.fillRect(bx, baseY - h, barWidth - 2, h);
                g.setColor(Color.DARK_GRAY);
                // the value above the bar, written upwards so narrow bars keep readable labels
                int cx = bx + barWidth / 2;
                g.rotate(-Math.PI / 2, cx, baseY - h - 4);
                g.drawString(format(v), cx, baseY - h - 4 + fm.getAscent() / 2 - 1);
                g.rotate(Math.PI / 2, cx, baseY - h - 4);
            }
            g.setColor(Color.BLACK);
            String name = entry.getValue().get(0).alike() ? entry.getKey() : entry.getKey() + " *";
            g.drawString(name, gx + (groupWidth - 16 - fm.stringWidth(name)) / 2, baseY + 16);
            group++;
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawLine(x0 + LEFT, baseY, x0 + LEFT + plotWidth, baseY);
        g.drawLine(x0 + LEFT, TOP, x0 + LEFT, baseY);
    }

    private static void legend(Graphics2D g, List<String> servers) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = LEFT;
        int y = HEIGHT - 40;
        for (int s = 0; s < servers.size(); s++) {
            g.setColor(COLOURS[s % COLOURS.length]);
            g.fillRect(x, y - 10, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(servers.get(s), x + 18, y);
            x += 30 + g.getFontMetrics().stringWidth(servers.get(s));
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("* not like-for-like: nginx serves the search page without results", LEFT, HEIGHT - 16);
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code v}, so the axis has round numbers. */
    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (v >= 100) {
            return String.format("%,.0f", v);
        }
        return v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}

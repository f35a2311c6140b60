package org.chancery.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chancery.media.Focus;
import org.chancery.media.MediaFile;
import org.chancery.media.MediaKind;
import org.chancery.media.MediaStore;
import org.chancery.media.Renditions;

/**
 * Renditions benchmark (not a test): makes every rendition of a generated 12-megapixel
 * (4000 x 3000) JPEG N times, as the background does after an upload (one decode, then each
 * rendition), and prints renditions per second and the peak heap. Run by {@code bench/renditions}.
 */
public final class RenditionsBenchmark {
    private RenditionsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("chancery-renditions-bench");
        try {
            Path original = dir.resolve("photo.jpg");
            ImageIO.write(photo(4000, 3000), "jpg", original.toFile());
            String sha = "ab" + "0".repeat(62);
            MediaFile file = new MediaFile(1, "ab/" + sha + "-photo.jpg", "photo.jpg", MediaKind.JPEG,
                    Files.size(original), Instant.EPOCH, "", Focus.CENTRE);
            Path media = dir.resolve("media");
            Renditions renditions = new Renditions(new MediaStore(media), Clock.systemUTC());
            System.out.printf("original: 4000 x 3000 JPEG, %,d bytes; max heap %,d MiB%n", Files.size(original),
                    Runtime.getRuntime().maxMemory() >> 20);

            renditions.makeAll(file, original);  // warm-up: JIT and the ImageIO registry
            deleteRenditions(media);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);

            long made = 0;
            long started = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                made += renditions.makeAll(file, original);
                deleteRenditions(media);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%d rounds, %d renditions in %.2f s: %.1f renditions/s, %.2f s per image%n",
                    rounds, made, seconds, made / seconds, seconds / rounds);
            System.out.printf("peak heap used (sum of the heap pools' peaks): %,d MiB; now %,d MiB%n", peak >> 20,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        } finally {
            deleteTree(dir);
        }
    }

    /** A photograph-like picture: gradients and noise, so the JPEG is of a camera's size. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, new Color(220, 180, 90)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void deleteRenditions(Path media) throws IOException {
        deleteTree(media.resolve("r"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

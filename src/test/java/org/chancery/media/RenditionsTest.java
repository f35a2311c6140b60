package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.chancery.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renditions: their sizes, their crops around the focal point, upright, and without the original's metadata. */
class RenditionsTest {
    @TempDir
    Path dir;

    private final String sha = "ab" + "0".repeat(62);

    @Test
    void no_rendition_is_wider_than_the_image() throws IOException {
        Path original = original("jpg", TestImages.jpeg(1000, 750));
        MediaFile file = file("jpg", Focus.CENTRE);
        Renditions renditions = renditions();

        List<Rendition> made = renditions.of(file, original);
        assertThat(made).extracting(Rendition::name).containsExactly("w320", "w640", "w960", "w1280", "card",
                "thumb-w320", "thumb-w640", "thumb-w960", "square-w320", "square-w640");
        assertThat(renditions.makeAll(file, original)).isEqualTo(made.size());
        assertThat(renditions.ready(file, made)).isEqualTo(made.size());

        assertThat(read(renditions.path(file, Rendition.named("w640").orElseThrow())).getWidth()).isEqualTo(640);
        BufferedImage widest = read(renditions.path(file, Rendition.named("w1280").orElseThrow()));
        assertThat(widest.getWidth()).isEqualTo(1000);
        assertThat(widest.getHeight()).isEqualTo(750);
        BufferedImage card = read(renditions.path(file, Rendition.named("card").orElseThrow()));
        assertThat(card.getWidth()).isEqualTo(1000);
    }

    @Test
    void an_image_narrower_than_320_has_one_of_each_at_its_own_width() {
        assertThat(Rendition.of(200, 100)).extracting(Rendition::name)
                .containsExactly("w320", "card", "thumb-w320", "square-w320");
        assertThat(Rendition.named("w320").orElseThrow().size(200, 100)).containsExactly(200, 100);
    }

    @Test
    void crops_have_their_ratios() throws IOException {
        Path original = original("png", TestImages.png(2600, 1700));
        MediaFile file = file("png", Focus.CENTRE);
        Renditions renditions = renditions();
        renditions.makeAll(file, original);

        BufferedImage card = read(renditions.path(file, Rendition.named("card").orElseThrow()));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(628);
        BufferedImage thumb = read(renditions.path(file, Rendition.named("thumb-w640").orElseThrow()));
        assertThat(thumb.getWidth()).isEqualTo(640);
        assertThat(thumb.getHeight()).isEqualTo(360);
        BufferedImage square = read(renditions.path(file, Rendition.named("square-w320").orElseThrow()));
        assertThat(square.getWidth()).isEqualTo(320);
        assertThat(square.getHeight()).isEqualTo(320);
    }

    @Test
    void the_focal_point_moves_the_crop_and_its_address() throws IOException {
        // red top left, green top right, blue bottom left, yellow bottom right
        Path original = original("png", TestImages.png(800, 400));
        Rendition square = Rendition.named("square-w320").orElseThrow();
        Renditions renditions = renditions();

        MediaFile left = file("png", new Focus(0, 0.5));
        BufferedImage leftCrop = read(renditions.file(left, original, square).orElseThrow());
        MediaFile right = file("png", new Focus(1, 0.5));
        BufferedImage rightCrop = read(renditions.file(right, original, square).orElseThrow());

        assertThat(near(leftCrop.getRGB(40, 40), Color.RED)).isTrue();
        assertThat(near(rightCrop.getRGB(40, 40), Color.GREEN)).isTrue();
        assertThat(Renditions.url(left, square)).endsWith("/square-w320-f0-50.jpg");
        assertThat(Renditions.url(right, square)).endsWith("/square-w320-f100-50.jpg");
        assertThat(Renditions.url(left, Rendition.named("w640").orElseThrow())).endsWith("/w640.jpg");
    }

    @Test
    void a_photo_stored_on_its_side_is_turned_upright() throws IOException {
        Path original = original("jpg", withExif(TestImages.jpeg(400, 200), 6));
        MediaFile file = file("jpg", Focus.CENTRE);
        Renditions renditions = renditions();

        BufferedImage upright = read(renditions.file(file, original, Rendition.named("w320").orElseThrow()).orElseThrow());

        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(upright.getHeight()).isEqualTo(400);
        // turned clockwise: the bottom left (blue) comes to the top left
        assertThat(near(upright.getRGB(20, 20), Color.BLUE)).isTrue();
    }

    @Test
    void renditions_carry_no_exif_and_no_gps() throws IOException {
        byte[] photo = withExif(TestImages.jpeg(700, 500), 1);
        assertThat(appSegments(photo)).contains(0xE1);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif").contains("SERIAL-4711");
        Path original = original("jpg", photo);
        MediaFile file = file("jpg", Focus.CENTRE);
        Renditions renditions = renditions();
        renditions.makeAll(file, original);

        for (Rendition rendition : renditions.of(file, original)) {
            byte[] made = Files.readAllBytes(renditions.path(file, rendition));
            assertThat(appSegments(made)).as(rendition.name()).containsOnly(0xE0);  // JFIF alone
            assertThat(new String(made, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("SERIAL-4711");
        }
    }

    @Test
    void transparency_is_flattened_on_white() throws IOException {
        BufferedImage clear = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Path original = original("png", TestImages.encode(clear, "png"));
        MediaFile file = file("png", Focus.CENTRE);

        BufferedImage made = read(renditions().file(file, original, Rendition.named("w320").orElseThrow()).orElseThrow());

        assertThat(near(made.getRGB(100, 100), Color.WHITE)).isTrue();
    }

    @Test
    void only_the_first_frame_of_a_gif_is_read_and_a_pdf_has_none() throws IOException {
        Path original = original("gif", TestImages.gif(500, 300));
        MediaFile gif = file("gif", Focus.CENTRE);
        assertThat(renditions().file(gif, original, Rendition.named("w320").orElseThrow())).isPresent();

        MediaFile pdf = file("pdf", Focus.CENTRE);
        assertThat(renditions().file(pdf, original, Rendition.named("w320").orElseThrow())).isEmpty();
        assertThat(renditions().of(pdf, original)).isEmpty();
    }

    @Test
    void another_nodes_claim_is_left_alone() throws IOException {
        Path original = original("jpg", TestImages.jpeg(700, 500));
        MediaFile file = file("jpg", Focus.CENTRE);
        Path claim = Files.createDirectories(dir.resolve("media/r/ab")).resolve("." + sha + ".claim");
        Files.createFile(claim);

        assertThat(renditions().makeAll(file, original)).isZero();
        Files.delete(claim);
        assertThat(renditions().makeAll(file, original)).isPositive();
        assertThat(renditions().makeAll(file, original)).isZero();
    }

    private Renditions renditions() {
        return new Renditions(new MediaStore(dir.resolve("media")), Clock.systemUTC());
    }

    private MediaFile file(String extension, Focus focus) {
        MediaKind kind = MediaKind.byExtension(extension).orElseThrow();
        return new MediaFile(1, "ab/" + sha + "-photo." + extension, "photo." + extension, kind, 1,
                Instant.EPOCH, "", focus);
    }

    private Path original(String extension, byte[] bytes) throws IOException {
        return Files.write(dir.resolve("original." + extension), bytes);
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a JPEG at " + file).isNotNull();
        return image;
    }

    private static boolean near(int rgb, Color expected) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - expected.getRed()) < 40 && Math.abs(c.getGreen() - expected.getGreen()) < 40
                && Math.abs(c.getBlue() - expected.getBlue()) < 40;
    }

    /** The APPn markers (0xE0 to 0xEF) of a JPEG, in order, up to its image data. */
    static List<Integer> appSegments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            if (marker >= 0xE0 && marker <= 0xEF) {
                markers.add(marker);
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    /**
     * {@code jpeg} with an EXIF segment as a phone writes one: the orientation, a camera serial
     * and a GPS latitude, built by hand (big-endian TIFF) after its JFIF header.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(80);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation, serial (ASCII at 56), GPS IFD pointer (at 44)
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0xA431).putShort((short) 2).putInt(12).putInt(56);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(44);
        tiff.putInt(0);
        // GPS IFD at 44: latitude ref N
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        tiff.position(56);
        tiff.put("SERIAL-4711\0".getBytes(StandardCharsets.US_ASCII));
        byte[] exif = new byte[6 + 68];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, 68);
        int app0End = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}

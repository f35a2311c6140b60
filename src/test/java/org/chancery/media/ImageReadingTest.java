package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.chancery.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are measured from their header before any decoding, and refused when they are bombs or broken. */
class ImageReadingTest {
    @TempDir
    Path dir;

    @Test
    void a_png_declaring_40000_by_40000_pixels_is_refused_before_it_is_decoded() throws IOException {
        byte[] bomb = TestImages.pngDeclaring(40_000, 40_000);
        assertThat(bomb.length).isLessThan(2_000);
        Path file = write("bomb.png", bomb);

        long started = System.nanoTime();
        assertThatThrownBy(() -> ImageReading.check(file, MediaKind.PNG))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.TOO_MANY_PIXELS));
        // liveness only: decoding 1.6 billion pixels would take far longer, or run out of memory
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_side_over_the_limit_is_refused_even_with_few_pixels() throws IOException {
        Path file = write("strip.png", TestImages.pngDeclaring(ImageReading.MAX_SIDE + 1, 1));
        assertThatThrownBy(() -> ImageReading.check(file, MediaKind.PNG))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.TOO_MANY_PIXELS));
    }

    @Test
    void whole_images_of_each_kind_are_read_with_their_size() throws IOException {
        assertThat(ImageReading.check(write("a.jpg", TestImages.jpeg(300, 200)), MediaKind.JPEG))
                .isEqualTo(new ImageReading.Size(300, 200));
        assertThat(ImageReading.check(write("a.png", TestImages.png(30, 20)), MediaKind.PNG))
                .isEqualTo(new ImageReading.Size(30, 20));
        assertThat(ImageReading.check(write("a.gif", TestImages.gif(17, 9)), MediaKind.GIF))
                .isEqualTo(new ImageReading.Size(17, 9));
    }

    @Test
    void a_jpeg_cut_short_is_refused() throws IOException {
        byte[] whole = TestImages.jpeg(400, 300);
        Path file = write("cut.jpg", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> ImageReading.check(file, MediaKind.JPEG))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNREADABLE));
    }

    @Test
    void a_png_cut_short_is_refused() throws IOException {
        byte[] whole = TestImages.png(400, 300);
        Path file = write("cut.png", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> ImageReading.check(file, MediaKind.PNG))
                .isInstanceOf(MediaException.class);
    }

    @Test
    void a_file_whose_first_bytes_lie_is_not_an_image() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] lying = new byte[pdf.length + 3];
        lying[0] = (byte) 0xFF;
        lying[1] = (byte) 0xD8;
        lying[2] = (byte) 0xFF;
        System.arraycopy(pdf, 0, lying, 3, pdf.length);
        assertThatThrownBy(() -> ImageReading.check(write("lying.jpg", lying), MediaKind.JPEG))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNREADABLE));
    }

    @Test
    void a_pdf_named_jpg_is_refused_as_not_an_image_and_heic_by_name() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(MediaKind.of(pdf)).contains(MediaKind.PDF);
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'};
        assertThat(MediaKind.of(heic)).isEmpty();
        assertThat(MediaKind.heic(heic)).isTrue();
        assertThat(MediaKind.heic(pdf)).isFalse();
    }

    @Test
    void a_cmyk_jpeg_is_read() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                cmyk.setPixel(x, y, new int[] {x * 4, y * 5, 0, 20});
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(cmyk, null, null));
        } finally {
            writer.dispose();
        }
        // the Adobe segment Photoshop writes, saying the four channels are CMYK (transform 0)
        byte[] plain = bytes.toByteArray();
        ByteArrayOutputStream cmykJpeg = new ByteArrayOutputStream();
        cmykJpeg.write(plain, 0, 2);
        cmykJpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        cmykJpeg.write(plain, 2, plain.length - 2);
        Path file = write("cmyk.jpg", cmykJpeg.toByteArray());

        ImageReading.Decoded decoded = ImageReading.decode(file, MediaKind.JPEG);
        assertThat(decoded.size()).isEqualTo(new ImageReading.Size(64, 48));
        // converted to RGB (the JDK's own reader gives the four raw channels, which no JPEG writer takes)
        assertThat(decoded.image().getColorModel().getNumComponents()).isEqualTo(3);
    }

    @Test
    void large_images_are_decoded_subsampled_within_the_budget() {
        ImageReading.Size big = new ImageReading.Size(10_000, 5_000);
        int step = ImageReading.subsampling(big, ImageReading.DECODE_PIXELS);
        assertThat(step).isEqualTo(2);
        assertThat(ImageReading.subsampling(new ImageReading.Size(4000, 3000), ImageReading.DECODE_PIXELS)).isEqualTo(1);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}

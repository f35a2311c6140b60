package org.chancery.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * What renditions do to pixels: turn them upright, flatten transparency on white, cut, scale down
 * and write a JPEG. Scaling halves the image step by step with bilinear filtering, then makes the
 * last step bicubic: as sharp as a single bicubic step and without its aliasing on large reductions,
 * with nothing but the JDK (no scaling library resolves for this build).
 */
final class Pictures {
    /** The JPEG quality of renditions: small files, no visible blocks on photographs. */
    static final float QUALITY = 0.82f;

    private Pictures() {
    }

    /**
     * {@code image} on white, in RGB, turned by its EXIF {@code orientation} (1 to 8). An upright
     * opaque RGB image is used as it is: a copy of 12 megapixels would take 48 MB more of the heap.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int type = image.getType();
        if (orientation == 1 && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR)) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = orientation >= 5;
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The part of {@code image} of {@code width} by {@code height} whose centre is as near the focal
     * point as the edges allow.
     */
    static BufferedImage cut(BufferedImage image, int width, int height, Focus focus) {
        int x = clamp((int) Math.round(focus.x() * image.getWidth() - width / 2.0), image.getWidth() - width);
        int y = clamp((int) Math.round(focus.y() * image.getHeight() - height / 2.0), image.getHeight() - height);
        return image.getSubimage(x, y, width, height);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    /** {@code image} scaled down to {@code width} by {@code height}. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (w != width || h != height || current == image) {
            current = draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Writes {@code image} as a JPEG of {@link #QUALITY}. Its only metadata is the JFIF header the
     * writer makes: nothing of the original's EXIF (places, camera serials) comes along.
     */
    static void writeJpeg(BufferedImage image, OutputStream target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}

package my.etika.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font of Etika's PDF documents, regular or drawn bold, and the text it can print. Every string goes through
 * {@link #printable} before it is measured or shown, so no input makes PDFBox throw: a character the font has no
 * glyph for becomes {@code '?'}.
 */
public final class PdfFont {

    public static final char REPLACEMENT = '?';

    private final PDFont font;
    private final boolean bold;
    private final Map<Integer, Boolean> glyphs;
    /** Each code point's advance in glyph units: measuring a string is then a sum, not an encoding (tables). */
    private final Map<Integer, Float> advances;

    public PdfFont(PDFont font) {
        this(font, false, new HashMap<>(), new HashMap<>());
    }

    private PdfFont(PDFont font, boolean bold, Map<Integer, Boolean> glyphs, Map<Integer, Float> advances) {
        this.font = font;
        this.bold = bold;
        this.glyphs = glyphs;
        this.advances = advances;
    }

    /** The same font drawn bold: its outlines stroked as well as filled (the embedded font has no bold face). */
    public PdfFont emboldened() {
        return new PdfFont(font, true, glyphs, advances);
    }

    public PDFont pdFont() {
        return font;
    }

    public boolean bold() {
        return bold;
    }

    /**
     * The text as this font can show it: composed (NFC) so that a letter and its accent are one glyph, line breaks,
     * tabs and other controls as spaces, invisible format characters and variation selectors (emoji sequences)
     * dropped, and every other character without a glyph replaced by {@code '?'}, one per code point.
     */
    public String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (hasGlyph(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (!invisible(codePoint)) {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** The width in points of text already made {@link #printable}: the sum of its glyphs' advances. */
    public float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            units += advances.computeIfAbsent(codePoint, this::advance);
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    private float advance(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text made printable and broken into lines no wider than {@code maxWidth}: between words where possible,
     * inside a word (a long URL or handle) where not. Empty text gives one empty line.
     */
    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > maxWidth) {
                int cut = longestFittingPrefix(rest, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    // At least one code point, so that a column narrower than one glyph still makes progress.
    private int longestFittingPrefix(String word, float size, float maxWidth) {
        float used = 0;
        int end = 0;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float glyph = width(word.substring(end, next), size);
            if (end > 0 && used + glyph > maxWidth) {
                break;
            }
            used += glyph;
            end = next;
        }
        return end;
    }

    private boolean hasGlyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, this::encodes);
    }

    private boolean encodes(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            // PDFBox's way of saying the font or its encoding has no glyph for the character
            return false;
        }
    }

    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}

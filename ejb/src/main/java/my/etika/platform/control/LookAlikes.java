package my.etika.platform.control;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps the common look-alikes (Unicode "confusables") of Latin letters, digits, dots and hyphens to their ASCII
 * original, for text already in NFKC (which has folded full-width, mathematical, circled and ligature forms, and
 * {@code ℓ}). Only non-ASCII characters are mapped: ASCII {@code l} and {@code 1}, or {@code o} and {@code 0}, stay
 * distinct because they name distinct real domains.
 *
 * <p>A curated subset of Unicode's confusables.txt (UTS #39) for the Cyrillic, Greek, Armenian and Latin characters
 * that pass for a Latin letter in an address, instead of ICU4J (about 14 MB, nearly doubling the EAR) whose
 * skeletons also fold ASCII into ASCII ({@code rn} into {@code m}) and are not addresses any more.
 */
final class LookAlikes {

    private static final Map<Integer, Character> ASCII = new HashMap<>();

    static {
        // Sources are written as escapes on purpose: they are indistinguishable from their targets when printed.
        to('a', "\u0430\u0410\u03b1\u0391\u0251"); // Cyrillic а А, Greek α Α, Latin alpha ɑ
        to('b', "\u0432\u0412\u044c\u042c\u0392"); // Cyrillic в В ь Ь, Greek Β
        to('c', "\u0441\u0421\u03f2\u03f9"); // Cyrillic с С, Greek lunate sigma ϲ Ϲ
        to('d', "\u0501"); // Cyrillic komi de ԁ
        to('e', "\u0435\u0415\u0395"); // Cyrillic е Е, Greek Ε
        to('g', "\u0261"); // Latin script g ɡ
        to('h', "\u04bb\u043d\u041d\u0397\u0570"); // Cyrillic һ н Н, Greek Η, Armenian հ
        to('i', "\u0131\u0130\u0456\u0406\u03b9\u0399"); // dotless ı, dotted İ, Cyrillic і І, Greek ι Ι
        to('j', "\u0458\u0408\u0237\u03f3"); // Cyrillic ј Ј, dotless ȷ, Greek yot ϳ
        to('k', "\u043a\u041a\u03ba\u039a"); // Cyrillic к К, Greek κ Κ
        to('l', "\u04cf\u04c0\u01c0"); // Cyrillic palochka ӏ Ӏ, Latin dental click ǀ
        to('m', "\u043c\u041c\u039c"); // Cyrillic м М, Greek Μ
        to('n', "\u03b7\u039d\u0578"); // Greek η Ν, Armenian ո
        to('o', "\u043e\u041e\u03bf\u039f\u03c3\u0585"); // Cyrillic о О, Greek ο Ο σ, Armenian օ
        to('p', "\u0440\u0420\u03c1\u03a1"); // Cyrillic р Р, Greek ρ Ρ
        to('q', "\u051b\u051a"); // Cyrillic ԛ Ԛ
        to('r', "\u0433"); // Cyrillic г
        to('s', "\u0455\u0405"); // Cyrillic ѕ Ѕ
        to('t', "\u0442\u0422\u03c4\u03a4"); // Cyrillic т Т, Greek τ Τ
        to('u', "\u03c5\u057d"); // Greek υ, Armenian ս
        to('v', "\u03bd\u0475\u0474"); // Greek ν, Cyrillic izhitsa ѵ Ѵ
        to('w', "\u051d\u051c\u0461"); // Cyrillic ԝ Ԝ ѡ
        to('x', "\u0445\u0425\u03c7\u03a7\u00d7"); // Cyrillic х Х, Greek χ Χ, multiplication sign ×
        to('y', "\u0443\u0423\u04af\u04ae\u03b3\u03a5"); // Cyrillic у У ү Ү, Greek γ Υ
        to('z', "\u0396"); // Greek Ζ
        to('3', "\u0437\u0417"); // Cyrillic з З
        to('6', "\u0431"); // Cyrillic б
        to('.', "\u3002"); // ideographic full stop, a label separator for IDNA (NFKC brings ｡ to it)
        to('-', "\u2010\u2012\u2013\u2212"); // hyphen, figure dash, en dash, minus sign
    }

    private LookAlikes() {
    }

    private static void to(char ascii, String lookAlikes) {
        lookAlikes.codePoints().forEach(c -> ASCII.put(c, ascii));
    }

    /** {@code text} with each known look-alike, and each non-ASCII decimal digit, replaced by its ASCII original. */
    static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            Character ascii = c < 0x80 ? null : ASCII.get(c);
            if (ascii != null) {
                out.append(ascii.charValue());
            } else if (c >= 0x80 && Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

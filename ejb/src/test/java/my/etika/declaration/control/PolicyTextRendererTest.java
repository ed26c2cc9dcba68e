package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTextRendererTest {

    private static final String REL = "rel=\"noopener noreferrer nofollow\"";

    private static final String MALAY_POLICY = """
            ## Dasar Penggunaan Media Sosial

            Pegawai awam **hendaklah** mematuhi perkara berikut apabila menggunakan media sosial — \
            termasuk akaun peribadi:

            1. Tidak mendedahkan *maklumat rasmi* tanpa kebenaran.
            2. Tidak membuat kenyataan awam yang boleh memburukkan imej perkhidmatan awam.
               - termasuk komen dan perkongsian semula
            3. Merujuk [Pekeliling Perkhidmatan](https://www.jpa.gov.my/pekeliling?tahun=2026&no=1) \
            untuk butiran lanjut.

            Sebarang pertanyaan boleh diemel kepada [Unit Integriti](mailto:integriti@agensi.gov.my).
            """;

    private final PolicyTextRenderer renderer = new PolicyTextRenderer();

    @Test
    void malayPolicyWithNestedListAndLinksRendersAsHtml() {
        assertThat(renderer.toHtml(MALAY_POLICY))
                .isEqualTo("""
                        <h2>Dasar Penggunaan Media Sosial</h2>
                        <p>Pegawai awam <strong>hendaklah</strong> mematuhi perkara berikut apabila menggunakan \
                        media sosial — termasuk akaun peribadi:</p>
                        <ol>
                        <li>Tidak mendedahkan <em>maklumat rasmi</em> tanpa kebenaran.</li>
                        <li>Tidak membuat kenyataan awam yang boleh memburukkan imej perkhidmatan awam.
                        <ul>
                        <li>termasuk komen dan perkongsian semula</li>
                        </ul>
                        </li>
                        <li>Merujuk <a href="https://www.jpa.gov.my/pekeliling?tahun=2026&amp;no=1" target="_blank" \
                        %1$s>Pekeliling Perkhidmatan</a> untuk butiran lanjut.</li>
                        </ol>
                        <p>Sebarang pertanyaan boleh diemel kepada <a href="mailto:integriti@agensi.gov.my" \
                        %1$s>Unit Integriti</a>.</p>"""
                        .formatted(REL));
    }

    @Test
    void malayPolicyWithNestedListAndLinksRendersAsPlainText() {
        assertThat(renderer.toPlainText(MALAY_POLICY))
                .isEqualTo("""
                        Dasar Penggunaan Media Sosial

                        Pegawai awam hendaklah mematuhi perkara berikut apabila menggunakan media sosial — \
                        termasuk akaun peribadi:

                        1. Tidak mendedahkan maklumat rasmi tanpa kebenaran.
                        2. Tidak membuat kenyataan awam yang boleh memburukkan imej perkhidmatan awam.
                           - termasuk komen dan perkongsian semula
                        3. Merujuk Pekeliling Perkhidmatan (https://www.jpa.gov.my/pekeliling?tahun=2026&no=1) \
                        untuk butiran lanjut.

                        Sebarang pertanyaan boleh diemel kepada Unit Integriti (integriti@agensi.gov.my).""");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t\n"})
    void nullOrBlankTextRendersAsEmpty(String markdown) {
        assertThat(renderer.toHtml(markdown)).isEmpty();
        assertThat(renderer.toPlainText(markdown)).isEmpty();
    }

    /** Payloads whose markup must come out escaped: the reader sees what HR pasted, and nothing runs. */
    static Stream<Arguments> escapedPayloads() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
                Arguments.of(
                        "Teks <script>alert(1)</script> sini",
                        "<p>Teks &lt;script&gt;alert(1)&lt;/script&gt; sini</p>"),
                Arguments.of("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
                Arguments.of(
                        "<a href=\"javascript:alert(1)\">klik</a>",
                        "<p>&lt;a href=\"javascript:alert(1)\"&gt;klik&lt;/a&gt;</p>"),
                Arguments.of(
                        "Teks <A HREF=\"JaVaScRiPt:alert(1)\">klik</A> sini",
                        "<p>Teks &lt;A HREF=\"JaVaScRiPt:alert(1)\"&gt;klik&lt;/A&gt; sini</p>"),
                Arguments.of("<svg onload=alert(1)>", "<p>&lt;svg onload=alert(1)&gt;</p>"),
                Arguments.of(
                        "<iframe src=\"https://evil.example/\"></iframe>",
                        "<p>&lt;iframe src=\"https://evil.example/\"&gt;&lt;/iframe&gt;</p>"),
                Arguments.of(
                        "<p style=\"background:url(javascript:alert(1))\">gaya</p>",
                        "<p>&lt;p style=\"background:url(javascript:alert(1))\"&gt;gaya&lt;/p&gt;</p>"),
                Arguments.of(
                        "Teks <span style=\"position:fixed;inset:0\">tindih</span>",
                        "<p>Teks &lt;span style=\"position:fixed;inset:0\"&gt;tindih&lt;/span&gt;</p>"),
                Arguments.of(
                        "<form action=\"https://evil.example/\"><input name=\"p\" type=\"password\"></form>",
                        "<p>&lt;form action=\"https://evil.example/\"&gt;&lt;input name=\"p\" type=\"password\"&gt;"
                                + "&lt;/form&gt;</p>"),
                Arguments.of(
                        "<style>body{display:none}</style>", "<p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>"),
                Arguments.of(
                        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                        "<p>&lt;object data=\"x.swf\"&gt;&lt;/object&gt;&lt;embed src=\"x.swf\"&gt;</p>"),
                // Not a link at all (a space in the destination): stays literal text.
                Arguments.of(
                        "[x](https://a.example/\" onmouseover=\"alert(1))",
                        "<p>[x](https://a.example/\" onmouseover=\"alert(1))</p>"));
    }

    @ParameterizedTest
    @MethodSource("escapedPayloads")
    void rawHtmlIsEscapedAndShownAsText(String payload, String expectedHtml) {
        String html = renderer.toHtml(payload);

        assertThat(html).isEqualTo(expectedHtml);
        assertInert(html);
        // What the page shows is what HR typed.
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo(payload);
    }

    /** Links to a forbidden destination: the link goes, its text stays, and the destination is nowhere. */
    static Stream<Arguments> droppedLinkPayloads() {
        return Stream.of(
                Arguments.of("[x](javascript:alert(1))", "<p>x</p>"),
                Arguments.of("[x](JaVaScRiPt:alert(1))", "<p>x</p>"),
                Arguments.of("[x]( javascript:alert(1))", "<p>x</p>"),
                Arguments.of("[x](&#106;avascript:alert(1))", "<p>x</p>"),
                Arguments.of("[x](&#x6A;avascript&#58;alert(1))", "<p>x</p>"),
                Arguments.of("[x](<java&#x09;script:alert(1)>)", "<p>x</p>"),
                Arguments.of("[x](vbscript:msgbox(1))", "<p>x</p>"),
                Arguments.of("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<p>x</p>"),
                Arguments.of("[**x**](javascript:alert(1))", "<p><strong>x</strong></p>"),
                Arguments.of("[x][ref]\n\n[ref]: javascript:alert(1)", "<p>x</p>"),
                Arguments.of("![x](javascript:alert(1))", "<p>x</p>"),
                Arguments.of("[x](/etika/relatif)", "<p>x</p>"));
    }

    @ParameterizedTest
    @MethodSource("droppedLinkPayloads")
    void forbiddenLinkDestinationsAreDroppedKeepingTheText(String payload, String expectedHtml) {
        String html = renderer.toHtml(payload);

        assertThat(html).isEqualTo(expectedHtml);
        assertInert(html);
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("data:").doesNotContain("href");
        assertThat(renderer.toPlainText(payload)).isEqualTo("x");
    }

    @Test
    void autolinkWithScriptSchemeIsTextNotALink() {
        String html = renderer.toHtml("<javascript:alert(1)>");

        assertThat(html).isEqualTo("<p>javascript:alert(1)</p>");
        assertInert(html);
        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
    }

    @Test
    void linkTitleCannotBreakOutOfItsAttribute() {
        String html = renderer.toHtml("[x](https://a.example/ \"t\\\" onmouseover=\\\"alert(1)\")");

        assertInert(html);
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("title")).isEqualTo("t\" onmouseover=\"alert(1)");
        assertThat(link.hasAttr("onmouseover")).isFalse();
    }

    @Test
    void imagesShowAsTheirAltTextAndLoadNothing() {
        String markdown = "![logo *agensi*](https://evil.example/track.png)";

        assertThat(renderer.toHtml(markdown)).isEqualTo("<p>logo <em>agensi</em></p>");
        assertThat(renderer.toPlainText(markdown)).isEqualTo("logo agensi");
    }

    @Test
    void webLinksOpenInANewTabAndMailLinksDoNot() {
        assertThat(renderer.toHtml("<https://www.jpa.gov.my>"))
                .isEqualTo("<p><a href=\"https://www.jpa.gov.my\" target=\"_blank\" " + REL
                        + ">https://www.jpa.gov.my</a></p>");
        assertThat(renderer.toHtml("<integriti@agensi.gov.my>"))
                .isEqualTo("<p><a href=\"mailto:integriti@agensi.gov.my\" " + REL
                        + ">integriti@agensi.gov.my</a></p>");
        assertThat(renderer.toHtml("[Laman](HTTP://Contoh.gov.my)")).contains("target=\"_blank\"");
    }

    @Test
    void tablesRenderWithAlignmentAndAsPlainRows() {
        String markdown = """
                | Kesalahan | Hukuman |
                |:---|---:|
                | Amaran | *Denda* |
                """;

        assertThat(renderer.toHtml(markdown))
                .isEqualTo("""
                        <table>
                        <thead>
                        <tr>
                        <th align="left">Kesalahan</th>
                        <th align="right">Hukuman</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                        <td align="left">Amaran</td>
                        <td align="right"><em>Denda</em></td>
                        </tr>
                        </tbody>
                        </table>""");
        assertThat(renderer.toPlainText(markdown)).isEqualTo("Kesalahan | Hukuman\nAmaran | Denda");
    }

    @Test
    void codeQuotesRulesAndBreaksRenderAsHtml() {
        String markdown = """
                > Petikan **penting**

                ```js
                alert("<b>")
                ```

                ---

                Baris satu \s
                baris dua dengan `kod <i>`
                """;

        assertThat(renderer.toHtml(markdown))
                .isEqualTo("""
                        <blockquote>
                        <p>Petikan <strong>penting</strong></p>
                        </blockquote>
                        <pre><code>alert("&lt;b&gt;")
                        </code></pre>
                        <hr>
                        <p>Baris satu<br>
                        baris dua dengan <code>kod &lt;i&gt;</code></p>""");
    }

    @Test
    void plainTextSeparatesBlocksAndIndentsNestedContent() {
        String markdown = """
                # Tajuk

                Perenggan satu
                bersambung di baris kedua.

                5. lima
                6. enam
                   1. enam satu
                   2. enam dua

                - butir

                  perenggan kedua butir
                - butir lain

                > Petikan **penting**
                >
                > Perenggan kedua

                ```
                kod <b>
                ```

                ***

                Baris satu\\
                baris dua""";

        assertThat(renderer.toPlainText(markdown))
                .isEqualTo("""
                        Tajuk

                        Perenggan satu bersambung di baris kedua.

                        5. lima
                        6. enam
                           1. enam satu
                           2. enam dua

                        - butir

                          perenggan kedua butir

                        - butir lain

                            Petikan penting

                            Perenggan kedua

                            kod <b>

                        ----

                        Baris satu
                        baris dua""");
    }

    @Test
    void cleanerRemovesActiveHtmlThatTheMarkdownRendererMightLetThrough() {
        String dirty = "<h1 onclick=\"alert(1)\">Tajuk</h1><script>alert(2)</script>"
                + "<p style=\"color:red\">a<img src=x onerror=alert(3)><svg onload=alert(4)></svg>"
                + "<a href=\"javascript:alert(5)\">b</a><a href=\"&#106;avascript:alert(6)\">c</a>"
                + "<a href=\"https://contoh.gov.my\" onmouseover=\"alert(7)\" rel=\"opener\">d</a></p>"
                + "<iframe src=\"https://evil.example/\"></iframe><object data=\"x\"></object><embed src=\"x\">"
                + "<style>p{}</style><form action=\"/x\"><input name=\"p\">e</form>";

        String clean = renderer.clean(dirty);

        assertThat(clean)
                .isEqualTo("<h1>Tajuk</h1><p>a<a " + REL + ">b</a><a " + REL + ">c</a>"
                        + "<a href=\"https://contoh.gov.my\" " + REL + ">d</a></p>e");
        assertInert(clean);
    }

    @Test
    void plainTextPrintsForbiddenLinksAsTextAndRawHtmlAsTyped() {
        assertThat(renderer.toPlainText("Lihat [sini](javascript:alert(1)) dan <b>tebal</b>."))
                .isEqualTo("Lihat sini dan <b>tebal</b>.");
    }

    @Test
    void rendererIsSafeToShareBetweenThreads() throws Exception {
        String expectedHtml = renderer.toHtml(MALAY_POLICY);
        String expectedText = renderer.toPlainText(MALAY_POLICY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> renderer.toHtml(MALAY_POLICY).equals(expectedHtml)
                        && renderer.toPlainText(MALAY_POLICY).equals(expectedText)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inertnessCheckRejectsActiveHtml() {
        assertThatThrownBy(() -> assertInert("<p><img src=x onerror=alert(1)></p>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInert("<p><a href=\"JAVASCRIPT:alert(1)\">x</a></p>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInert("<p style=\"color:red\">x</p>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertInert("<script>alert(1)</script>")).isInstanceOf(AssertionError.class);
    }

    private static final Set<String> SAFE_TAGS = Set.of(
            "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
            "li", "hr", "a", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("href", "title", "rel", "target", "start", "align");

    /**
     * Fails unless every tag and attribute of {@code html}, parsed as a browser would, is one that cannot run script
     * or restyle the page, and every {@code href} is a web or mail URL. (Attribute values are checked by parsing, not
     * by pattern: an escaped {@code title} may well contain {@code " onclick="}.)
     */
    private static void assertInert(String html) {
        assertThat(html)
                .doesNotContainPattern("(?i)<\\s*/?\\s*(script|iframe|object|embed|style|form|input|svg|img)\\b");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).isIn(SAFE_TAGS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn(SAFE_ATTRIBUTES);
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).matches("(?i)(https?://|mailto:)\\S+");
                }
            }
        }
    }
}

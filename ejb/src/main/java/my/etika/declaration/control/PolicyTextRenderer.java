package my.etika.declaration.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders the Markdown of a policy text, as HR wrote or pasted it, to HTML for a page and to plain text for an e-mail
 * or a printed receipt.
 *
 * <p>The HTML is safe to output unescaped to every officer. It holds only headings, paragraphs, line breaks, emphasis,
 * ordered and unordered lists, block quotes, code, horizontal rules, GFM tables and links; its only attributes are a
 * link's {@code href}, {@code title}, {@code rel} and {@code target}, a list's {@code start} and a table cell's
 * {@code align}. Raw HTML in the Markdown is escaped and so shows as literal text. A link keeps its {@code href} only
 * for an absolute {@code http}, {@code https} or {@code mailto} URL, and is otherwise reduced to its text; every link
 * has {@code rel="noopener noreferrer nofollow"}, and web links open in a new tab. An image shows as its alt text: the
 * page loads nothing from elsewhere. The commonmark renderer does all this, and jsoup's cleaner then removes anything
 * outside that list again, in case a rendering path was missed.
 *
 * <p>The plain text has no markup: blocks are separated by a blank line, list items start with {@code "- "} or
 * {@code "1. "} (nested lists indented), block quotes and code are indented, table rows print as
 * {@code cell | cell}, links print as {@code text (url)} (a mail link as {@code text (address)}; a forbidden one as its
 * text alone, as on the page), and raw HTML prints as the same literal text the page shows.
 *
 * <p>Thread-safe: the parser, the renderer and the safelist are built once and only read afterwards.
 */
public final class PolicyTextRenderer {

    private static final String LINK_REL = "noopener noreferrer nofollow";

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final Safelist safelist;

    public PolicyTextRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new AllowlistUrlSanitizer())
                .percentEncodeUrls(true)
                .nodeRendererFactory(LinkRenderer::new)
                .build();
        safelist = new Safelist()
                .addTags("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote")
                .addTags("ul", "ol", "li", "hr", "a", "table", "thead", "tbody", "tr", "th", "td")
                .addAttributes("a", "href", "title", "target")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", LINK_REL)
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align");
    }

    /** The policy text as safe HTML (see the class description); {@code ""} for a null or blank text. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return clean(htmlRenderer.render(parser.parse(markdown)));
    }

    /** The second line of defence: whatever {@code html} holds, only the safelisted tags and attributes remain. */
    String clean(String html) {
        // A new OutputSettings per call: jsoup keeps per-use state in it.
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", safelist, output).strip();
    }

    /** The policy text as plain text (see the class description); {@code ""} for a null or blank text. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PlainTextWriter.write(parser.parse(markdown)).stripTrailing();
    }

    /** Empties every URL that {@link PolicyLinks} does not allow, for any rendering path that still emits one. */
    private static final class AllowlistUrlSanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return PolicyLinks.isAllowed(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** A link with an allowed destination becomes an anchor, any other link its text; an image becomes its alt text. */
    private static final class LinkRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        LinkRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link && PolicyLinks.isAllowed(link.getDestination())) {
                HtmlWriter html = context.getWriter();
                html.tag("a", attributes(link));
                renderChildren(link);
                html.tag("/a");
            } else {
                renderChildren(node);
            }
        }

        private Map<String, String> attributes(Link link) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(link.getDestination()));
            if (link.getTitle() != null && !link.getTitle().isBlank()) {
                attributes.put("title", link.getTitle());
            }
            attributes.put("rel", LINK_REL);
            if (PolicyLinks.isWeb(link.getDestination())) {
                attributes.put("target", "_blank");
            }
            return context.extendAttributes(link, "a", attributes);
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}

package my.etika.declaration.control;

import java.util.StringJoiner;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes a parsed policy text as plain text for a text-only e-mail or a printed receipt. Stateless: every method works
 * on the node it is given, so one parsed document may be written from any thread.
 */
final class PlainTextWriter {

    private static final String BLOCK_SEPARATOR = "\n\n";
    private static final String QUOTE_INDENT = "    ";
    private static final String CODE_INDENT = "    ";
    private static final String RULE = "----";

    private PlainTextWriter() {}

    static String write(Node document) {
        return blocks(document, BLOCK_SEPARATOR);
    }

    private static String blocks(Node parent, String separator) {
        StringJoiner out = new StringJoiner(separator);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String text = block(child);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out.toString();
    }

    private static String block(Node node) {
        if (node instanceof Paragraph || node instanceof Heading) {
            return inline(node);
        }
        if (node instanceof ListBlock list) {
            return list(list);
        }
        if (node instanceof BlockQuote) {
            return indent(blocks(node, BLOCK_SEPARATOR), QUOTE_INDENT, QUOTE_INDENT);
        }
        if (node instanceof FencedCodeBlock code) {
            return indent(code.getLiteral().stripTrailing(), CODE_INDENT, CODE_INDENT);
        }
        if (node instanceof IndentedCodeBlock code) {
            return indent(code.getLiteral().stripTrailing(), CODE_INDENT, CODE_INDENT);
        }
        // Raw HTML is shown as literal text on the page (it is escaped there), so print the same literal.
        if (node instanceof HtmlBlock html) {
            return html.getLiteral().stripTrailing();
        }
        if (node instanceof ThematicBreak) {
            return RULE;
        }
        if (node instanceof TableBlock) {
            return table(node);
        }
        return blocks(node, BLOCK_SEPARATOR);
    }

    private static String list(ListBlock list) {
        String separator = list.isTight() ? "\n" : BLOCK_SEPARATOR;
        boolean ordered = list instanceof OrderedList;
        int number = startNumber(list);
        StringJoiner items = new StringJoiner(separator);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = ordered ? (number++) + ". " : "- ";
            items.add(indent(blocks(item, separator), marker, " ".repeat(marker.length())));
        }
        return items.toString();
    }

    private static int startNumber(ListBlock list) {
        if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null) {
            return ordered.getMarkerStartNumber();
        }
        return 1;
    }

    private static String table(Node table) {
        StringJoiner rows = new StringJoiner("\n");
        collectRows(table, rows);
        return rows.toString();
    }

    private static void collectRows(Node parent, StringJoiner rows) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                StringJoiner cells = new StringJoiner(" | ");
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inline(cell));
                    }
                }
                rows.add(cells.toString());
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        inline(parent, out);
        return out.toString();
    }

    private static void inline(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof HtmlInline html) {
                out.append(html.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            } else if (node instanceof Link link) {
                link(link, out);
            } else {
                // Emphasis and the like print their text; an image prints its alt text.
                inline(node, out);
            }
        }
    }

    private static void link(Link link, StringBuilder out) {
        String text = inline(link);
        String destination = link.getDestination();
        if (!PolicyLinks.isAllowed(destination)) {
            out.append(text); // as on the page, where such a link is only its text
            return;
        }
        String printable = PolicyLinks.printable(destination);
        if (text.isBlank() || text.equals(printable) || text.equals(destination)) {
            out.append(printable);
        } else {
            out.append(text).append(" (").append(printable).append(')');
        }
    }

    /** Prefixes the first line with {@code first} and each later one with {@code rest}, leaving no trailing blanks. */
    private static String indent(String text, String first, String rest) {
        String[] lines = text.split("\n", -1);
        StringJoiner out = new StringJoiner("\n");
        for (int i = 0; i < lines.length; i++) {
            String prefix = i == 0 ? first : rest;
            out.add(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }
}

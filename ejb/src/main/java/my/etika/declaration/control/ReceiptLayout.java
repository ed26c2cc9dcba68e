package my.etika.declaration.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import my.etika.platform.control.PdfFont;
import my.etika.platform.control.PdfFonts;
import my.etika.platform.control.PdfPages;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays a receipt out on pages: the title, the facts of the signature as label and value rows, the declared accounts
 * as a table whose heading repeats on every page it runs onto, the attestations as a numbered list, and a footer
 * with the verification code and the page number.
 */
final class ReceiptLayout {

    private static final float TITLE_SIZE = 18f;
    private static final float HEADING_SIZE = 12f;
    private static final float TEXT_SIZE = 10f;
    private static final float TEXT_LEADING = 13f;
    private static final float TABLE_SIZE = 9f;
    private static final float TABLE_LEADING = 11.5f;
    private static final float ROW_GAP = 3f;
    private static final float SECTION_GAP = 16f;
    private static final float LABEL_WIDTH = 140f;
    private static final float HASH_SIZE = 9f;
    private static final float CODE_SIZE = 11f;
    private static final float FOOTER_SIZE = 8f;
    private static final float LIST_INDENT = 24f;
    private static final float CELL_GAP = 8f;

    private final ReceiptContent content;
    private final ReceiptLabels labels;
    private final PdfFonts fonts;
    private final PdfPages pages;

    private ReceiptLayout(PDDocument document, ReceiptContent content) {
        this.content = content;
        this.labels = ReceiptLabels.of(content);
        this.fonts = PdfFonts.load(document);
        this.pages = new PdfPages(document);
    }

    /** Adds the receipt's pages to an empty document. */
    static void write(PDDocument document, ReceiptContent content) throws IOException {
        ReceiptLayout layout = new ReceiptLayout(document, content);
        try (PdfPages pages = layout.pages) {
            layout.title();
            layout.facts();
            layout.accounts();
            layout.attestations();
            pages.footers(layout.fonts.text(), FOOTER_SIZE,
                    layout.labels.verificationCode() + ": " + content.verificationCode(), layout.labels.pageOf());
        }
    }

    private void title() {
        pages.ensure(TITLE_SIZE);
        pages.show(fonts.bold(), TITLE_SIZE, pages.left(), TITLE_SIZE, fonts.bold().printable(labels.title()));
        pages.advance(TITLE_SIZE + 8f);
        paragraph(labels.intro());
        pages.advance(SECTION_GAP / 2);
    }

    private void facts() {
        fact(labels.officerName(), content.officerName());
        fact(labels.login(), content.login());
        fact(labels.employeeNumber(), orNone(content.employeeNumber()));
        fact(labels.orgUnit(), orNone(content.orgUnit()));
        fact(labels.campaign(), content.campaignName());
        fact(labels.policy(), content.policyTitle());
        fact(labels.version(), Integer.toString(content.policyVersion()));
        fact(labels.signedAt(), DeclarationReceipt.signedAtText(content.signedAt()));
        fact(labels.textSha256(), new Cell(fonts.text(), HASH_SIZE, valueX(), valueWidth(), content.textSha256()));
        fact(labels.verificationCode(),
                new Cell(fonts.bold(), CODE_SIZE, valueX(), valueWidth(), content.verificationCode()));
        fact(labels.verifyAt(), new Cell(fonts.text(), TEXT_SIZE, valueX(), valueWidth(), content.verifyUrl())
                .linkedTo(content.verifyUrl()));
    }

    private void accounts() {
        List<ReceiptContent.Account> accounts = content.declaredAccounts();
        float[] widths = {pages.width() * 0.2f, pages.width() * 0.42f, pages.width() * 0.38f};
        float[] xs = {pages.left(), pages.left() + widths[0], pages.left() + widths[0] + widths[1]};
        Runnable header = () -> tableHeader(labels.accounts() + " " + labels.continued(), xs, widths);
        pages.advance(SECTION_GAP);
        if (accounts.isEmpty()) {
            heading(labels.accounts(), TEXT_LEADING);
            paragraph(labels.none());
            return;
        }
        tableHeader(labels.accounts(), xs, widths);
        for (ReceiptContent.Account account : accounts) {
            row(TABLE_LEADING, header,
                    new Cell(fonts.text(), TABLE_SIZE, xs[0], widths[0] - CELL_GAP, account.platform()),
                    new Cell(fonts.text(), TABLE_SIZE, xs[1], widths[1] - CELL_GAP, account.handle()),
                    new Cell(fonts.text(), TABLE_SIZE, xs[2], widths[2], orNone(account.registeredEmail())));
            pages.advance(ROW_GAP);
        }
    }

    private void attestations() {
        pages.advance(SECTION_GAP);
        heading(labels.attestations(), TEXT_LEADING);
        List<String> statements = content.attestations();
        if (statements.isEmpty()) {
            paragraph(labels.none());
            return;
        }
        float textX = pages.left() + LIST_INDENT;
        float textWidth = pages.width() - LIST_INDENT;
        for (int index = 0; index < statements.size(); index++) {
            row(TEXT_LEADING, () -> { },
                    new Cell(fonts.text(), TEXT_SIZE, pages.left(), LIST_INDENT, (index + 1) + "."),
                    new Cell(fonts.text(), TEXT_SIZE, textX, textWidth, statements.get(index)));
            pages.advance(ROW_GAP);
        }
    }

    private void tableHeader(String title, float[] xs, float[] widths) {
        heading(title, TABLE_LEADING * 2);
        row(TABLE_LEADING, () -> { },
                new Cell(fonts.bold(), TABLE_SIZE, xs[0], widths[0] - CELL_GAP, labels.platform()),
                new Cell(fonts.bold(), TABLE_SIZE, xs[1], widths[1] - CELL_GAP, labels.handle()),
                new Cell(fonts.bold(), TABLE_SIZE, xs[2], widths[2], labels.registeredEmail()));
        pages.rule(pages.left(), pages.left() + pages.width());
        pages.advance(ROW_GAP);
    }

    /** A section heading, kept on the same page as the first {@code keepWith} points that follow it. */
    private void heading(String text, float keepWith) {
        float height = HEADING_SIZE + 6f;
        pages.ensure(height + keepWith);
        pages.show(fonts.bold(), HEADING_SIZE, pages.left(), HEADING_SIZE, fonts.bold().printable(text));
        pages.advance(height);
    }

    private void paragraph(String text) {
        row(TEXT_LEADING, () -> { }, new Cell(fonts.text(), TEXT_SIZE, pages.left(), pages.width(), text));
    }

    private void fact(String label, String value) {
        fact(label, new Cell(fonts.text(), TEXT_SIZE, valueX(), valueWidth(), value));
    }

    private void fact(String label, Cell value) {
        row(TEXT_LEADING, () -> { },
                new Cell(fonts.bold(), TEXT_SIZE, pages.left(), LABEL_WIDTH - CELL_GAP, label), value);
        pages.advance(ROW_GAP);
    }

    /**
     * Cells side by side, each wrapped in its column. A row of a third of a page or less moves whole to a new page
     * when it does not fit; a taller one is split line by line. {@code onNewPage} runs on every page the row starts.
     */
    private void row(float leading, Runnable onNewPage, Cell... cells) {
        List<List<String>> lines = new ArrayList<>();
        int count = 0;
        for (Cell cell : cells) {
            List<String> wrapped = cell.font().wrap(cell.text(), cell.size(), cell.width());
            lines.add(wrapped);
            count = Math.max(count, wrapped.size());
        }
        if (count * leading <= pages.pageHeight() / 3 && pages.ensure(count * leading)) {
            onNewPage.run();
        }
        for (int line = 0; line < count; line++) {
            if (pages.ensure(leading)) {
                onNewPage.run();
            }
            for (int column = 0; column < cells.length; column++) {
                if (line < lines.get(column).size()) {
                    show(cells[column], lines.get(column).get(line), leading);
                }
            }
            pages.advance(leading);
        }
    }

    private void show(Cell cell, String line, float leading) {
        float baselineDrop = leading * 0.8f;
        pages.show(cell.font(), cell.size(), cell.x(), baselineDrop, line);
        if (cell.link() != null && !line.isEmpty()) {
            pages.link(cell.link(), cell.x(), cell.font().width(line, cell.size()), leading);
        }
    }

    private float valueX() {
        return pages.left() + LABEL_WIDTH;
    }

    private float valueWidth() {
        return pages.width() - LABEL_WIDTH;
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? labels.none() : value;
    }

    /** Text in a column: its font and size, left edge, width to wrap at, and the address it links to, if any. */
    private record Cell(PdfFont font, float size, float x, float width, String text, String link) {

        Cell(PdfFont font, float size, float x, float width, String text) {
            this(font, size, x, width, text, null);
        }

        Cell linkedTo(String url) {
            return new Cell(font, size, x, width, text, url);
        }
    }
}

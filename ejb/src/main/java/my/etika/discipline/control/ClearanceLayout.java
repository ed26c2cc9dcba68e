package my.etika.discipline.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import my.etika.discipline.control.ClearanceWording.Bilingual;
import my.etika.platform.control.MalaysianTime;
import my.etika.platform.control.PdfFont;
import my.etika.platform.control.PdfFonts;
import my.etika.platform.control.PdfPages;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays a clearance certificate out: the agency, the title, the officer and the period as label and value rows, the
 * result, who issued it when, and a footer with the reference and the page number. Every label and sentence is in
 * Malay with the English below it; names and numbers are printed once.
 */
final class ClearanceLayout {

    private static final float AGENCY_SIZE = 12f;
    private static final float TITLE_SIZE = 16f;
    private static final float SUBTITLE_SIZE = 12f;
    private static final float TEXT_SIZE = 10f;
    private static final float RESULT_SIZE = 11f;
    private static final float ENGLISH_SIZE = 9f;
    private static final float LEADING = 13f;
    private static final float ROW_GAP = 6f;
    private static final float SECTION_GAP = 14f;
    private static final float LABEL_WIDTH = 150f;
    private static final float CELL_GAP = 8f;
    private static final float FOOTER_SIZE = 8f;

    private final ClearanceStatement statement;
    private final PdfFonts fonts;
    private final PdfPages pages;

    private ClearanceLayout(PDDocument document, ClearanceStatement statement) {
        this.statement = statement;
        this.fonts = PdfFonts.load(document);
        this.pages = new PdfPages(document);
    }

    /** Adds the certificate's pages to an empty document. */
    static void write(PDDocument document, ClearanceStatement statement) throws IOException {
        ClearanceLayout layout = new ClearanceLayout(document, statement);
        try (PdfPages pages = layout.pages) {
            layout.heading();
            layout.officer();
            layout.outcome();
            layout.issue();
            pages.footers(layout.fonts.text(), FOOTER_SIZE,
                    ClearanceWording.together(ClearanceWording.REFERENCE) + ": " + statement.reference(),
                    ClearanceWording.together(ClearanceWording.PAGE_OF));
        }
    }

    private void heading() {
        block(List.of(new Line(fonts.bold(), AGENCY_SIZE, statement.agencyName())),
                LEADING + 2f);
        pages.advance(SECTION_GAP / 2);
        block(List.of(new Line(fonts.bold(), TITLE_SIZE, ClearanceWording.TITLE.malay()),
                new Line(fonts.text(), SUBTITLE_SIZE, ClearanceWording.TITLE.english())), TITLE_SIZE + 4f);
        pages.advance(ROW_GAP);
        pages.rule(pages.left(), pages.left() + pages.width());
        pages.advance(SECTION_GAP);
        paragraph(ClearanceWording.INTRO);
        pages.advance(SECTION_GAP);
    }

    private void officer() {
        fact(ClearanceWording.OFFICER_NAME, statement.officerName());
        fact(ClearanceWording.EMPLOYEE_NUMBER, statement.employeeNumber());
        fact(ClearanceWording.GRADE, statement.grade());
        fact(ClearanceWording.POSITION, statement.position());
        fact(ClearanceWording.ORG_UNIT, statement.orgUnit());
        fact(ClearanceWording.PERIOD, ClearanceWording.period(statement.from(), statement.to()));
    }

    /** The result across the page, so that nothing stands beside it: Malay in bold, then English. */
    private void outcome() {
        pages.advance(SECTION_GAP / 2);
        block(List.of(new Line(fonts.bold(), TEXT_SIZE, ClearanceWording.RESULT.malay()),
                new Line(fonts.text(), ENGLISH_SIZE, ClearanceWording.RESULT.english())), LEADING);
        pages.advance(ROW_GAP);
        Bilingual result = ClearanceWording.result(statement.result());
        block(List.of(new Line(fonts.bold(), RESULT_SIZE, result.malay())),
                RESULT_SIZE + 4f);
        pages.advance(ROW_GAP);
        block(List.of(new Line(fonts.text(), TEXT_SIZE, result.english())), LEADING);
        pages.advance(SECTION_GAP);
    }

    private void issue() {
        fact(ClearanceWording.ISSUED_AT, MalaysianTime.documentText(statement.issuedAt()));
        fact(ClearanceWording.ISSUED_BY, statement.issuedBy());
        fact(ClearanceWording.REFERENCE, statement.reference());
        pages.advance(SECTION_GAP);
        pages.rule(pages.left(), pages.left() + pages.width());
        pages.advance(ROW_GAP);
        paragraph(ClearanceWording.NOTE);
    }

    private void fact(Bilingual label, String value) {
        boolean none = value == null || value.isBlank();
        row(label, List.of(new Line(fonts.text(), TEXT_SIZE,
                none ? ClearanceWording.together(ClearanceWording.NONE) : value)));
    }

    private void fact(Bilingual label, Bilingual value) {
        row(label, List.of(new Line(fonts.text(), TEXT_SIZE, value.malay()),
                new Line(fonts.text(), ENGLISH_SIZE, value.english())));
    }

    private void row(Bilingual label, List<Line> value) {
        List<Line> labelColumn = List.of(new Line(fonts.bold(), TEXT_SIZE, label.malay()),
                new Line(fonts.text(), ENGLISH_SIZE, label.english()));
        List<Line> left = wrapped(labelColumn, LABEL_WIDTH - CELL_GAP);
        List<Line> right = wrapped(value, pages.width() - LABEL_WIDTH);
        int count = Math.max(left.size(), right.size());
        pages.ensure(Math.min(count * LEADING, pages.pageHeight() / 3));
        for (int index = 0; index < count; index++) {
            pages.ensure(LEADING);
            if (index < left.size()) {
                show(left.get(index), pages.left());
            }
            if (index < right.size()) {
                show(right.get(index), pages.left() + LABEL_WIDTH);
            }
            pages.advance(LEADING);
        }
        pages.advance(ROW_GAP);
    }

    /** A sentence across the page, Malay and English below it. */
    private void paragraph(Bilingual text) {
        block(List.of(new Line(fonts.text(), TEXT_SIZE, text.malay()),
                new Line(fonts.text(), ENGLISH_SIZE, text.english())), LEADING);
    }

    /** Lines across the page, kept together when they fit on one. */
    private void block(List<Line> lines, float leading) {
        List<Line> wrapped = wrapped(lines, pages.width());
        pages.ensure(Math.min(wrapped.size() * leading, pages.pageHeight() / 3));
        for (Line line : wrapped) {
            pages.ensure(leading);
            show(line, pages.left());
            pages.advance(leading);
        }
    }

    private static List<Line> wrapped(List<Line> lines, float width) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            for (String part : line.font().wrap(line.text(), line.size(), width)) {
                out.add(new Line(line.font(), line.size(), part));
            }
        }
        return out;
    }

    private void show(Line line, float x) {
        pages.show(line.font(), line.size(), x, line.size(), line.text());
    }

    /** One line of text in its font and size; {@link #wrapped} makes it printable and no wider than its column. */
    private record Line(PdfFont font, float size, String text) {
    }
}

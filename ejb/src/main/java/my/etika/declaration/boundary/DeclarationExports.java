package my.etika.declaration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import my.etika.declaration.control.DeclarationJournal;
import my.etika.declaration.control.DeclarationRow;
import my.etika.declaration.control.OutstandingListWriter;
import my.etika.platform.boundary.Roles;

/**
 * A campaign's declarations as CSV or XLSX, read a page at a time by declaration id and written as they come:
 * memory stays flat for a million officers. No transaction: each page is its own read.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeclarationExports {

    public static final String CSV = OutstandingListWriter.CSV_MEDIA_TYPE;
    public static final String XLSX = OutstandingListWriter.XLSX_MEDIA_TYPE;
    private static final int PAGE = 1_000;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    @Inject
    CampaignDesk campaigns;

    @Inject
    DeclarationJournal journal;

    /** Refuses an unknown campaign before anything is written. */
    public void check(long campaignId) {
        campaigns.campaign(campaignId);
    }

    public void write(long campaignId, String status, String orgUnit, Locale language, boolean xlsx,
            OutputStream out) throws IOException {
        journal.exported(campaignId, status, orgUnit, xlsx ? "XLSX" : "CSV");
        Iterator<DeclarationRow> rows = new Pages(campaignId, status, orgUnit);
        if (xlsx) {
            OutstandingListWriter.xlsx(rows, language, out);
        } else {
            OutstandingListWriter.csv(rows, language, out);
        }
    }

    /** The declarations, fetched a page at a time as the writer asks for them. */
    private final class Pages implements Iterator<DeclarationRow> {

        private final long campaignId;
        private final String status;
        private final String orgUnit;
        private List<DeclarationLine> page = List.of();
        private int next;
        private long after;
        private boolean last;

        Pages(long campaignId, String status, String orgUnit) {
            this.campaignId = campaignId;
            this.status = status;
            this.orgUnit = orgUnit;
        }

        @Override
        public boolean hasNext() {
            if (next < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            page = campaigns.declarations(campaignId, status, orgUnit, after, PAGE);
            next = 0;
            last = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).declarationId();
            }
            return !page.isEmpty();
        }

        @Override
        public DeclarationRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DeclarationLine d = page.get(next++);
            return new DeclarationRow(d.login(), d.officerName(), d.employeeNumber(), d.grade(), d.orgUnit(),
                    d.supervisorName(), d.status(), d.dueOn().atTime(23, 59).atZone(MALAYSIA).toInstant(),
                    d.signedAt(), d.remindersSent(), d.escalated());
        }
    }
}

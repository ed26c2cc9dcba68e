package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Generates the demo directory of the fictional "Jabatan Demo Etika": {@code ou=people} with nested org units
 * and officers carrying the Etika schema, {@code ou=groups} with the five role groups, and {@code ou=services}
 * with the application's service account.
 *
 * <p>Entries are streamed, never collected: memory stays flat whatever the number of officers, apart from the
 * role groups' member lists and one login counter per distinct name. Each call of {@link #forEachEntry} is an
 * independent, identical pass with its own state, so calls may run concurrently.
 */
public final class DemoDirectoryGenerator {

    private final DemoDirectoryOptions options;
    private final DirectoryLayout layout;
    private final OrgChart chart;

    public DemoDirectoryGenerator(DemoDirectoryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.layout = new DirectoryLayout(options.baseDn(), options.groupNames());
        this.chart = new OrgChart(options.agencyCode(), layout.peopleBaseDn());
    }

    /** Hands every entry to {@code sink} in add order: each entry's parent comes before it. */
    public void forEachEntry(Consumer<Entry> sink) {
        new GenerationRun(options, chart, layout, sink).run();
    }

    /**
     * Writes the directory as LDIF (content records, no change records) and flushes, leaving the stream open.
     *
     * @return the number of entries written
     */
    public long writeLdif(OutputStream out) throws IOException {
        LDIFWriter writer = new LDIFWriter(out);
        long[] written = {0};
        try {
            forEachEntry(entry -> {
                try {
                    writer.writeEntry(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return written[0];
    }

    /**
     * One login per role: OFFICER, HR, INTEGRITY, INTEGRITY_HEAD, AUDITOR, ADMIN; all active, all with the demo
     * password. {@code demo.integriti} serves both INTEGRITY and INTEGRITY_HEAD (it is in both groups).
     */
    public List<DemoLogin> demoLogins() {
        return DemoAccount.ROLE_ACCOUNTS.stream().flatMap(account -> account.toLogins(chart).stream()).toList();
    }

    /** A RETIRED officer ({@code demo.bersara}) with the demo password, for trying a refused login. */
    public DemoLogin inactiveDemoLogin() {
        return DemoAccount.INACTIVE.toLogins(chart).get(0);
    }

    /** {@code cn=etika-app,ou=services,<base>}; the entry exists only when a service account password is set. */
    public String serviceAccountDn() {
        return layout.serviceAccountDn();
    }

    public String peopleBaseDn() {
        return layout.peopleBaseDn();
    }

    public String groupsBaseDn() {
        return layout.groupsBaseDn();
    }
}

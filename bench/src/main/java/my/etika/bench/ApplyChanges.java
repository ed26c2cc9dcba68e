package my.etika.bench;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyDNRequest;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies "1 % changes" to the bench directory over LDAP, as the service account (the in-memory server lets any
 * authenticated user write), so that each change lands in {@code cn=changelog} exactly as a client's change would.
 * Of {@code round(entries × percent / 100)} changes: 40 % modifies of mapped attributes (two thirds post title +
 * position code, one third service status), 15 % renames (new uid RDN), 15 % moves to another OU (modDN with a
 * new superior), 15 % deletes, 15 % adds (new officers cloned from existing ones with a new uid and employee
 * number). Targets are chosen deterministically (the smallest SHA-256 of seed + DN, whatever the search order),
 * skipping the demo logins and officers named as someone's manager (the in-memory server keeps no referential
 * integrity, so renaming or deleting a manager would leave dangling {@code manager} DNs).
 *
 * <p>Writes what Etika's incremental run should report to {@code --out} ({@code KEY=value}).
 *
 * <pre>
 * java -cp ... my.etika.bench.ApplyChanges --env target/run/directory.env --percent 1 --seed 7 --out changes.env
 * </pre>
 */
public final class ApplyChanges {

    private ApplyChanges() {
    }

    /** An entry chosen for a change, keyed by its hash. */
    private record Candidate(byte[] key, Entry entry) {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Map<String, String> env = Args.readEnv(Path.of(a.value("env", "target/run/directory.env")));
        double percent = a.doubleValue("percent", 1.0);
        long seed = a.longValue("seed", 7L);
        Path out = Path.of(a.value("out", "target/run/changes.env"));
        String people = env.get("ETIKA_DIRECTORY_PEOPLE_BASE_DN");

        try (LDAPConnection connection = new LDAPConnection("127.0.0.1",
                Integer.parseInt(env.get("BENCH_LDAP_PORT")), env.get("ETIKA_DIRECTORY_BIND_DN"),
                env.get("ETIKA_DIRECTORY_BIND_PASSWORD"))) {
            long t0 = System.nanoTime();
            Scan scan = new Scan(seed);
            SearchRequest request = new SearchRequest(scan, people, SearchScope.SUB,
                    Filter.createEqualityFilter("objectClass", "inetOrgPerson"), "*");
            SearchResult result = connection.search(request);
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw new IllegalStateException("Search failed: " + result);
            }
            long total = Math.round(scan.count * percent / 100.0);
            int adds = (int) Math.round(total * 0.15);
            int deletes = (int) Math.round(total * 0.15);
            int renames = (int) Math.round(total * 0.15);
            int moves = (int) Math.round(total * 0.15);
            int modifies = (int) (total - adds - deletes - renames - moves);
            int needed = modifies + deletes + renames + moves;
            List<Entry> targets = scan.targets(needed);
            if (targets.size() < needed) {
                throw new IllegalStateException("Only " + targets.size() + " eligible entries for " + needed);
            }
            List<String> parents = new ArrayList<>(scan.parents);
            System.out.printf("Scanned %,d officers in %.1f s; applying %,d changes: %,d modifies, %,d renames, "
                    + "%,d moves, %,d deletes, %,d adds%n", scan.count, (System.nanoTime() - t0) / 1e9, total,
                    modifies, renames, moves, deletes, adds);

            String firstChange = lastChangeNumber(connection);
            long t1 = System.nanoTime();
            int next = 0;
            int statusChanges = 0;
            for (int i = 0; i < modifies; i++) {
                Entry e = targets.get(next++);
                ModifyRequest modify;
                if (i % 3 == 2) {
                    String status = e.getAttributeValue("etikaOfficerStatus");
                    String changed = "ACTIVE".equals(status) ? "RETIRED" : "ACTIVE";
                    modify = new ModifyRequest(e.getDN(),
                            new Modification(ModificationType.REPLACE, "etikaOfficerStatus", changed));
                    statusChanges++;
                } else {
                    String title = e.getAttributeValue("title");
                    String code = e.getAttributeValue("etikaPositionCode");
                    modify = new ModifyRequest(e.getDN(),
                            new Modification(ModificationType.REPLACE, "title", (title == null ? "Jawatan" : title)
                                    + " (Kanan)"),
                            new Modification(ModificationType.REPLACE, "etikaPositionCode",
                                    (code == null ? "P" : code) + "-B" + seed));
                }
                check(connection.modify(modify));
            }
            for (int i = 0; i < renames; i++) {
                Entry e = targets.get(next++);
                String uid = e.getAttributeValue("uid");
                check(connection.modifyDN(new ModifyDNRequest(e.getDN(), "uid=" + uid + ".r" + seed, true)));
            }
            for (int i = 0; i < moves; i++) {
                Entry e = targets.get(next++);
                String parent = String.valueOf(e.getParentDN());
                String to = parents.get(Math.floorMod(i * 7919 + 13, parents.size()));
                if (to.equalsIgnoreCase(parent)) {
                    to = parents.get(Math.floorMod(i * 7919 + 14, parents.size()));
                }
                check(connection.modifyDN(new ModifyDNRequest(e.getDN(), e.getRDN().toString(), true, to)));
            }
            for (int i = 0; i < deletes; i++) {
                Entry e = targets.get(next++);
                check(connection.delete(new DeleteRequest(e.getDN())));
            }
            for (int i = 0; i < adds; i++) {
                Entry template = targets.get(i % Math.max(1, modifies));
                String uid = "bench.s" + seed + ".n" + i;
                String parent = String.valueOf(template.getParentDN());
                Entry added = new Entry("uid=" + uid + "," + parent);
                for (Attribute attribute : template.getAttributes()) {
                    String name = attribute.getBaseName().toLowerCase(Locale.ROOT);
                    if (!name.equals("uid") && !name.equals("mail") && !name.equals("employeenumber")
                            && !name.equals("userpassword")) {
                        added.addAttribute(attribute);
                    }
                }
                added.addAttribute("uid", uid);
                added.addAttribute("mail", uid + "@jde.example");
                added.addAttribute("employeeNumber", String.format("BEN%07d", seed * 100_000 + i));
                check(connection.add(new AddRequest(added)));
            }
            String lastChange = lastChangeNumber(connection);
            double applySeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("Applied %,d changes in %.1f s (changelog %s → %s)%n", total, applySeconds, firstChange,
                    lastChange);

            StringBuilder expected = new StringBuilder();
            expected.append("CHANGES_TOTAL=").append(total).append('\n');
            expected.append("CHANGES_MODIFIES=").append(modifies).append('\n');
            expected.append("CHANGES_STATUS_MODIFIES=").append(statusChanges).append('\n');
            expected.append("CHANGES_RENAMES=").append(renames).append('\n');
            expected.append("CHANGES_MOVES=").append(moves).append('\n');
            expected.append("CHANGES_DELETES=").append(deletes).append('\n');
            expected.append("CHANGES_ADDS=").append(adds).append('\n');
            // what Etika's incremental run should count
            expected.append("EXPECT_CREATED=").append(adds).append('\n');
            expected.append("EXPECT_UPDATED=").append(modifies).append('\n');
            expected.append("EXPECT_MOVED=").append(renames + moves).append('\n');
            expected.append("EXPECT_DEACTIVATED=").append(deletes).append('\n');
            expected.append("EXPECT_SEEN=").append(modifies + renames + moves + adds).append('\n');
            expected.append("OFFICERS_AFTER=").append(scan.count - deletes + adds).append('\n');
            expected.append("CHANGELOG_FROM=").append(firstChange).append('\n');
            expected.append("CHANGELOG_TO=").append(lastChange).append('\n');
            expected.append(String.format(Locale.ROOT, "APPLY_SECONDS=%.3f%n", applySeconds));
            Files.writeString(out, expected, StandardCharsets.UTF_8);
        }
    }

    private static String lastChangeNumber(LDAPConnection connection) throws Exception {
        RootDSE root = connection.getRootDSE();
        return root == null ? "" : root.getAttributeValue("lastChangeNumber");
    }

    private static void check(LDAPResult result) {
        if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new IllegalStateException("Change failed: " + result);
        }
    }

    /** Streams the officers once: counts them, notes managers and OUs, keeps the lowest-hash candidates. */
    private static final class Scan implements SearchResultListener {

        private static final long serialVersionUID = 1L;
        private static final int KEEP = 30_000; // enough for 1 % of 1,000,000

        private final long seed;
        private final transient MessageDigest sha;
        private final transient PriorityQueue<Candidate> lowest =
                new PriorityQueue<>((x, y) -> -java.util.Arrays.compareUnsigned(x.key(), y.key()));
        private final transient Set<String> managers = new HashSet<>();
        private final transient Set<String> parents = new TreeSet<>();
        private long count;

        Scan(long seed) throws Exception {
            this.seed = seed;
            this.sha = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void searchEntryReturned(SearchResultEntry entry) {
            count++;
            String manager = entry.getAttributeValue("manager");
            if (manager != null) {
                managers.add(normalize(manager));
            }
            try {
                parents.add(String.valueOf(entry.getParentDN()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            byte[] key = sha.digest((seed + "/" + normalize(entry.getDN())).getBytes(StandardCharsets.UTF_8));
            if (lowest.size() < KEEP) {
                lowest.add(new Candidate(key, entry));
            } else if (java.util.Arrays.compareUnsigned(key, lowest.peek().key()) < 0) {
                lowest.poll();
                lowest.add(new Candidate(key, entry));
            }
        }

        @Override
        public void searchReferenceReturned(SearchResultReference reference) {
        }

        /** The {@code n} lowest-hash eligible entries, in hash order. */
        List<Entry> targets(int n) {
            List<Candidate> sorted = new ArrayList<>(lowest);
            sorted.sort((x, y) -> java.util.Arrays.compareUnsigned(x.key(), y.key()));
            List<Entry> chosen = new ArrayList<>(n);
            for (Candidate c : sorted) {
                if (chosen.size() == n) {
                    break;
                }
                String uid = c.entry().getAttributeValue("uid");
                if (uid != null && !uid.startsWith("demo.") && !managers.contains(normalize(c.entry().getDN()))) {
                    chosen.add(c.entry());
                }
            }
            return chosen;
        }

        private static String normalize(String dn) {
            try {
                return new DN(dn).toNormalizedString();
            } catch (Exception e) {
                return dn.toLowerCase(Locale.ROOT);
            }
        }
    }
}

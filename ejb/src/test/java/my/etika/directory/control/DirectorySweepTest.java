package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectorySweepTest {

    private static final int PEOPLE = 2_500;
    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void directory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=jde,dc=example");
        config.setSchema(null);
        server = new InMemoryDirectoryServer(config);
        server.add(new Entry("dn: dc=jde,dc=example", "objectClass: domain", "dc: jde"));
        server.add(new Entry("dn: ou=people,dc=jde,dc=example", "objectClass: organizationalUnit", "ou: people"));
        for (int i = 0; i < PEOPLE; i++) {
            server.add(new Entry("dn: uid=p" + i + ",ou=people,dc=jde,dc=example", "objectClass: person",
                    "uid: p" + i, "cn: P " + i, "sn: P"));
        }
        server.startListening();
    }

    /** As the sync connects: synchronous mode (see DirectoryGateway.connectForSync). */
    private static LDAPConnection connect() throws Exception {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setUseSynchronousMode(true);
        return server.getConnection(options);
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    private static List<String> sweep(ThreadFactory readers, List<Integer> batchSizes) throws Exception {
        List<String> uids = new ArrayList<>();
        try (LDAPConnection connection = connect()) {
            DirectorySweep.Outcome outcome = new DirectorySweep(0, 1_000, readers).sweep(connection,
                    "ou=people,dc=jde,dc=example", Filter.createEqualityFilter("objectClass", "person"),
                    new String[] {"uid"}, batch -> {
                        batchSizes.add(batch.size());
                        batch.stream().map(e -> e.getAttributeValue("uid")).forEach(uids::add);
                    });
            assertThat(outcome.complete()).isTrue();
            assertThat(outcome.entries()).isEqualTo(PEOPLE);
        }
        return uids;
    }

    @Test
    void readingOnItsOwnThreadHandsOverTheSameBatchesAsReadingInTurn() throws Exception {
        List<Integer> inTurnBatches = new ArrayList<>();
        List<Integer> pipelinedBatches = new ArrayList<>();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory counting = task -> {
            threads.incrementAndGet();
            return Executors.defaultThreadFactory().newThread(task);
        };

        List<String> inTurn = sweep(null, inTurnBatches);
        List<String> pipelined = sweep(counting, pipelinedBatches);

        assertThat(pipelined).hasSize(PEOPLE).isEqualTo(inTurn);
        assertThat(pipelinedBatches).isEqualTo(inTurnBatches).containsExactly(1_000, 1_000, 500);
        assertThat(threads).hasValue(1);
    }

    @Test
    void aFailureWhileWritingStopsTheSweepAndIsRethrownOnTheCallingThread() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Thread caller = Thread.currentThread();
        List<Thread> handlers = new ArrayList<>();
        try (LDAPConnection connection = connect()) {
            assertThatThrownBy(() -> new DirectorySweep(0, 100, Executors.defaultThreadFactory()).sweep(connection,
                    "ou=people,dc=jde,dc=example", Filter.createEqualityFilter("objectClass", "person"),
                    new String[] {"uid"}, (List<SearchResultEntry> batch) -> {
                        handlers.add(Thread.currentThread());
                        if (handled.incrementAndGet() == 3) {
                            throw new IllegalStateException("database gone");
                        }
                    })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        }
        assertThat(handled).hasValue(3); // nothing handled after the failure
        assertThat(handlers).containsOnly(caller);
    }
}

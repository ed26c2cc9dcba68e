package my.etika.bench;

import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import my.etika.ldapschema.EtikaSchema;
import my.etika.ldapschema.demo.DemoDirectoryGenerator;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.ldapschema.demo.DemoLogin;
import my.etika.ldapschema.demo.ThreadSafeSha1;

/**
 * The benchmark's directory: an UnboundID in-memory server on 127.0.0.1 configured as Etika's
 * {@code DemoDirectoryServer} (Etika schema with checking on, {SSHA} passwords, authentication required for every
 * operation but bind, attribute syntax enforced) plus a {@code cn=changelog}, seeded from
 * {@link DemoDirectoryGenerator} with N officers through a temporary LDIF file. The service account gets a
 * password generated here; the demo logins keep the generator's public demo password (HR and ADMIN trigger runs
 * through Etika's REST API, as a person would).
 *
 * <p>When it listens it writes {@code <state-dir>/directory.env} (mode 600; the service password is in it), then
 * runs until it is killed (SIGTERM shuts the server down).
 *
 * <pre>
 * java -Xmx3g -cp ... my.etika.bench.BenchDirectory --officers 100000 --port 10689 [--changelog 20000]
 *     --state-dir bench/target/run [--index entryUUID,member] [--seed 2026]
 * </pre>
 */
public final class BenchDirectory {

    private BenchDirectory() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        int officers = a.intValue("officers", 100_000);
        int port = a.intValue("port", 10689);
        // The in-memory server also records every imported entry in its changelog (a full copy of each entry, as an
        // add record), so a changelog as large as the directory doubles the heap: keep it just large enough for
        // the changes between a full reconcile and the incremental run (1 % of N, plus margin).
        int changelog = a.intValue("changelog", Math.max(20_000, officers / 20));
        long seed = a.longValue("seed", 2026L);
        Path stateDir = Path.of(a.value("state-dir", "target/run"));
        String index = a.value("index", "");
        Files.createDirectories(stateDir);

        String servicePassword = randomPassword();
        DemoDirectoryOptions options = DemoDirectoryOptions.defaults().withOfficers(officers).withSeed(seed)
                .withIncludeEntryUuid(true).withServiceAccountPassword(servicePassword);
        DemoDirectoryGenerator generator = new DemoDirectoryGenerator(options);

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(options.baseDn());
        config.setSchema(EtikaSchema.standardWithEtika());
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("bench", InetAddress.getLoopbackAddress(), port, null));
        // a digest each thread has its own of: the encoder shares the one it is given between connections
        config.setPasswordEncoders(ThreadSafeSha1.sshaEncoder());
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE,
                OperationType.ADD, OperationType.DELETE, OperationType.MODIFY, OperationType.MODIFY_DN));
        config.setEnforceAttributeSyntaxCompliance(true);
        config.setMaxChangeLogEntries(changelog);
        if (!index.isBlank()) {
            // real directories index these (OpenLDAP "index entryUUID eq", AD/389-DS index their stable ids)
            config.setEqualityIndexAttributes(index.split(","));
        }
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);

        long t0 = System.nanoTime();
        Path ldif = Files.createTempFile(stateDir, "bench-directory", ".ldif");
        long entries;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ldif), 1 << 20)) {
                entries = generator.writeLdif(out);
            }
            long generated = System.nanoTime();
            System.out.printf("Generated %,d entries (%,d officers) as LDIF (%,d MB) in %.1f s%n", entries, officers,
                    Files.size(ldif) >> 20, (generated - t0) / 1e9);
            try (LDIFReader reader = new LDIFReader(ldif.toFile())) {
                server.importFromLDIF(true, reader);
            }
            System.out.printf("Imported into the in-memory server in %.1f s%n", (System.nanoTime() - generated) / 1e9);
        } finally {
            Files.deleteIfExists(ldif);
        }
        server.startListening();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("Listening on ldap://127.0.0.1:%d (%,d entries; heap used %,d MB of max %,d MB)%n", port,
                server.countEntries(), (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);

        DemoLogin hr = generator.demoLogins().stream().filter(l -> l.role().equals("HR")).findFirst().orElseThrow();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BENCH_LDAP_PORT", Integer.toString(port));
        env.put("BENCH_DIRECTORY_PID", Long.toString(ProcessHandle.current().pid()));
        env.put("BENCH_OFFICERS", Integer.toString(officers));
        env.put("BENCH_ENTRIES", Long.toString(entries));
        env.put("ETIKA_DIRECTORY_URL", "ldap://127.0.0.1:" + port);
        env.put("ETIKA_DIRECTORY_BIND_DN", generator.serviceAccountDn());
        env.put("ETIKA_DIRECTORY_BIND_PASSWORD", servicePassword);
        env.put("ETIKA_DIRECTORY_PEOPLE_BASE_DN", generator.peopleBaseDn());
        env.put("ETIKA_DIRECTORY_GROUP_BASE_DN", generator.groupsBaseDn());
        env.put("BENCH_HR_LOGIN", hr.login());
        env.put("BENCH_DEMO_PASSWORD", options.demoPassword());
        writeEnv(stateDir.resolve("directory.env"), env);

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutDown(true);
            stop.countDown();
        }, "bench-directory-shutdown"));
        stop.await();
    }

    /** Written to a temporary file and moved into place, so a reader never sees half of it. */
    private static void writeEnv(Path file, Map<String, String> values) throws Exception {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append("='").append(v.replace("'", "'\\''")).append("'\n"));
        Path tmp = Files.createTempFile(file.getParent(), "directory", ".env",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package my.etika.directory.control;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import java.util.function.Consumer;
import my.etika.ldapschema.EtikaSchema;
import my.etika.ldapschema.demo.DemoDirectoryGenerator;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.ldapschema.demo.ThreadSafeSha1;

/**
 * An UnboundID in-memory directory holding a generated demo agency, with Etika's schema and schema checking on,
 * listening on the loopback interface only, requiring authentication for everything but binds, and verifying
 * the {@code {SSHA}} passwords of the generated LDIF. Used by the embedded mode and by tests.
 */
public final class DemoDirectoryServer implements AutoCloseable {

    private final InMemoryDirectoryServer server;
    private final DemoDirectoryGenerator generator;

    private DemoDirectoryServer(InMemoryDirectoryServer server, DemoDirectoryGenerator generator) {
        this.server = server;
        this.generator = generator;
    }

    /** Starts a server on {@code port} (0: any free port) seeded with the agency the options describe. */
    public static DemoDirectoryServer start(DemoDirectoryOptions options, int port)
            throws LDAPException, IOException, GeneralSecurityException {
        return start(options, port, config -> { });
    }

    /**
     * As {@link #start(DemoDirectoryOptions, int)}, with the server configuration adjusted first (a changelog
     * size, a size limit…).
     */
    public static DemoDirectoryServer start(DemoDirectoryOptions options, int port,
            Consumer<InMemoryDirectoryServerConfig> adjustment)
            throws LDAPException, IOException, GeneralSecurityException {
        DemoDirectoryGenerator generator = new DemoDirectoryGenerator(options);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(options.baseDn());
        config.setSchema(EtikaSchema.standardWithEtika());
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("demo", InetAddress.getLoopbackAddress(), port, null));
        config.setPasswordEncoders(ThreadSafeSha1.sshaEncoder());
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE,
                OperationType.ADD, OperationType.DELETE, OperationType.MODIFY, OperationType.MODIFY_DN));
        config.setEnforceAttributeSyntaxCompliance(true);
        adjustment.accept(config);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        importAgency(server, generator);
        server.startListening();
        return new DemoDirectoryServer(server, generator);
    }

    /** Streams the generated LDIF through a temporary file, so a large demo agency does not sit in memory twice. */
    private static void importAgency(InMemoryDirectoryServer server, DemoDirectoryGenerator generator)
            throws IOException, LDAPException {
        Path ldif = Files.createTempFile("etika-demo-directory", ".ldif");
        try {
            try (OutputStream out = Files.newOutputStream(ldif)) {
                generator.writeLdif(out);
            }
            try (LDIFReader reader = new LDIFReader(ldif.toFile())) {
                server.importFromLDIF(true, reader);
            }
        } finally {
            Files.deleteIfExists(ldif);
        }
    }

    public int port() {
        return server.getListenPort();
    }

    public DemoDirectoryGenerator generator() {
        return generator;
    }

    /** The server itself, for tests that change entries. */
    public InMemoryDirectoryServer server() {
        return server;
    }

    /** Closes the listener and every open connection: a directory outage. The data stays. */
    public void stopListening() {
        server.shutDown(true);
    }

    /** Listens again on the same port after {@link #stopListening()}. */
    public void startListening() throws LDAPException {
        server.startListening();
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}

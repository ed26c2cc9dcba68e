package my.etika.directory.control;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.LDAPException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import my.etika.ldapschema.demo.DemoDirectoryGenerator;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.ldapschema.demo.DemoLogin;
import my.etika.ldapschema.demo.RoleGroupNames;
import my.etika.platform.boundary.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * The embedded demo directory: an UnboundID in-memory server seeded with the generated demo agency, listening on
 * the loopback interface only (its demo passwords are public). It runs only when no {@code etika.directory.url}
 * is configured. Etika talks to it over LDAP exactly as to a real directory.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // the demo directory holds nothing secret; its connection settings never leave the application
public class EmbeddedDirectory {

    private static final Logger LOG = Logger.getLogger(EmbeddedDirectory.class.getName());

    @Inject
    Config config;

    private DemoDirectoryServer server;
    private DemoDirectoryOptions options;
    private String serviceAccountPassword;
    /** The port it listens on, remembered: while the listener is stopped the server reports none. */
    private int listenPort;

    @PostConstruct
    void start() {
        if (config.getOptionalValue(DirectorySettings.URL, String.class).isPresent()) {
            return;
        }
        serviceAccountPassword = randomPassword();
        options = DemoDirectoryOptions.defaults()
                .withOfficers(config.getOptionalValue("etika.demo.officers", Integer.class).orElse(2_000))
                .withSeed(config.getOptionalValue("etika.demo.seed", Long.class).orElse(2026L))
                .withDemoPassword(config.getOptionalValue("etika.demo.password", String.class)
                        .orElse(DemoDirectoryOptions.defaults().demoPassword()))
                .withIncludeEntryUuid(true)
                .withServiceAccountPassword(serviceAccountPassword);
        int port = config.getOptionalValue("etika.demo.port", Integer.class).orElse(10389);
        long started = System.nanoTime();
        try {
            // a changelog, so that incremental sync has something to read
            int changelog = config.getOptionalValue("etika.demo.changelog-entries", Integer.class).orElse(100_000);
            server = DemoDirectoryServer.start(options, port, c -> c.setMaxChangeLogEntries(changelog));
            listenPort = server.port();
        } catch (LDAPException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The embedded demo directory could not start on 127.0.0.1:" + port
                    + " (set etika.demo.port to a free port, or etika.directory.url to use a real directory)", e);
        }
        LOG.info(() -> String.format("Embedded demo directory ldap://127.0.0.1:%d/%s with %,d officers ready in %d ms",
                listenPort, options.baseDn(), options.officers(),
                Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** How Etika connects to this directory, with the service account's password generated at this start. */
    public DirectoryConfig connectionConfig(Duration connectTimeout, Duration responseTimeout, int maxConnections) {
        if (!isRunning()) {
            throw new IllegalStateException("The embedded directory is not running");
        }
        RoleGroupNames groups = options.groupNames();
        DemoDirectoryGenerator generator = server.generator();
        return new DirectoryConfig(List.of("ldap://127.0.0.1:" + listenPort), false, generator.serviceAccountDn(),
                serviceAccountPassword, generator.peopleBaseDn(), generator.groupsBaseDn(), "uid", "entryUUID",
                "inetOrgPerson", "groupOfNames", "member",
                Map.of(Roles.HR, groups.hr(), Roles.INTEGRITY, groups.integrity(),
                        Roles.INTEGRITY_HEAD, groups.integrityHead(), Roles.AUDITOR, groups.auditor(),
                        Roles.ADMIN, groups.admin()),
                connectTimeout, responseTimeout, maxConnections, null, null);
    }

    /** One demo account per role; empty with a real directory. */
    public List<DemoLogin> demoLogins() {
        return isRunning() ? server.generator().demoLogins() : List.of();
    }

    /** A demo officer who is no longer active: the directory accepts the password, Etika refuses the login. */
    public Optional<DemoLogin> inactiveDemoLogin() {
        return isRunning() ? Optional.of(server.generator().inactiveDemoLogin()) : Optional.empty();
    }

    public String demoPassword() {
        return isRunning() ? options.demoPassword() : null;
    }

    /** The in-memory server itself, for demonstrations and tests that change entries. */
    public InMemoryDirectoryServer server() {
        return server.server();
    }

    /** Closes the listener and every open connection: a directory outage, for demonstrations and tests. */
    public void stopListening() {
        server.stopListening();
    }

    /** Listens again on the same port after {@link #stopListening()}. */
    public void startListening() throws LDAPException {
        server.startListening();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package my.etika.declaration.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;
import my.etika.declaration.entity.Policy;
import my.etika.declaration.entity.PolicyVersion;

/**
 * Installs the policy Etika ships, "Akuan Pematuhan Penggunaan Media Sosial" (built from the seeds' rules), as a
 * published version 1 when the database has no policy with its code. HR changes it by publishing new versions.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DefaultPolicy {

    private static final Logger LOG = Logger.getLogger(DefaultPolicy.class.getName());
    private static final String RESOURCES = "/my/etika/declaration/";
    static final String INSTALLER = "etika";
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void install() {
        Properties settings = properties();
        String code = settings.getProperty("code");
        boolean known = !em.createQuery("select p.id from Policy p where p.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (known) {
            return;
        }
        Policy policy = new Policy(code, settings.getProperty("title.ms"), settings.getProperty("title.en"),
                clock.instant());
        em.persist(policy);
        PolicyVersion version = new PolicyVersion(policy, 1, text("default-policy_ms.md"),
                text("default-policy_en.md"), Arrays.asList(settings.getProperty("sources").split("\n")),
                LocalDate.now(clock.withZone(MALAYSIA)), true, clock.instant(), INSTALLER);
        for (int i = 1; settings.containsKey("rule." + i + ".key"); i++) {
            version.addRule(settings.getProperty("rule." + i + ".key"), settings.getProperty("rule." + i + ".ms"),
                    settings.getProperty("rule." + i + ".en"));
        }
        version.publish(clock.instant(), INSTALLER);
        em.persist(version);
        LOG.info(() -> "Default policy " + code + " installed (version 1, " + version.getRules().size() + " rules)");
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = DefaultPolicy.class.getResourceAsStream(RESOURCES + "default-policy.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String text(String name) {
        try (InputStream in = DefaultPolicy.class.getResourceAsStream(RESOURCES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

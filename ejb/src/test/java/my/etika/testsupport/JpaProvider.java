package my.etika.testsupport;

import jakarta.persistence.spi.PersistenceProvider;
import java.util.Map;

/** The two Jakarta Persistence providers Etika must run on: Hibernate (WildFly) and EclipseLink (GlassFish, Payara). */
public enum JpaProvider {
    HIBERNATE(Map.of("hibernate.show_sql", "false")) {
        @Override
        PersistenceProvider provider() {
            return new org.hibernate.jpa.HibernatePersistenceProvider();
        }
    },
    ECLIPSELINK(Map.of("eclipselink.weaving", "false", "eclipselink.logging.level", "WARNING")) {
        @Override
        PersistenceProvider provider() {
            return new org.eclipse.persistence.jpa.PersistenceProvider();
        }
    };

    /** Test-only settings (no weaving agent in a plain JVM); main code has no provider-specific property. */
    final Map<String, String> testProperties;

    JpaProvider(Map<String, String> testProperties) {
        this.testProperties = testProperties;
    }

    abstract PersistenceProvider provider();
}

package my.etika.testsupport;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import my.etika.officer.entity.Officer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Boots Etika's persistence unit outside a server, the way a Jakarta EE container does (the provider's
 * container SPI): the unit's name, shared-cache mode and properties come from the real
 * {@code META-INF/persistence.xml}; the managed classes are every {@code @Entity} and {@code @Converter} of the
 * main classes, found by scanning, as a server would.
 */
public final class TestPersistenceUnit {

    private TestPersistenceUnit() {
    }

    public static EntityManagerFactory create(JpaProvider provider, DataSource dataSource) {
        Descriptor descriptor = Descriptor.read();
        Map<String, Object> properties = new HashMap<>(descriptor.properties());
        properties.putAll(provider.testProperties);
        return provider.provider().createContainerEntityManagerFactory(
                new Info(descriptor, dataSource, managedClasses()), properties);
    }

    private static URL mainClassesRoot() {
        return Officer.class.getProtectionDomain().getCodeSource().getLocation();
    }

    static List<String> managedClasses() {
        try {
            Path root = Path.of(mainClassesRoot().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(TestPersistenceUnit::isManaged)
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isManaged(String className) {
        try {
            Class<?> type = Class.forName(className, false, TestPersistenceUnit.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** What the real persistence.xml says. */
    record Descriptor(String name, SharedCacheMode sharedCacheMode, Map<String, String> properties) {

        static Descriptor read() {
            try (InputStream xml = Officer.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = factory.newDocumentBuilder().parse(xml);
                Element unit = (Element) document.getElementsByTagNameNS("*", "persistence-unit").item(0);
                NodeList cacheModes = unit.getElementsByTagNameNS("*", "shared-cache-mode");
                SharedCacheMode cacheMode = cacheModes.getLength() == 0 ? SharedCacheMode.UNSPECIFIED
                        : SharedCacheMode.valueOf(cacheModes.item(0).getTextContent().trim());
                Map<String, String> properties = new HashMap<>();
                NodeList propertyElements = unit.getElementsByTagNameNS("*", "property");
                for (int i = 0; i < propertyElements.getLength(); i++) {
                    Element property = (Element) propertyElements.item(i);
                    properties.put(property.getAttribute("name"), property.getAttribute("value"));
                }
                return new Descriptor(unit.getAttribute("name"), cacheMode, properties);
            } catch (Exception e) {
                throw new IllegalStateException("META-INF/persistence.xml cannot be read", e);
            }
        }
    }

    private record Info(Descriptor descriptor, DataSource dataSource, List<String> classes)
            implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return descriptor.name();
        }

        @Override
        public String getPersistenceProviderClassName() {
            return null;
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return mainClassesRoot();
        }

        @Override
        public List<String> getManagedClassNames() {
            return classes;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return descriptor.sharedCacheMode();
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return TestPersistenceUnit.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // no weaving in tests: providers run unenhanced, as they do with weaving off in a server
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return new ClassLoader(getClassLoader()) {
            };
        }
    }
}

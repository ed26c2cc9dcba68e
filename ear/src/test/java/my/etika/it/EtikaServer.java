package my.etika.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import my.etika.ldapschema.demo.DemoDirectoryGenerator;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The server the integration tests run against: the real EAR the build produced, in a managed WildFly, with
 * the embedded demo directory (default seed, so the tests know its demo accounts) or, in CI, a slapd loaded
 * with the same generated LDIF.
 */
public final class EtikaServer {

    private static final String WEB_MODULE = "etika-web.war";
    private static final DemoDirectoryGenerator DEMO = new DemoDirectoryGenerator(DemoDirectoryOptions.defaults());

    private EtikaServer() {
    }

    /** The EAR exactly as built ({@code target/etika.ear}). */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("etika.ear")));
    }

    /**
     * The real EAR with test classes added to Etika's WAR, where Arquillian runs them inside the server (they see
     * the EJB module as Etika's own code does). Arquillian's runner servlet is made public in this test copy of
     * {@code web.xml} only.
     */
    public static EnterpriseArchive earWithClassesInWar(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ShrinkWrap.create(WebArchive.class, WEB_MODULE)
                .merge(ear.getAsType(WebArchive.class, WEB_MODULE));
        String webXml = read(web.get("WEB-INF/web.xml").getAsset()).replace("<deny-uncovered-http-methods/>",
                "<security-constraint><web-resource-collection><web-resource-name>Arquillian</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection>"
                        + "</security-constraint><deny-uncovered-http-methods/>");
        web.delete("WEB-INF/web.xml");
        web.setWebXML(new StringAsset(webXml)).addClasses(testClasses);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>/etika/} of the test server. */
    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "8180") + "/etika/");
    }

    public static String demoPassword() {
        return DemoDirectoryOptions.defaults().demoPassword();
    }

    public static DemoLogin demo(String role) {
        return demoLogins().stream().filter(login -> login.role().equals(role)).findFirst().orElseThrow();
    }

    public static DemoLogin inactiveDemo() {
        return DEMO.inactiveDemoLogin();
    }

    public static List<DemoLogin> demoLogins() {
        return DEMO.demoLogins();
    }
}

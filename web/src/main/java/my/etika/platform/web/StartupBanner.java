package my.etika.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Logger;
import my.etika.directory.boundary.DirectoryStatus;
import my.etika.ldapschema.demo.DemoLogin;

/** Prints where Etika listens and, with the embedded demo directory, the demo logins. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    DirectoryStatus directory;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String url = "http://" + ("127.0.0.1".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host) + ":" + port
                + event.getServletContext().getContextPath() + "/";
        StringBuilder banner = new StringBuilder("\n\n  Etika sedia / ready: ").append(url).append('\n');
        List<DemoLogin> logins = directory.demoLogins();
        if (!logins.isEmpty()) {
            banner.append("\n  Direktori demo terbenam / embedded demo directory — kata laluan / password: ")
                    .append(directory.demoPassword()).append('\n');
            for (DemoLogin login : logins) {
                banner.append(row(login.role(), login));
            }
            directory.inactiveDemoLogin().ifPresent(login -> banner.append(row("-", login))
                    .append("      (tidak aktif: log masuk ditolak / not active: login refused)\n"));
        }
        LOG.info(banner::toString);
    }

    private static String row(String role, DemoLogin login) {
        return String.format("    %-14s %-18s %s (%s)%n", role, login.login(), login.fullName(), login.orgUnit());
    }
}

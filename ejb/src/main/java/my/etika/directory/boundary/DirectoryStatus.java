package my.etika.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import my.etika.directory.control.DirectoryConfig;
import my.etika.directory.control.DirectoryGateway;
import my.etika.directory.control.DirectoryUnavailableException;
import my.etika.directory.control.EmbeddedDirectory;
import my.etika.ldapschema.demo.DemoLogin;
import my.etika.platform.boundary.Roles;

/** The directory connection as administrators see it, and the demo accounts of the embedded directory. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStatus {

    @Inject
    DirectoryGateway directory;

    @Inject
    EmbeddedDirectory embedded;

    @RolesAllowed(Roles.ADMIN)
    public DirectorySummary summary() {
        DirectoryConfig config = directory.config();
        return new DirectorySummary(embedded.isRunning(), config.urls(), config.bindDn(), config.peopleBaseDn(),
                config.groupBaseDn(), config.loginAttribute(), config.stableIdAttribute(), reachable(config));
    }

    /** The public demo accounts, printed at start-up; empty with a real directory, where none exist. */
    @PermitAll
    public List<DemoLogin> demoLogins() {
        return embedded.demoLogins();
    }

    @PermitAll
    public Optional<DemoLogin> inactiveDemoLogin() {
        return embedded.inactiveDemoLogin();
    }

    @PermitAll
    public String demoPassword() {
        return embedded.demoPassword();
    }

    private boolean reachable(DirectoryConfig config) {
        try {
            return directory.read(config.peopleBaseDn(), "1.1").isPresent();
        } catch (DirectoryUnavailableException e) {
            return false;
        }
    }
}

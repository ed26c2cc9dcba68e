package my.etika.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import my.etika.audit.control.ChainWatch;
import my.etika.platform.boundary.Roles;

/** Verification of the audit chain for auditors and administrators: now, or the last nightly check. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

    @Inject
    ChainWatch watch;

    /** Walks the whole chain now (it may take a while on a long chain) and reports the first break. */
    public ChainReport verify() {
        return watch.verify();
    }

    /** The last nightly check on this server, if it has run since the server started. */
    public Optional<ChainReport> lastScheduled() {
        return watch.lastScheduled();
    }
}

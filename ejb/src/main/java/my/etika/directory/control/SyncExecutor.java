package my.etika.directory.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncStatus;
import my.etika.officer.boundary.DirectoryFeed;
import my.etika.officer.boundary.RegistryChanged;

/**
 * Runs sync runs outside any transaction (each page commits on its own) and always gives the lock back. A run
 * started from a screen or the API runs asynchronously; a timer runs it on its own thread.
 */
@Stateless
@PermitAll // reached only through DirectorySync and the sync timers
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncExecutor {

    private static final Logger LOG = Logger.getLogger(SyncExecutor.class.getName());

    @Inject
    DirectoryGateway gateway;

    @Inject
    AttributeMapping mapping;

    @Inject
    SyncConfiguration configuration;

    @Inject
    SyncRuns runs;

    @Inject
    DirectoryFeed feed;

    @Inject
    Clock clock;

    @Inject
    Event<RegistryChanged> registryChanged;

    /** A full sweep reads the directory on a thread of the server's while the run's thread writes. */
    @Resource
    ManagedThreadFactory readers;

    @Asynchronous
    public void executeLater(long runId, SyncMode mode) {
        execute(runId, mode);
    }

    public void execute(long runId, SyncMode mode) {
        Instant started = clock.instant();
        SyncStatus status = SyncStatus.FAILED;
        try {
            status = engine().run(runId, mode);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sync run " + runId + " failed", e);
        } finally {
            runs.release(runId);
        }
        try {
            registryChanged.fire(new RegistryChanged(runId, status.name(), started));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "After sync run " + runId + ", an observer failed", e);
        }
    }

    /** Deactivates the held officers a person approved, each confirmed gone first; returns how many. */
    public int deactivateApproved(long runId, long[] officerIds) {
        try (var connection = gateway.connectForSync()) {
            return new DeactivationGate(configuration.settings(), mapping, new RegistrySink(feed), runs)
                    .deactivateConfirmed(runId, officerIds, connection);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new DirectoryUnavailableException(e);
        }
    }

    private SyncEngine engine() {
        return new SyncEngine(gateway::connectForSync, mapping, configuration.settings(), new RegistrySink(feed),
                runs, clock, readers);
    }
}

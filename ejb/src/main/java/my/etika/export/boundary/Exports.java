package my.etika.export.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditOrigin;
import my.etika.audit.boundary.AuditTrail;
import my.etika.export.control.ExportFilters;
import my.etika.export.control.ExportKeys;
import my.etika.export.control.ExportRunner;
import my.etika.export.control.PemKeys;
import my.etika.export.entity.ExportFormat;
import my.etika.export.entity.ExportJob;
import my.etika.export.entity.ExportKind;
import my.etika.export.entity.ExportStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * Auditor exports: queued here, run in the background ({@link ExportRunner}) once the job is committed, followed
 * and downloaded by their requester only (for anybody else an export does not exist). Auditors and the integrity
 * unit's head export every kind; HR the declarations only (what HR sees anyway); nobody else exports. Every
 * download of a package is an audit event, like the export itself.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
public class Exports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExportRunner runner;

    @Inject
    ExportKeys keys;

    @Resource
    SessionContext session;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditTrail audit;

    /** The audit action of a package download. */
    public static final String DOWNLOAD = "DOWNLOAD";

    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public ExportView start(ExportRequest request) {
        ExportKind kind = parse(ExportKind.class, request == null ? null : request.kind(), "export.kindUnknown");
        ExportFormat format = parse(ExportFormat.class, request.format(), "export.formatUnknown");
        if (!mayExport(kind)) {
            throw new BusinessException(Kind.FORBIDDEN, "export.forbidden");
        }
        ExportFilters filters = filters(kind, request.filters());
        ExportJob job = new ExportJob(kind, format, AuditJson.of(filters.given()), request.masked(), caller(),
                AuditOrigin.roles(session::isCallerInRole), clock.instant());
        em.persist(job);
        em.flush();
        long id = job.getId();
        // the job must be committed before its thread looks for it
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> runner.run(id, kind, filters, request.masked()));
                }
            }
        });
        return ExportView.of(job);
    }

    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public ExportView view(long id) {
        return ExportView.of(own(id));
    }

    /** The kinds the caller may export, in the order a screen offers them. */
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public List<ExportKind> kinds() {
        return Arrays.stream(ExportKind.values()).filter(this::mayExport).toList();
    }

    /** The caller's own exports, newest first. */
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public List<ExportView> mine(int max) {
        return em.createQuery("SELECT j FROM ExportJob j WHERE j.requestedBy = :login ORDER BY j.id DESC",
                ExportJob.class).setParameter("login", caller()).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(ExportView::of).toList();
    }

    /** The campaigns launched so far, the latest due first: a declarations export may choose one. */
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public List<CampaignChoice> campaigns() {
        List<?> rows = em.createNativeQuery("SELECT id, name, due_on FROM declaration_campaign"
                + " WHERE status <> 'DRAFT' ORDER BY due_on DESC, id DESC").setMaxResults(500).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new CampaignChoice(((Number) r[0]).longValue(),
                (String) r[1], r[2] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[2])).toList();
    }

    /** The ready package's file; the download is recorded in the audit trail with the package's hash. */
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public Path packageFile(long id) {
        ExportJob job = own(id);
        Path file = keys.exportDirectory().resolve(id + ".zip");
        if (job.getStatus() != ExportStatus.DONE || !Files.isRegularFile(file)) {
            throw new BusinessException(Kind.CONFLICT, "export.notReady");
        }
        audit.record(AuditEntry.event("Export", id, DOWNLOAD, AuditJson.of(Map.of("packageSha256",
                job.getPackageSha256(), "packageBytes", job.getPackageBytes()))));
        return file;
    }

    /** The public key that verifies packages, as PEM. */
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.INTEGRITY_HEAD, Roles.AUDITOR, Roles.ADMIN})
    public String publicKey() {
        return PemKeys.pem(keys.signer().publicKey());
    }

    private ExportJob own(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || !job.getRequestedBy().equals(caller())) {
            throw new BusinessException(Kind.NOT_FOUND, "export.notFound");
        }
        return job;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private boolean mayExport(ExportKind kind) {
        return session.isCallerInRole(Roles.AUDITOR) || session.isCallerInRole(Roles.INTEGRITY_HEAD)
                || kind == ExportKind.DECLARATIONS && session.isCallerInRole(Roles.HR);
    }

    private static ExportFilters filters(ExportKind kind, ExportRequest.Filters given) {
        if (given == null) {
            return ExportFilters.none();
        }
        try {
            return new ExportFilters(date(given.from()), date(given.to()), given.orgUnit(), given.provisionId(),
                    given.categoryCode(), given.status(), given.outcome(), given.campaignId(), given.ruleCode())
                    .check(kind);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BusinessException(Kind.INVALID, "export.filtersInvalid");
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException(Kind.INVALID, key, String.valueOf(value));
        }
    }
}

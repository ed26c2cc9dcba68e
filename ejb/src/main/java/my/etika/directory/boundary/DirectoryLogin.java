package my.etika.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import my.etika.audit.boundary.AuditOrigin;
import my.etika.audit.boundary.AuditTrail;
import my.etika.directory.control.DirectoryAuthentication;
import my.etika.directory.control.DirectoryAuthenticator;
import my.etika.directory.control.LoginAudit;
import my.etika.directory.control.RoleMapper;
import my.etika.officer.boundary.OfficerRegistry;
import my.etika.officer.entity.OfficerProfile;
import my.etika.platform.boundary.Roles;

/**
 * A login against the agency directory: the directory must accept the password, the entry must be an active
 * officer, and the officer is then recorded in the registry with the roles of their directory groups.
 */
@Stateless
@PermitAll // called by the authentication mechanism, before any caller exists
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryLogin {

    private static final Logger LOG = Logger.getLogger(DirectoryLogin.class.getName());

    @Inject
    DirectoryAuthenticator authenticator;

    @Inject
    RoleMapper roles;

    @Inject
    OfficerRegistry registry;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /**
     * Checks a login and records it in the audit trail, accepted or refused (each in a transaction of its own: a
     * refusal is recorded although the authentication fails).
     *
     * @param sourceIp the client's address (the API authenticates before the audit trail's filter has run)
     */
    public LoginResult logIn(String login, String password, LoginChannel channel, String sourceIp) {
        DirectoryAuthentication checked = authenticator.authenticate(login, password);
        if (!checked.isAccepted()) {
            return refused(switch (checked.refusal()) {
                case UNKNOWN_USER -> LoginRefusal.UNKNOWN_USER;
                case WRONG_PASSWORD -> LoginRefusal.WRONG_PASSWORD;
                case INVALID_ENTRY -> LoginRefusal.INVALID_DIRECTORY_ENTRY;
                case DIRECTORY_UNAVAILABLE -> LoginRefusal.DIRECTORY_UNAVAILABLE;
            }, login, channel, sourceIp);
        }
        OfficerProfile profile = checked.profile();
        if (!profile.status().mayUseEtika()) {
            return refused(LoginRefusal.NOT_AN_ACTIVE_OFFICER, login, channel, sourceIp);
        }
        Set<String> granted = roles.rolesOf(checked.groupNames());
        record(profile);
        audit.recordAs(profile.login(), AuditOrigin.roles(granted::contains), sourceIp,
                LoginAudit.accepted(profile.login(), channel.name()));
        LOG.info(() -> "Login accepted: " + profile.login() + " " + granted);
        return new LoginResult.Accepted(profile.login(), granted);
    }

    /** An API call whose credentials could not be read: a failed login of nobody known. */
    public void unreadable(String sourceIp) {
        audit.recordAs(LoginAudit.NOBODY, null, sourceIp,
                LoginAudit.refused(null, LoginChannel.API.name(), "MALFORMED_AUTHORIZATION"));
    }

    /**
     * The calling officer's password checked again against the directory (signing a declaration asks for it):
     * accepted only for the caller's own entry, still an active officer.
     */
    @RolesAllowed(Roles.OFFICER)
    public LoginResult recheck(String password) {
        String login = session.getCallerPrincipal().getName();
        DirectoryAuthentication checked = authenticator.authenticate(login, password);
        if (!checked.isAccepted()) {
            return refused(switch (checked.refusal()) {
                case UNKNOWN_USER, INVALID_ENTRY -> LoginRefusal.INVALID_DIRECTORY_ENTRY;
                case WRONG_PASSWORD -> LoginRefusal.WRONG_PASSWORD;
                case DIRECTORY_UNAVAILABLE -> LoginRefusal.DIRECTORY_UNAVAILABLE;
            }, login);
        }
        if (!checked.profile().status().mayUseEtika()) {
            return refused(LoginRefusal.NOT_AN_ACTIVE_OFFICER, login);
        }
        return new LoginResult.Accepted(login, roles.rolesOf(checked.groupNames()));
    }

    /** Two first logins of the same officer may race to insert; the loser finds the winner's row on retry. */
    private void record(OfficerProfile profile) {
        try {
            registry.recordLogin(profile);
        } catch (EJBException raced) {
            LOG.fine(() -> "Retrying the officer record of " + profile.login() + " after " + raced);
            registry.recordLogin(profile);
        }
    }

    private LoginResult refused(LoginRefusal reason, String login, LoginChannel channel, String sourceIp) {
        audit.recordAs(LoginAudit.actorOf(login), null, sourceIp,
                LoginAudit.refused(login, channel.name(), reason.name()));
        return refused(reason, login);
    }

    /** Logged only: a refused re-check of the signing officer's password is not a login, not audited as one. */
    private static LoginResult refused(LoginRefusal reason, String login) {
        LOG.info(() -> "Login refused (" + reason + "): '" + printable(login) + "'");
        return new LoginResult.Refused(reason);
    }

    /** What a user typed, safe to log: no line breaks to forge log lines with, bounded length. */
    private static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}

package my.etika.directory.control;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import my.etika.directory.control.DirectoryAuthentication.Refusal;

/**
 * Checks a login against the directory: finds exactly one person entry by the login attribute (filter built with
 * the SDK, so the typed value is escaped), binds as it with the password, reads the groups and the supervisor.
 */
@ApplicationScoped
public class DirectoryAuthenticator {

    private static final Logger LOG = Logger.getLogger(DirectoryAuthenticator.class.getName());
    static final int MAX_LOGIN_LENGTH = 128;
    private static final int MAX_GROUPS = 1_000;

    private final DirectoryGateway directory;
    private final AttributeMapping mapping;

    @Inject
    public DirectoryAuthenticator(DirectoryGateway directory, AttributeMapping mapping) {
        this.directory = directory;
        this.mapping = mapping;
    }

    /** For the CDI proxy only. */
    protected DirectoryAuthenticator() {
        this(null, null);
    }

    public DirectoryAuthentication authenticate(String login, String password) {
        String typed = login == null ? "" : login.strip();
        if (typed.isEmpty() || typed.length() > MAX_LOGIN_LENGTH || typed.chars().anyMatch(Character::isISOControl)) {
            return DirectoryAuthentication.refused(Refusal.UNKNOWN_USER);
        }
        try {
            DirectoryConfig config = directory.config();
            List<SearchResultEntry> found = directory.search(config.peopleBaseDn(), SearchScope.SUB,
                    Filter.createANDFilter(mapping.personFilter(), Filter.createEqualityFilter(mapping.login(), typed)),
                    2, mapping.requestedAttributes());
            if (found.size() != 1) {
                if (found.size() > 1) {
                    LOG.warning(() -> "A login matches several directory entries and was refused: " + found.get(0).getDN()
                            + ", " + found.get(1).getDN());
                }
                return DirectoryAuthentication.refused(Refusal.UNKNOWN_USER);
            }
            SearchResultEntry entry = found.get(0);
            if (!directory.passwordMatches(entry.getDN(), password)) {
                return DirectoryAuthentication.refused(Refusal.WRONG_PASSWORD);
            }
            EntryMapping mapped = new DirectoryEntryMapper(mapping).map(entry);
            if (mapped instanceof EntryMapping.Rejected bad) {
                LOG.warning(() -> "The directory entry " + bad.dn() + " cannot be used: " + bad.reasonKey() + " "
                        + bad.detail());
                return DirectoryAuthentication.refused(Refusal.INVALID_ENTRY);
            }
            return DirectoryAuthentication.accepted(((EntryMapping.Mapped) mapped).profile(),
                    groupNamesOf(entry.getDN()));
        } catch (DirectoryUnavailableException e) {
            return DirectoryAuthentication.refused(Refusal.DIRECTORY_UNAVAILABLE);
        }
    }

    private List<String> groupNamesOf(String dn) {
        DirectoryConfig config = directory.config();
        return directory.search(config.groupBaseDn(), SearchScope.SUB,
                Filter.createANDFilter(
                        Filter.createEqualityFilter("objectClass", config.groupObjectClass()),
                        Filter.createEqualityFilter(config.memberAttribute(), dn)),
                MAX_GROUPS, "cn").stream().map(group -> group.getAttributeValue("cn")).toList();
    }
}

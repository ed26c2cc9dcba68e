package my.etika.directory.control;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.net.SocketFactory;

/**
 * The one place that holds LDAP connections: a fail-over pool bound as Etika's service account, with connect
 * and response timeouts. The pool is created on first use and again after a failed creation, so Etika starts
 * even while the directory is down and recovers when it returns.
 */
@ApplicationScoped
public class DirectoryGateway {

    private static final Logger LOG = Logger.getLogger(DirectoryGateway.class.getName());

    private final DirectoryConfig config;
    private LDAPConnectionPool pool;

    @Inject
    public DirectoryGateway(DirectoryConfig config) {
        this.config = config;
    }

    /** For the CDI proxy only. */
    protected DirectoryGateway() {
        this(null);
    }

    /** Searches with the service account; a size limit of {@code maxEntries} guards against runaway filters. */
    public List<SearchResultEntry> search(String baseDn, SearchScope scope, Filter filter,
            int maxEntries, String... attributes) {
        SearchRequest request = new SearchRequest(baseDn, scope, filter, attributes);
        request.setSizeLimit(maxEntries);
        request.setResponseTimeoutMillis(config.responseTimeout().toMillis());
        try {
            SearchResult result = pool().search(request);
            return result.getSearchEntries();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return List.of();
            }
            throw unavailable(e);
        }
    }

    public Optional<SearchResultEntry> read(String dn, String... attributes) {
        try {
            return Optional.ofNullable(pool().getEntry(dn, attributes));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return Optional.empty();
            }
            throw unavailable(e);
        }
    }

    /**
     * Checks a password by binding as the entry, then returns the pooled connection to the service account.
     *
     * @return whether the directory accepted the password
     */
    public boolean passwordMatches(String dn, String password) {
        if (password == null || password.isEmpty()) {
            return false; // an empty password would be an anonymous bind, which many servers accept
        }
        try {
            pool().bindAndRevertAuthentication(new SimpleBindRequest(dn, password));
            return true;
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return false;
            }
            throw unavailable(e);
        }
    }

    public DirectoryConfig config() {
        return config;
    }

    private synchronized LDAPConnectionPool pool() {
        if (pool == null || pool.isClosed()) {
            try {
                pool = createPool();
                LOG.info(() -> "Connected to the directory: " + config);
            } catch (LDAPException | GeneralSecurityException e) {
                throw unavailable(e);
            }
        }
        return pool;
    }

    private LDAPConnectionPool createPool() throws LDAPException, GeneralSecurityException {
        LDAPConnectionPool created = new LDAPConnectionPool(serverSet(false), bindRequest(), 1,
                config.maxConnections(), startTls());
        created.setRetryFailedOperationsDueToInvalidConnections(true);
        created.setConnectionPoolName("etika-directory");
        return created;
    }

    /**
     * A connection of its own for a directory sync, bound as the service account, in synchronous mode (results
     * are handled on the calling thread, inside its transaction). The caller closes it.
     */
    public LDAPConnection connectForSync() throws LDAPException {
        try {
            LDAPConnection connection = serverSet(true).getConnection();
            try {
                StartTLSPostConnectProcessor startTls = startTls();
                if (startTls != null) {
                    startTls.processPreAuthenticatedConnection(connection);
                }
                BindRequest bind = bindRequest();
                if (bind != null) {
                    connection.bind(bind);
                }
                return connection;
            } catch (LDAPException e) {
                connection.close();
                throw e;
            }
        } catch (GeneralSecurityException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "TLS set-up failed: " + e.getMessage(), e);
        }
    }

    private ServerSet serverSet(boolean synchronous) throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) config.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(config.responseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        options.setUseSynchronousMode(synchronous);
        SSLUtil ssl = sslUtil();
        if (ssl != null) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        }
        String[] hosts = new String[config.urls().size()];
        int[] ports = new int[hosts.length];
        boolean ldaps = false;
        for (int i = 0; i < hosts.length; i++) {
            LDAPURL url = new LDAPURL(config.urls().get(i));
            hosts[i] = url.getHost();
            ports[i] = url.getPort();
            ldaps |= "ldaps".equalsIgnoreCase(url.getScheme());
        }
        SocketFactory sockets = ldaps && ssl != null ? ssl.createSSLSocketFactory() : SocketFactory.getDefault();
        return new FailoverServerSet(hosts, ports, sockets, options);
    }

    private BindRequest bindRequest() {
        return config.bindDn() == null ? null : new SimpleBindRequest(config.bindDn(), config.bindPassword());
    }

    private StartTLSPostConnectProcessor startTls() throws GeneralSecurityException {
        boolean ldaps = config.urls().stream().anyMatch(u -> u.regionMatches(true, 0, "ldaps:", 0, 6));
        return config.startTls() && !ldaps ? new StartTLSPostConnectProcessor(sslUtil().createSSLContext()) : null;
    }

    private SSLUtil sslUtil() {
        boolean needsTls = config.startTls() || config.urls().stream().anyMatch(u -> u.regionMatches(true, 0, "ldaps:", 0, 6));
        if (!needsTls) {
            return null;
        }
        if (config.trustStorePath() == null) {
            return new SSLUtil();
        }
        char[] pin = config.trustStorePassword() == null ? null : config.trustStorePassword().toCharArray();
        return new SSLUtil(new TrustStoreTrustManager(config.trustStorePath(), pin, null, true));
    }

    private DirectoryUnavailableException unavailable(LDAPException e) {
        LOG.warning(() -> "Directory unavailable: " + e.getResultCode() + " " + e.getExceptionMessage());
        return new DirectoryUnavailableException(e);
    }

    private DirectoryUnavailableException unavailable(Exception e) {
        LOG.warning(() -> "Directory unavailable: " + e);
        return new DirectoryUnavailableException(e);
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}

package my.etika.directory.control;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;

/** Opens the dedicated connection a sync run reads through: bound as the service account, synchronous mode. */
@FunctionalInterface
public interface DirectoryConnector {

    LDAPConnection connect() throws LDAPException;
}

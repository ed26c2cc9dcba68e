/**
 * The agency directory (LDAP) and nothing else of the domain but the mapping into officers. Nothing outside
 * this package touches an LDAP connection; filters and DNs are built only with the UnboundID SDK's factories.
 */
package my.etika.directory;

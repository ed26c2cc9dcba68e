/**
 * The Etika LDAP schema: the {@code etikaOfficer} auxiliary object class and its attribute types, shipped as
 * an RFC 4512 LDIF (UnboundID, 389-DS) and an OpenLDAP cn=config LDIF, and loaded strictly for the UnboundID
 * LDAP SDK so that a malformed definition fails instead of being dropped.
 */
package my.etika.ldapschema;

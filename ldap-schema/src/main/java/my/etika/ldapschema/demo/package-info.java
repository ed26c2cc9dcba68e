/**
 * A deterministic generator of a fictional agency's directory ("Jabatan Demo Etika", {@code dc=jde,dc=example}):
 * org units, officers carrying the Etika schema, role groups and a service account, streamed entry by entry so
 * that a 1.7-million-officer benchmark directory needs no more memory than a 2,000-officer demo one.
 *
 * <p>The same options always give the same LDIF bytes: every random draw comes from a generator seeded by the
 * options' seed and the logical identity of what is drawn (officer index, unit code), never from a clock.
 */
package my.etika.ldapschema.demo;

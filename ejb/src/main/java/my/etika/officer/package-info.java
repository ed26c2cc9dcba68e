/**
 * The officer registry: every public officer as the agency directory describes them (identity, grade,
 * scheme, post, org unit, supervisor, status). Every other capability reads officers from here.
 */
package my.etika.officer;

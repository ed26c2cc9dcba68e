/**
 * The audit trail: every change, sensitive read, login and export as an append-only event, hash-chained so that an
 * auditor can verify nothing was altered, deleted or slipped in. Other capabilities call
 * {@link my.etika.audit.boundary.AuditTrail}; this capability reads no other.
 */
package my.etika.audit;

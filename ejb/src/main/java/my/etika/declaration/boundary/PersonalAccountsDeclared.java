package my.etika.declaration.boundary;

/**
 * Fired after an officer's personal accounts were declared with a signature, or refused (an official e-mail, the
 * agency's own account), once the transaction that recorded it has committed: credential hygiene re-evaluates
 * that officer.
 */
public record PersonalAccountsDeclared(long officerId) {
}

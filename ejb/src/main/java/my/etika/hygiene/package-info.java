/**
 * Credential hygiene: checks on the passwords of the agency's official social-media accounts (new passwords strong
 * enough, not common, not reused across accounts or over time), without storing or logging any password.
 */
package my.etika.hygiene;

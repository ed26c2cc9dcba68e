/**
 * Cross-cutting essentials every capability shares: security roles, the clock, business errors, database
 * migrations. It stays small on purpose; anything with business meaning belongs to a capability.
 */
package my.etika.platform;

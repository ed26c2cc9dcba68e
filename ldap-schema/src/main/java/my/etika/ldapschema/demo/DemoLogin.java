package my.etika.ldapschema.demo;

/**
 * A fixed account of the demo directory for trying one Etika role (OFFICER, HR, INTEGRITY, INTEGRITY_HEAD, AUDITOR,
 * ADMIN). One account may serve several roles: {@code demo.integriti} is the login of INTEGRITY and INTEGRITY_HEAD.
 *
 * @param role     the Etika role the account demonstrates
 * @param login    its {@code uid}
 * @param fullName its {@code cn}
 * @param orgUnit  the name of the org unit it belongs to
 */
public record DemoLogin(String role, String login, String fullName, String orgUnit) {
}

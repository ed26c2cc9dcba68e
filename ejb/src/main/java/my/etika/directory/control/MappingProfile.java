package my.etika.directory.control;

/** The kind of directory Etika reads officers from; each has its own default {@link AttributeMapping}. */
public enum MappingProfile {
    /** The Etika schema ({@code etikaOfficer}) on {@code inetOrgPerson}: the default. */
    ETIKA,
    /** Plain {@code inetOrgPerson} without the Etika schema: grade and the like are absent, officers are active. */
    INET_ORG_PERSON,
    /** Microsoft Active Directory, the Etika fields in {@code extensionAttribute1}–{@code 8}. */
    ACTIVE_DIRECTORY,
    /** 389 Directory Server with the Etika schema loaded. */
    DS389
}

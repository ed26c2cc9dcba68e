package my.etika.declaration.entity;

/** A draft version can still be edited; a published one never changes. */
public enum PolicyVersionStatus {
    DRAFT, PUBLISHED
}

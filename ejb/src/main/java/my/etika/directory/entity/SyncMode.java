package my.etika.directory.entity;

/** A full reconcile reads the whole subtree; an incremental run reads only what changed since the last one. */
public enum SyncMode {
    FULL, INCREMENTAL
}

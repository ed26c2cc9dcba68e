package my.etika.discipline.entity;

/** What the officer did on the platform. Sharing someone else's statement is caught too (reg 19(1)(d)). */
public enum ActType {
    POST, SHARE, COMMENT, MESSAGE, OTHER
}

package my.etika.bench;

/** The three requests of one officer's signing, in the order an officer makes them. */
enum RequestKind {

    /** {@code GET me/declarations}: the officer's list ("My declarations"). */
    LIST,

    /** {@code GET me/declarations/{id}?lang=ms}: the declaration's text and rules, in Malay. */
    READ,

    /** {@code POST me/declarations/{id}/signature}: the signature, with the directory password again. */
    SIGN
}

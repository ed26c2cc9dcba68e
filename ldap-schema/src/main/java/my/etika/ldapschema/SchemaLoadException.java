package my.etika.ldapschema;

/**
 * The Etika schema (or the standard schema it is merged with) could not be read, parsed or resolved.
 */
public class SchemaLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaLoadException(String message) {
        super(message);
    }

    public SchemaLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

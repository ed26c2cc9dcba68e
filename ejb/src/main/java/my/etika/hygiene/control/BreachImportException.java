package my.etika.hygiene.control;

import my.etika.platform.boundary.BusinessException;

/**
 * A breach export that cannot be imported, with the bundle key saying why and its arguments (usually the line
 * first). Keys: {@code breach.empty}, {@code breach.notJsonOrCsv}, {@code breach.tooLarge} (max bytes),
 * {@code breach.encodingInvalid} (not UTF-8), {@code breach.missingHeader}, {@code breach.lineMalformed} (line),
 * {@code breach.addressInvalid} (line, address), {@code breach.addressOutsideDomain} (line, address, domain),
 * {@code breach.tooManyBreachesPerAddress} (line, address, maximum), {@code breach.domainInvalid} (domain).
 * Rolls the caller's transaction back, so that an export is imported whole or not at all.
 */
public class BreachImportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BreachImportException(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, arguments);
    }
}

package my.etika.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The locked step of a verification, in a short transaction of its own (see {@link ChainVerifier}). */
@Stateless
@PermitAll // internal: the verification boundary and the daily check, which has no caller
public class ChainTail {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerifier.Tail underLock() {
        return new ChainVerifier(em, Clock.systemUTC()).tailUnderLock();
    }
}

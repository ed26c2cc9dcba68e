package my.etika.declaration.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import my.etika.declaration.boundary.PersonalAccountsDeclared;
import my.etika.declaration.entity.DeclarationRefusal;

/**
 * Records what a signing refused in a transaction of its own: the signing itself is rolled back with the refusal,
 * the record of it must stay (the credential-hygiene work reads it).
 */
@Stateless
@PermitAll // internal: called by MyDeclarations for its own caller
public class RefusalRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonalAccountsDeclared> declared;

    @Inject
    DeclarationJournal journal;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(DeclarationRefusal refusal) {
        em.persist(refusal);
        em.flush();
        journal.refused(refusal);
        declared.fire(new PersonalAccountsDeclared(refusal.getOfficerId()));
    }
}

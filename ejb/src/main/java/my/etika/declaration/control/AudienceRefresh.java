package my.etika.declaration.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import my.etika.declaration.entity.DeclarationCampaign;

/** An open campaign's audience brought up to date, in a transaction of its own. */
@Stateless
@PermitAll // internal: the reminder job, which has no caller
public class AudienceRefresh {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AudienceSnapshot.Changes refresh(long campaignId, Instant now) {
        return new AudienceSnapshot(em).refresh(em.find(DeclarationCampaign.class, campaignId), now);
    }
}

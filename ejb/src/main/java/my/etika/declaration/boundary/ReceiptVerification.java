package my.etika.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import my.etika.declaration.control.VerificationCodes;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.declaration.entity.Signature;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;

/**
 * Confirms a declaration receipt from its verification code: who signed which version of which policy, when, and
 * the hash of the text. Open to anyone holding a receipt (an employer, an auditor, the officer): the code is
 * unguessable, and the answer holds nothing the receipt does not already print.
 */
@Stateless
@PermitAll
public class ReceiptVerification {

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContacts officers;

    public VerifiedSignature verify(String code) {
        String stored = VerificationCodes.read(code).orElseThrow(ReceiptVerification::unknown);
        Signature s = em.createNamedQuery(Signature.BY_CODE, Signature.class).setParameter("code", stored)
                .getResultStream().findFirst().orElseThrow(ReceiptVerification::unknown);
        OfficerContact officer = officers.byId(s.getOfficerId()).orElseThrow(ReceiptVerification::unknown);
        PolicyVersion v = s.getPolicyVersion();
        return new VerifiedSignature(s.getVerificationCode(), officer.fullName(), officer.login(),
                s.getDeclaration().getCampaign().getName(), v.getPolicy().getTitleMs(), v.getPolicy().getTitleEn(),
                v.getNumber(), s.getLanguage(), s.getSignedAt(), s.getTextSha256(), s.getAccounts().size());
    }

    private static BusinessException unknown() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "receipt.unknownCode");
    }
}

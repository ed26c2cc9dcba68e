package my.etika.declaration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import my.etika.declaration.boundary.ReceiptVerification;
import my.etika.declaration.boundary.VerifiedSignature;
import my.etika.platform.boundary.BusinessException;

/** The public page that checks a receipt's verification code. */
@Named
@RequestScoped
public class VerifyReceipt {

    @Inject
    ReceiptVerification verification;

    private String code;
    private VerifiedSignature verified;
    private boolean unknown;

    public void check() {
        verified = null;
        unknown = false;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            verified = verification.verify(code);
        } catch (BusinessException refused) {
            unknown = true;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VerifiedSignature getVerified() {
        return verified;
    }

    public boolean isUnknown() {
        return unknown;
    }
}

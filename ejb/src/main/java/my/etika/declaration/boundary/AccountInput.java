package my.etika.declaration.boundary;

import java.util.Locale;
import java.util.regex.Pattern;
import my.etika.declaration.entity.DeclaredAccount;
import my.etika.platform.boundary.BusinessException;

/** A declared personal account as typed, checked for shape: a known platform, a handle, a plausible e-mail. */
final class AccountInput {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountInput() {
    }

    static DeclaredAccount read(SignatureRequest.Account account) {
        String platform = account.platform() == null ? "" : account.platform().strip().toLowerCase(Locale.ROOT);
        if (!SignatureRequest.PLATFORMS.contains(platform)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.unknownPlatform",
                    String.valueOf(account.platform()));
        }
        String handle = account.handle() == null ? "" : account.handle().strip();
        if (handle.isEmpty() || handle.length() > 512) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.handleRequired");
        }
        String email = account.registeredEmail() == null || account.registeredEmail().isBlank() ? null
                : account.registeredEmail().strip();
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.emailInvalid", email);
        }
        return new DeclaredAccount(platform, handle, email);
    }
}

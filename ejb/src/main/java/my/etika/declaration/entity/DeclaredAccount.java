package my.etika.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A personal social-media account an officer declared when signing. */
@Embeddable
public class DeclaredAccount {

    @Column(nullable = false, length = 32)
    private String platform;

    @Column(nullable = false, length = 512)
    private String handle;

    @Column(name = "registered_email", length = 320)
    private String registeredEmail;

    protected DeclaredAccount() {
    }

    public DeclaredAccount(String platform, String handle, String registeredEmail) {
        this.platform = platform;
        this.handle = handle;
        this.registeredEmail = registeredEmail;
    }

    public String getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeclaredAccount other && platform.equals(other.platform) && handle.equals(other.handle)
                && Objects.equals(registeredEmail, other.registeredEmail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, handle, registeredEmail);
    }
}

package my.etika.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language a user chose for the screens: Malay until they pick English. The choice is also kept in a cookie,
 * so that it survives logging out and the next visit.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "etika-lang";

    private Locale locale = Messages.MALAY;

    @PostConstruct
    void rememberedChoice() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequestCookieMap().get(COOKIE) instanceof Cookie cookie) {
            locale = Messages.supported(Locale.forLanguageTag(cookie.getValue()));
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag for the page's {@code lang} attribute. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isMalay() {
        return Messages.MALAY.equals(locale);
    }

    /** Switches language and shows the same page again. */
    public String switchTo(String languageTag) {
        locale = Messages.supported(Locale.forLanguageTag(languageTag));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of("maxAge", 365 * 24 * 3600,
                "path", external.getRequestContextPath() + "/", "httpOnly", true, "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

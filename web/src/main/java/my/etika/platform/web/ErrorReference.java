package my.etika.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The error page's reference: the failure is logged under it, the user sees only the reference. */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    private String reference;

    @PostConstruct
    void logFailure() {
        reference = UUID.randomUUID().toString().substring(0, 8);
        Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, "Error page shown, reference " + reference,
                failure instanceof Throwable throwable ? throwable : null);
    }

    public String getReference() {
        return reference;
    }
}

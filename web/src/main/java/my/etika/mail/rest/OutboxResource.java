package my.etika.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import my.etika.mail.boundary.MailView;
import my.etika.mail.boundary.Outbox;
import my.etika.platform.boundary.Roles;

/** The mail outbox, newest first: what Etika sent or, with no mail server configured, keeps. ADMIN only. */
@Path("mail/outbox")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @GET
    public List<MailView> latest(@QueryParam("recipient") String recipient,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.min(Math.max(size, 1), 200);
        return outbox.latest(recipient, Math.max(page, 0) * pageSize, pageSize);
    }
}

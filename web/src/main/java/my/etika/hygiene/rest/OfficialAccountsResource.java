package my.etika.hygiene.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import my.etika.hygiene.boundary.OfficialAccountForm;
import my.etika.hygiene.boundary.OfficialAccountView;
import my.etika.hygiene.boundary.OfficialAccounts;
import my.etika.hygiene.boundary.OfficialPasswords;
import my.etika.hygiene.boundary.PasswordCheckView;
import my.etika.platform.boundary.Roles;

/** The register of official accounts and their custodians. */
@Path("official-accounts")
@RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OfficialAccountsResource {

    @Inject
    OfficialAccounts accounts;

    @Inject
    OfficialPasswords passwords;

    /** A change to an account names the version of it that was seen. */
    public record Update(long version, OfficialAccountForm account) {
    }

    /** Appointing a custodian: the officer's login and their own role on the platform. */
    public record Appointment(long version, String login, String platformRole) {
    }

    /** A new admin password to check; never logged (see {@link #toString()}), never stored. */
    public record PasswordCheck(String password, boolean record) {
        @Override
        public String toString() {
            return "PasswordCheck[password=(hidden), record=" + record + "]";
        }
    }

    @GET
    @RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<OfficialAccountView> accounts() {
        return accounts.accounts();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(OfficialAccountForm form, @Context UriInfo uri) {
        OfficialAccountView created = accounts.register(form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficialAccountView update(@PathParam("id") long id, Update update) {
        return accounts.update(id, update.version(), update.account());
    }

    @POST
    @Path("{id}/custodians")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficialAccountView appoint(@PathParam("id") long id, Appointment appointment) {
        return accounts.appoint(id, appointment.version(), appointment.login(), appointment.platformRole());
    }

    /** A custodian (or the integrity unit) checks the account's new admin password; on pass it may be recorded. */
    @POST
    @Path("{id}/password-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.INTEGRITY, Roles.ADMIN})
    public PasswordCheckView checkPassword(@PathParam("id") long id, PasswordCheck check) {
        char[] password = check == null || check.password() == null ? new char[0] : check.password().toCharArray();
        return passwords.check(id, password, check != null && check.record());
    }

    @POST
    @Path("{id}/custodians/{custodianId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficialAccountView release(@PathParam("id") long id, @PathParam("custodianId") long custodianId,
            Update seen) {
        return accounts.release(id, seen == null ? -1 : seen.version(), custodianId);
    }
}
